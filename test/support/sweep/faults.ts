// A seeded mix of emulator faults for one sweep run (emulator/faults.ts, docs/emulator.md): drops
// first — before the request runs, after it (the answer lost), or resent by the transport — at a
// random matching request, since the first rule that fires wins; then 429/503 with Retry-After on
// the services the flow uses, inner $batch requests included, and sometimes a 500 the client does
// not retry.
import { pick } from "./common";

export interface FaultTarget {
  method: string;
  path: string;
}

export interface FaultProfile {
  drops: readonly FaultTarget[];
  /** Path globs throttled with 429 (and sometimes 503). */
  throttled: readonly string[];
  /** Requests that sometimes answer 500 once: a server error the person sees and retries. */
  serverErrors?: readonly FaultTarget[];
}

export const plannerDrops: readonly FaultTarget[] = [
  { method: "POST", path: "/$batch" },
  { method: "POST", path: "/planner/tasks" },
  { method: "PATCH", path: "/planner/tasks/*/details" },
  { method: "GET", path: "/planner/buckets/*/tasks" },
  { method: "GET", path: "/planner/plans/*/buckets" },
  { method: "POST", path: "/planner/buckets" },
  { method: "DELETE", path: "/planner/tasks/*" },
];

export const recordDrops: readonly FaultTarget[] = [
  { method: "POST", path: "/sites/*/lists/*/items" },
  { method: "PATCH", path: "/sites/*/lists/*/items/*/fields" },
  { method: "GET", path: "/sites/*/lists/*/items" },
];

/** A withdrawal reads nothing by key unless its etag is stale: its one write is the delete. */
export const recordDeleteDrops: readonly FaultTarget[] = [{ method: "DELETE", path: "/sites/*/lists/*/items/*" }];

export const chatDrops: readonly FaultTarget[] = [
  { method: "POST", path: "/chats/*/messages" },
  { method: "GET", path: "/chats/*/messages" },
  { method: "POST", path: "/users/*/chats/*/messages/*/softDelete" },
];

export const documentDrops: readonly FaultTarget[] = [{ method: "PUT", path: "/groups/*/drive/root:*" }];

export function buildFaults(random: () => number, seed: number, profile: FaultProfile): unknown[] {
  const rules: unknown[] = [];
  const drops = 1 + Math.floor(random() * 3);
  for (let i = 0; i < drops; i++) {
    rules.push({
      ...pick(random, profile.drops),
      drop: pick(random, ["before", "after", "resend"] as const),
      count: 1,
      // Fires at a random matching request, not always the first.
      fraction: 0.2 + random() * 0.6,
      seed: seed * 10 + i,
    });
  }
  for (const [i, target] of (profile.serverErrors ?? []).entries()) {
    if (random() < 0.2) rules.push({ ...target, status: 500, count: 1, fraction: 0.5, seed: seed * 10 + 5 + i });
  }
  for (const [i, path] of profile.throttled.entries()) {
    if (random() < 0.7)
      rules.push({ path, status: 429, retryAfter: 1 + Math.floor(random() * 3), fraction: 0.2, seed: seed + i });
    if (random() < 0.3) rules.push({ path, status: 503, retryAfter: 1, fraction: 0.1, seed: seed + 100 + i });
  }
  if (random() < 0.3)
    rules.push({ method: "POST", path: "/$batch", status: pick(random, [429, 503] as const), retryAfter: 1, count: 2 });
  return rules;
}
