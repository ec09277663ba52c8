// Exactly once under every fault: a seeded sample of the fault sweep (test/support/fault-sweep.ts),
// 200 runs of every write flow, and the case that once created 42 tasks for 25 action items.
// `npm run sweep` runs more seeds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/start-emulator";
import { createRandom } from "../../emulator/faults";
import { formatSummary, resetTenant, runPublish, runSweep, sweepFlows } from "../support/fault-sweep";
import { setFaults } from "../support/emulator-admin";

let emulator: Awaited<ReturnType<typeof startEmulator>>;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});

afterAll(async () => {
  await emulator.close();
});

describe("the fault sweep", () => {
  it("leaves one task per action item, one record per person, one card and one document after every run settles", async () => {
    const runs = Number(process.env.MEETLOOP_SWEEP_RUNS ?? 200);
    const seeds = Array.from({ length: runs }, (_, i) => 1000 + i);
    const summary = await runSweep(emulator, { seeds });
    console.log(formatSummary(summary));
    expect(summary.failures.map((run) => `${run.flow}, seed ${run.seed}: ${run.violations.join("; ")}`)).toEqual([]);
    for (const flow of sweepFlows) {
      const perFlow = summary.byFlow[flow.name];
      expect(perFlow?.runs).toBe(runs);
      expect(perFlow?.faultsInjected).toBeGreaterThan(runs);
    }
  }, 600_000);
});

describe("25 action items while Planner throttles and a batch answer is lost", () => {
  for (const lost of [
    { method: "POST", path: "/$batch", drop: "resend", count: 1 },
    { method: "POST", path: "/planner/tasks", drop: "after", count: 1 },
  ]) {
    it(`ends with exactly 25 tasks, each with details (${lost.path} ${lost.drop})`, async () => {
      resetTenant(emulator);
      await setFaults(emulator.url, {
        rules: [lost, { path: "/planner/*", status: 429, retryAfter: 1, fraction: 0.2, seed: 7 }],
      });
      const outcome = await runPublish(emulator, createRandom(25), 25);
      await setFaults(emulator.url, { rules: [] });
      expect(outcome.violations).toEqual([]);
    });
  }
});
