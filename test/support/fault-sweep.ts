// The fault sweep: every write flow run many times against the emulator over real HTTP, each run
// under its own seeded mix of faults (sweep/faults.ts) — inner and outer 429/503 with Retry-After, a
// 500, connections dropped before or after the write, answers lost and the request resent by the
// transport (whole $batch posts included), an abort at a random step — then retried by the same or
// another person until it settles. After each run the tenant must hold the flow's invariants: one
// Planner task per action item with its details and owner; one record per person for a report, a
// leave request and a confirmation, and none once a leave request is withdrawn; one agenda card per revision and one minutes card per version
// in the chat, named by the record (a later copy only its sender can delete is reported, never
// silent); one minutes document. Used by the test command (200 runs a flow) and by `npm run sweep`.
import { createRandom } from "../../emulator/faults";
import { loadScenarioFile, defaultScenarioPath } from "../../emulator/scenario/load";
import type { StartedEmulator } from "../../emulator/start-emulator";
import type { TenantState } from "../../emulator/state/tenant-state";
import { setFaults } from "./emulator-admin";
import { runAgendaPost } from "./sweep/agenda-flow";
import type { FlowOutcome } from "./sweep/common";
import type { SweepContext } from "./sweep/context";
import { buildFaults, chatDrops, documentDrops, plannerDrops, recordDeleteDrops, recordDrops } from "./sweep/faults";
import type { FaultProfile } from "./sweep/faults";
import { runMinutesCard } from "./sweep/minutes-card-flow";
import { runPublish } from "./sweep/publish-flow";
import { runRecord, runWithdrawLeave } from "./sweep/record-flows";

export { runPublish } from "./sweep/publish-flow";

export const sweepItemCounts = [1, 7, 20, 21, 25, 60, 200] as const;

export interface SweepFlow {
  name: string;
  faults: FaultProfile;
  run: (context: SweepContext) => Promise<FlowOutcome>;
}

const recordFaults: FaultProfile = {
  drops: recordDrops,
  throttled: ["/sites/*"],
  serverErrors: [{ method: "POST", path: "/sites/*/lists/*/items" }],
};

/** Faults start with the flow, unless it has setup to do first (it then calls startFaults itself). */
function simple(run: (context: SweepContext) => Promise<FlowOutcome>): SweepFlow["run"] {
  return async (context) => {
    await context.startFaults();
    return run(context);
  };
}

export const sweepFlows: readonly SweepFlow[] = [
  ...sweepItemCounts.map((items): SweepFlow => ({
    name: `publish ${items} action item${items === 1 ? "" : "s"}`,
    faults: { drops: plannerDrops, throttled: ["/planner/*"] },
    run: simple((context) => runPublish(context.emulator, context.random, items)),
  })),
  { name: "report submit", faults: recordFaults, run: simple((c) => runRecord(c.emulator, c.random, "report")) },
  { name: "leave", faults: recordFaults, run: simple((c) => runRecord(c.emulator, c.random, "leave")) },
  { name: "confirmation", faults: recordFaults, run: simple((c) => runRecord(c.emulator, c.random, "confirm")) },
  {
    name: "agenda post",
    faults: {
      drops: [...chatDrops, ...recordDrops],
      throttled: ["/chats/*", "/sites/*", "/users/*"],
      serverErrors: [
        { method: "POST", path: "/chats/*/messages" },
        { method: "GET", path: "/chats/*/messages" },
      ],
    },
    run: runAgendaPost,
  },
  {
    name: "minutes card + .docx",
    faults: {
      drops: [...chatDrops, ...documentDrops, { method: "PATCH", path: "/sites/*/lists/*/items/*/fields" }],
      throttled: ["/chats/*", "/groups/*", "/sites/*", "/planner/*"],
      serverErrors: [
        { method: "PUT", path: "/groups/*/drive/root:*" },
        { method: "POST", path: "/chats/*/messages" },
      ],
    },
    run: runMinutesCard,
  },
  {
    name: "leave withdrawn",
    faults: {
      drops: recordDeleteDrops,
      throttled: ["/sites/*"],
      serverErrors: [{ method: "DELETE", path: "/sites/*/lists/*/items/*" }],
    },
    run: runWithdrawLeave,
  },
];

