// The fault sweep: every write flow run many times against the emulator over real HTTP, each run
// under its own seeded mix of faults — inner and outer 429/503 with Retry-After, connections dropped
// before or after the write, answers lost and the request resent by the transport (whole $batch
// posts included), an abort at a random step — then retried by the same or another person until it
// settles. After each run the tenant's state must hold the invariants: exactly one Planner task per
// action item, each with its details and its owner assigned; exactly one record per person for a
// report, a leave request and a confirmation. Used by the test command (a small sample) and by
// `npm run sweep` (more seeds).
import { createRandom } from "../../emulator/faults";
import { loadScenarioFile, defaultScenarioPath } from "../../emulator/scenario/load";
import type { StartedEmulator } from "../../emulator/start-emulator";
import { PublishIncompleteError, publishActionItems } from "@/features/minutes/planner-sync";
import type { PlannerLink } from "@/features/minutes/planner-sync";
import { buildAction } from "@/features/minutes/planner-sync/testing/builders";
import { confirmMinutes, requestLeave } from "@/features/minutes/api/minutes-store";
import { submitReport } from "@/features/reports/api/report-records";
import { createGraphClient } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import { forgetWorkspace, openWorkspace } from "@/meeting/api/workspace";
import type { ActionItem } from "@/meeting/model/records/minutes-record";
import { setFaults } from "./emulator-admin";

export const sweepItemCounts = [1, 7, 20, 21, 25, 60, 200] as const;

const groupId = "5b9fcea3-2a7b-42a4-bf6e-1927c23bacca";
const planId = "jnVTfBjp90XMvMWirTLXXWCM51KN";
const bucketName = "2026-11-30 周例会";
const seriesId = "19:meeting_sweep@thread.v2";
const occurrenceKey = "2026-11-30T05:30:00.000Z";
const owners = ["li.na@yunzhan.example", "zhang.min@yunzhan.example", "chen.xiaodong@yunzhan.example"];
const publishers = ["sun.li@yunzhan.example", "wang.jianguo@yunzhan.example"];
const maxSettleAttempts = 12;

export interface SweepRun {
  seed: number;
  items: number;
  faultsInjected: number;
  attempts: number;
  violations: string[];
}

export interface SweepSummary {
  runs: number;
  faultsInjected: number;
  violations: number;
  byItems: Record<number, number>;
  failures: SweepRun[];
}

const dropTargets = [
  { method: "POST", path: "/$batch" },
  { method: "POST", path: "/planner/tasks" },
  { method: "PATCH", path: "/planner/tasks/*/details" },
  { method: "GET", path: "/planner/buckets/*/tasks" },
  { method: "GET", path: "/planner/plans/*/buckets" },
  { method: "POST", path: "/planner/buckets" },
  { method: "DELETE", path: "/planner/tasks/*" },
  { method: "POST", path: "/sites/*/lists/*/items" },
  { method: "PATCH", path: "/sites/*/lists/*/items/*/fields" },
  { method: "GET", path: "/sites/*/lists/*/items" },
] as const;

/** A seeded mix of faults: drops first (the first matching rule fires), then throttling. */
export function buildFaults(random: () => number, seed: number): unknown[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const rules: unknown[] = [];
  const drops = 1 + Math.floor(random() * 3);
  for (let i = 0; i < drops; i++) {
    rules.push({
      ...pick(dropTargets),
      drop: pick(["before", "after", "resend"] as const),
      count: 1,
      // Fires at a random matching request, not always the first.
      fraction: 0.2 + random() * 0.6,
      seed: seed * 10 + i,
    });
  }
  if (random() < 0.7)
    rules.push({ path: "/planner/*", status: 429, retryAfter: 1 + Math.floor(random() * 3), fraction: 0.2, seed });
  if (random() < 0.3) rules.push({ path: "/planner/*", status: 503, retryAfter: 1, fraction: 0.1, seed: seed + 1 });
  if (random() < 0.3) rules.push({ path: "/sites/*", status: 429, retryAfter: 2, fraction: 0.2, seed: seed + 2 });
  if (random() < 0.3)
    rules.push({ method: "POST", path: "/$batch", status: pick([429, 503] as const), retryAfter: 1, count: 2 });
  return rules;
}

function connect(emulator: StartedEmulator, upn: string): GraphClient {
  return createGraphClient({
    baseUrl: emulator.graphBaseUrl,
    auth: { getToken: () => Promise.resolve(`emu:${upn}`) },
    maxAttempts: 8,
    // Retry-After is honoured in count, not in time: the sweep must not wait for real.
    sleep: (_ms, wait) => {
      wait?.throwIfAborted();
      return Promise.resolve();
    },
  });
}

