// `npm run sweep`: the fault sweep with many more seeds than the test command runs (default 1,000
// runs of every write flow; the test command runs 200). Prints the summary; exits 1 on any
// invariant violation.
// Usage: npm run sweep -- [runs per flow] [first seed] [flow name, e.g. "agenda post"]
import { startEmulator } from "../emulator/start-emulator.ts";
import { formatSummary, runSweep, sweepFlows } from "../test/support/fault-sweep.ts";

const runs = Number(process.argv[2] ?? 1000);
const firstSeed = Number(process.argv[3] ?? 1);
const only = process.argv[4];
const flows = only === undefined ? sweepFlows : sweepFlows.filter((flow) => flow.name === only);
if (flows.length === 0) throw new Error(`No flow named ${String(only)}: ${sweepFlows.map((f) => f.name).join(", ")}`);
const emulator = await startEmulator({ port: 0 });
try {
  const started = performance.now();
  const summary = await runSweep(emulator, {
    seeds: Array.from({ length: runs }, (_, i) => firstSeed + i),
    flows,
    onRun: (run) => {
      if (run.violations.length > 0) console.log(`${run.flow}, seed ${run.seed}: ${run.violations.join("; ")}`);
    },
  });
  console.log(formatSummary(summary));
  console.log(`took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.exitCode = summary.violations > 0 ? 1 : 0;
} finally {
  await emulator.close();
}