export interface SweepRun {
  flow: string;
  seed: number;
  faultsInjected: number;
  attempts: number;
  violations: string[];
  reportedCopies: number;
}

export interface FlowSummary {
  runs: number;
  faultsInjected: number;
  violations: number;
  /** Runs that ended with a card copy left in the chat for its sender to delete, and reported. */
  reportedCopies: number;
}

export interface SweepSummary extends FlowSummary {
  byFlow: Record<string, FlowSummary>;
  failures: SweepRun[];
}

const freshTenants = new WeakMap<StartedEmulator, TenantState>();

/** The default company again, with nothing published (built once per emulator, then copied). */
export function resetTenant(emulator: StartedEmulator): void {
  let fresh = freshTenants.get(emulator);
  if (fresh === undefined) {
    emulator.emulator.loadScenario(loadScenarioFile(defaultScenarioPath));
    fresh = structuredClone(emulator.emulator.getState());
    freshTenants.set(emulator, fresh);
  }
  emulator.emulator.restoreState(fresh);
}

function findWeeklyChat(emulator: StartedEmulator): string {
  const meeting = emulator.emulator.getState().meetings.find((m) => m.subject === "周例会");
  if (!meeting) throw new Error("The default tenant has no 周例会");
  return meeting.chatId;
}

/** Each flow's runs draw from their own stream, so adding a flow leaves the others' runs unchanged. */
function flowSeed(seed: number, flowIndex: number): number {
  return (seed * 1009 + flowIndex * 7919) >>> 0;
}

export async function runFlow(emulator: StartedEmulator, flow: SweepFlow, flowIndex: number, seed: number) {
  const mixed = flowSeed(seed, flowIndex);
  const random = createRandom(mixed);
  resetTenant(emulator);
  emulator.emulator.log.clear();
  let faultsInjected = 0;
  let faultsOn = false;
  const stopFaults = async () => {
    if (!faultsOn) return;
    faultsOn = false;
    faultsInjected = emulator.emulator.faults.describe().fired.reduce((sum, n) => sum + n, 0);
    await setFaults(emulator.url, { rules: [] });
  };
  const outcome = await flow.run({
    emulator,
    random,
    chatId: findWeeklyChat(emulator),
    startFaults: async () => {
      faultsOn = true;
      await setFaults(emulator.url, { rules: buildFaults(random, mixed, flow.faults) });
    },
    stopFaults,
  });
  await stopFaults();
  const run: SweepRun = {
    flow: flow.name,
    seed,
    faultsInjected,
    attempts: outcome.attempts,
    violations: outcome.violations,
    reportedCopies: outcome.reportedCopies ?? 0,
  };
  return run;
}

export async function runSweep(
  emulator: StartedEmulator,
  options: { seeds: readonly number[]; flows?: readonly SweepFlow[]; onRun?: (run: SweepRun) => void },
): Promise<SweepSummary> {
  const summary: SweepSummary = {
    runs: 0,
    faultsInjected: 0,
    violations: 0,
    reportedCopies: 0,
    byFlow: {},
    failures: [],
  };
  for (const flow of options.flows ?? sweepFlows) {
    const index = sweepFlows.indexOf(flow);
    const perFlow: FlowSummary = { runs: 0, faultsInjected: 0, violations: 0, reportedCopies: 0 };
    summary.byFlow[flow.name] = perFlow;
    for (const seed of options.seeds) {
      const run = await runFlow(emulator, flow, index, seed);
      for (const total of [summary, perFlow]) {
        total.runs += 1;
        total.faultsInjected += run.faultsInjected;
        total.violations += run.violations.length;
        total.reportedCopies += run.reportedCopies > 0 ? 1 : 0;
      }
      if (run.violations.length > 0) summary.failures.push(run);
      options.onRun?.(run);
    }
  }
  return summary;
}

export function formatSummary(summary: SweepSummary): string {
  const line = (name: string, s: FlowSummary) =>
    `${name}: ${s.runs} runs, ${s.faultsInjected} faults injected, ${s.violations} invariant violations` +
    (s.reportedCopies > 0 ? ` (${s.reportedCopies} left a card copy only its sender can delete, reported)` : "");
  return [
    line("fault sweep", summary),
    ...Object.entries(summary.byFlow).map(([name, s]) => `  ${line(name, s)}`),
  ].join("\n");
}