function buildActions(count: number): ActionItem[] {
  return Array.from({ length: count }, (_, i) =>
    buildAction(`a${i + 1}`, {
      what: `整理第 ${i + 1} 项`,
      owner: owners[i % owners.length] ?? "li.na@yunzhan.example",
      due: `2026-12-${String(1 + (i % 28)).padStart(2, "0")}`,
    }),
  );
}

/** Runs `write` until it succeeds, each time as one of `people` (chosen by the seed), on a fresh client. */
async function settle(
  random: () => number,
  people: readonly string[],
  write: (client: GraphClient) => Promise<unknown>,
  emulator: StartedEmulator,
): Promise<{ attempts: number; settled: boolean }> {
  for (let attempt = 1; attempt <= maxSettleAttempts; attempt++) {
    const upn = people[Math.floor(random() * people.length)] ?? "sun.li@yunzhan.example";
    try {
      await write(connect(emulator, upn));
      return { attempts: attempt, settled: true };
    } catch {
      // Any failure is what the person sees; they press the button again.
    }
  }
  return { attempts: maxSettleAttempts, settled: false };
}

export async function runPublish(
  emulator: StartedEmulator,
  random: () => number,
  items: number,
): Promise<{ attempts: number; violations: string[] }> {
  const actions = buildActions(items);
  let previous: Record<string, PlannerLink> = {};
  let abortPhase =
    random() < 0.3 ? (["reading", "writing-tasks", "writing-details"] as const)[Math.floor(random() * 3)] : undefined;
  const outcome = await settle(
    random,
    publishers,
    async (client) => {
      const controller = new AbortController();
      try {
        const result = await publishActionItems(client, {
          planId,
          bucketName,
          actions,
          previous,
          minutesUrl: "https://example.com/minutes",
          decisionTextOf: () => "本周决议",
          supervisorNameOf: () => "王建国",
          timeZone: "China Standard Time",
          signal: controller.signal,
          onProgress: (progress) => {
            if (progress.phase === abortPhase) {
              abortPhase = undefined;
              controller.abort(new DOMException("The person closed the panel", "AbortError"));
            }
          },
        });
        previous = result.planner;
      } catch (error) {
        // The minutes record keeps the links of a partial publish (publish-minutes does the same).
        if (error instanceof PublishIncompleteError) previous = error.partial.planner;
        throw error;
      }
    },
    emulator,
  );
  return {
    attempts: outcome.attempts,
    violations: outcome.settled ? checkPlanner(emulator, actions) : ["publish did not settle"],
  };
}

interface TaskView {
  id: string;
  title: string;
  bucketId: string | null;
  assignments: Record<string, unknown>;
}

interface DetailsView {
  description?: string;
  references?: Record<string, { alias?: string } | null>;
}

function checkPlanner(emulator: StartedEmulator, actions: readonly ActionItem[]): string[] {
  const state = emulator.emulator.getState();
  // The emulator keeps Graph's JSON shapes: read them through the properties this check needs.
  const buckets = new Set(
    Object.values(state.planner.buckets)
      .filter((b) => b.planId === planId && b.name === bucketName)
      .map((b) => b.id),
  );
  const tasks = (Object.values(state.planner.tasks) as unknown as TaskView[]).filter(
    (t) => t.bucketId !== null && buckets.has(t.bucketId),
  );
  const detailsOf = (id: string) => state.planner.taskDetails[id] as DetailsView | undefined;
  const idOf = new Map(state.users.map((u) => [u.userPrincipalName.toLowerCase(), u.id]));
  const violations: string[] = [];
  const byAction = new Map<string, number>();
  for (const task of tasks) {
    const details = detailsOf(task.id);
    const alias = Object.values(details?.references ?? {})
      .map((r) => r?.alias ?? "")
      .find((a) => a.includes("#"));
    const actionId = alias === undefined ? undefined : decodeURIComponent(alias.slice(alias.lastIndexOf("#") + 1));
    if (actionId === undefined || !(details?.description ?? "").startsWith("验收标准：")) {
      violations.push(`task ${task.id} (${task.title}) has no details`);
      continue;
    }
    byAction.set(actionId, (byAction.get(actionId) ?? 0) + 1);
    const owner = actions.find((a) => a.id === actionId)?.owner ?? "";
    if (!Object.keys(task.assignments).includes(idOf.get(owner) ?? "?"))
      violations.push(`task of ${actionId} is not assigned to ${owner}`);
  }
  for (const action of actions) {
    const count = byAction.get(action.id) ?? 0;
    if (count !== 1) violations.push(`${action.id} has ${count} tasks`);
  }
  if (tasks.length !== actions.length) violations.push(`${tasks.length} tasks for ${actions.length} action items`);
  return violations;
}

