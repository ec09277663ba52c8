// What every flow of the fault sweep shares: the tenant's fixed ids, a fresh Graph client per
// attempt, and `settle` — a person pressing the button again until the write goes through.
import type { StartedEmulator } from "../../../emulator/start-emulator";
import { createGraphClient } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";

export const groupId = "5b9fcea3-2a7b-42a4-bf6e-1927c23bacca";
export const planId = "jnVTfBjp90XMvMWirTLXXWCM51KN";
export const maxSettleAttempts = 12;

export interface FlowOutcome {
  attempts: number;
  violations: string[];
  /** Extra card copies left in the chat because only their sender could delete them, and reported. */
  reportedCopies?: number;
}

export function connect(emulator: StartedEmulator, upn: string): GraphClient {
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

export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new RangeError("pick from an empty list");
  return item;
}

/** Runs `write` until it succeeds, each time as one of `people` (chosen by the seed), on a fresh client. */
export async function settle<R>(
  random: () => number,
  people: readonly string[],
  write: (client: GraphClient, upn: string) => Promise<R>,
  emulator: StartedEmulator,
): Promise<{ attempts: number; settled: { upn: string; result: R } | undefined }> {
  for (let attempt = 1; attempt <= maxSettleAttempts; attempt++) {
    const upn = pick(random, people);
    try {
      const result = await write(connect(emulator, upn), upn);
      return { attempts: attempt, settled: { upn, result } };
    } catch {
      // Any failure is what the person sees; they (or someone else) press the button again.
    }
  }
  return { attempts: maxSettleAttempts, settled: undefined };
}

/** An abort at the start of one step (the panel closed, the page reloaded), at most once. */
export function planAbort<S extends string>(random: () => number, steps: readonly S[], share = 0.4) {
  let step: S | undefined = random() < share ? pick(random, steps) : undefined;
  return (current: S) => {
    if (current !== step) return;
    step = undefined;
    throw new DOMException(`The person closed the panel before "${current}"`, "AbortError");
  };
}
