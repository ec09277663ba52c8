// `npm run sweep`: the fault sweep with many more seeds than the test command runs (default 1,400:
// 200 per action-item count). Prints the summary; exits 1 on any invariant violation.
// Usage: npm run sweep -- [runs] [first seed]
import { startEmulator } from "../emulator/start-emulator.ts";
import { formatSummary, runSweep } from "../test/support/fault-sweep.ts";

const runs = Number(process.argv[2] ?? 1400);
const firstSeed = Number(process.argv[3] ?? 1);
const emulator = await startEmulator({ port: 0 });
try {
  const started = performance.now();
  const summary = await runSweep(emulator, {
    seeds: Array.from({ length: runs }, (_, i) => firstSeed + i),
    onRun: (run) => {
      if (run.violations.length > 0) console.log(`seed ${run.seed} (${run.items} items): ${run.violations.join("; ")}`);
    },
  });
  console.log(formatSummary(summary));
  console.log(`took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.exitCode = summary.violations > 0 ? 1 : 0;
} finally {
  await emulator.close();
}