async function runRecords(
  emulator: StartedEmulator,
  random: () => number,
): Promise<{ attempts: number; violations: string[] }> {
  const speaker = "li.na@yunzhan.example";
  const flows: ((client: GraphClient) => Promise<unknown>)[] = [
    (client: GraphClient) =>
      openWorkspace(client, { groupId }).then((ws) =>
        submitReport(
          client,
          ws,
          { seriesId, occurrenceKey, sectionId: "departments", upn: speaker },
          { review: "完成" },
        ),
      ),
    (client: GraphClient) =>
      openWorkspace(client, { groupId }).then((ws) =>
        requestLeave(client, ws, seriesId, occurrenceKey, speaker, "出差", new Date("2026-11-28T00:00:00Z"), {
          attendance: { leaveCutoffHours: 24, lateness: { kind: "none" } },
        }),
      ),
    (client: GraphClient) =>
      openWorkspace(client, { groupId }).then((ws) => confirmMinutes(client, ws, seriesId, occurrenceKey, speaker, 1)),
  ];
  let attempts = 0;
  const violations: string[] = [];
  for (const flow of flows) {
    // The record is the speaker's: only they write it, each attempt reading the workspace afresh.
    const outcome = await settle(
      random,
      [speaker],
      (client) => {
        forgetWorkspace(client, groupId);
        return flow(client);
      },
      emulator,
    );
    attempts += outcome.attempts;
    if (!outcome.settled) violations.push("a record write did not settle");
  }
  const state = emulator.emulator.getState();
  for (const prefix of ["report|", "leave|", "confirm|"]) {
    const count = Object.values(state.sites)
      .flatMap((site) => Object.values(site.lists))
      .flatMap((list) => Object.values(list.items))
      .filter((item) => {
        const key = item.fields.RecordKey;
        return typeof key === "string" && key.startsWith(prefix);
      }).length;
    if (count !== 1) violations.push(`${count} ${prefix.slice(0, -1)} records for one person`);
  }
  return { attempts, violations };
}

let defaultScenario: ReturnType<typeof loadScenarioFile> | undefined;

/** The default company again, with nothing published (the scenario file is read once). */
export function resetTenant(emulator: StartedEmulator): void {
  defaultScenario ??= loadScenarioFile(defaultScenarioPath);
  emulator.emulator.loadScenario(defaultScenario);
}

export async function runSweep(
  emulator: StartedEmulator,
  options: { seeds: readonly number[]; onRun?: (run: SweepRun) => void },
): Promise<SweepSummary> {
  const summary: SweepSummary = { runs: 0, faultsInjected: 0, violations: 0, byItems: {}, failures: [] };
  for (const [index, seed] of options.seeds.entries()) {
    const random = createRandom(seed);
    const items = sweepItemCounts[index % sweepItemCounts.length] ?? 1;
    resetTenant(emulator);
    await setFaults(emulator.url, { rules: buildFaults(random, seed) });
    const publish = await runPublish(emulator, random, items);
    const records = await runRecords(emulator, random);
    const faultsInjected = countInjected(emulator);
    await setFaults(emulator.url, { rules: [] });
    const run: SweepRun = {
      seed,
      items,
      faultsInjected,
      attempts: publish.attempts + records.attempts,
      violations: [...publish.violations, ...records.violations],
    };
    summary.runs += 1;
    summary.faultsInjected += faultsInjected;
    summary.violations += run.violations.length;
    summary.byItems[items] = (summary.byItems[items] ?? 0) + 1;
    if (run.violations.length > 0) summary.failures.push(run);
    options.onRun?.(run);
  }
  return summary;
}

function countInjected(emulator: StartedEmulator): number {
  const entries = emulator.emulator.log.list();
  let count = 0;
  for (const entry of entries) {
    for (const e of [entry, ...(entry.inner ?? [])]) {
      if (e.dropped !== undefined || e.status === 429 || e.status === 503) count += 1;
    }
  }
  emulator.emulator.log.clear();
  return count;
}

export function formatSummary(summary: SweepSummary): string {
  const counts = Object.entries(summary.byItems)
    .map(([items, runs]) => `${items}×${runs}`)
    .join(" ");
  return `fault sweep: ${summary.runs} runs (action items × runs: ${counts}), ${summary.faultsInjected} faults injected, ${summary.violations} invariant violations`;
}
