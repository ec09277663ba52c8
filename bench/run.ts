// `npm run bench`: prints the figures the issues set targets for. Figures only — no assertions.
//  1. The path Teams users take (bench/teams-path.ts): the production build framed by the Teams test
//     host as the meeting side panel and chat tab — time to first paint and to ready at 1× and 4× CPU,
//     JavaScript actually loaded before each, dependent steps and Graph round trips before ready; then
//     the warm open of the same user (bench/teams-warm.ts). `--teams-only` runs just this one.
//  2. Cross-check from the build manifest: the JavaScript the static import graph says a Teams user
//     downloads before first paint and before the series is shown (gzip). `--bundle-only`.
//  3. Publishing 60 and 200 action items to Planner: the engine against the plain alternative and one
//     request at a time, in the same run (bench/publish.ts).
//     `--publish-only` runs just this one.
//  4. Series history, rollups and review over 2 years, and 5 and 10 years of 40 speakers, cold and
//     warm, at 150 ms latency (bench/history.ts); the pure aggregations alone over 1, 2, 5 and 10 years × 40
//     speakers held in memory (bench/history-aggregation.ts); and the history view in Chromium at 2 and
//     5 years × 40 speakers — DOM nodes, JS heap, time to shown (bench/history-view.ts).
//     `--history-only` runs just these.
// `--demo-only`: the earlier cold open of the demo build (`?as=` persona, no teams-js, no MSAL).
import { build } from "vite";
import { launchChromium } from "../test/support/browser";
import { startPreviewServer } from "../test/support/app-server";
import { clearRequests, findChatByTopic, getTenant, listRequests, setFaults } from "../test/support/emulator-admin";
import { countSequentialRoundTrips } from "./round-trips";
import { measureTeamsDownload } from "./bundle-size";
import { benchHistory } from "./history";
import { benchHistoryAggregation } from "./history-aggregation";
import { benchHistoryView } from "./history-view";
import { benchPublish } from "./publish";
import { benchTeamsPath } from "./teams-path";

const latencyMs = 150;
const runs = 3;

/** The demo build's cold open, kept for comparison with figures from before the Teams path was measured. */
async function benchDemoColdOpen(): Promise<void> {
  const server = await startPreviewServer({ outDir: ".bench/demo" });
  const browser = await launchChromium();
  try {
    const tenant = await getTenant(server.url);
    const chat = findChatByTopic(tenant, "周例会");
    const persona = tenant.users.find((u) => chat.memberIds.includes(u.id));
    if (!persona) throw new Error("周例会 has no members in the scenario");
    await setFaults(server.url, { latencyMs });
    for (let run = 1; run <= runs; run += 1) {
      await clearRequests(server.url);
      const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
      const page = await context.newPage();
      const params = new URLSearchParams({
        as: persona.userPrincipalName,
        frame: "sidePanel",
        chat: chat.id,
        lang: "zh-CN",
      });
      await page.goto(`${server.url}/?${params.toString()}`);
      await page.waitForFunction(() => performance.getEntriesByName("meetloop:series-ready").length > 0, undefined, {
        timeout: 60_000,
      });
      const marks = await page.evaluate(() => ({
        ready: performance.getEntriesByName("meetloop:series-ready")[0]?.startTime ?? NaN,
        firstPaint: performance.getEntriesByName("meetloop:first-paint")[0]?.startTime ?? NaN,
        origin: performance.timeOrigin,
      }));
      const readyAt = marks.origin + marks.ready;
      const graphRequests = (await listRequests(server.url)).filter((r) => r.startedAt <= readyAt);
      console.log(
        `demo build cold open #${run} @${latencyMs} ms latency: ${countSequentialRoundTrips(graphRequests)} sequential Graph round trips ` +
          `(${graphRequests.length} HTTP requests) before series-ready (target ≤ 2); ` +
          `first paint ${marks.firstPaint.toFixed(0)} ms, series ready ${marks.ready.toFixed(0)} ms after navigation`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

async function benchBundle(): Promise<void> {
  const outDir = ".bench/prod";
  process.env.VITE_AAD_CLIENT_ID ??= "00000000-0000-4000-8000-000000000000";
  await build({ mode: "production", logLevel: "warn", build: { outDir, emptyOutDir: true } });
  // The side panel reaches the series through boot (which holds the series view), the Teams host
  // SDK and MSAL; the other views are lazy chunks loaded only when opened.
  const figures = measureTeamsDownload(
    outDir,
    /^src\/app\/boot\.tsx$|^src\/lib\/teams\/teams-host\.ts$|^src\/lib\/auth\/msal-auth\.ts$/,
  );
  console.log(
    `cross-check from the build manifest (static import graph, not what a browser loaded): JavaScript before first paint ${figures.firstPaintKb.toFixed(1)} KB gzip`,
  );
  console.log(
    `cross-check from the build manifest: JavaScript before the series is shown in Teams ${figures.seriesShownKb.toFixed(1)} KB gzip`,
  );
  console.log(`  chunks on that path: ${figures.chunks.join(", ")}`);
  console.log(
    `  demo or emulator chunks on that path: ${figures.demoChunks.length === 0 ? "none" : figures.demoChunks.join(", ")}`,
  );
}

const only = ["--teams-only", "--bundle-only", "--publish-only", "--history-only", "--demo-only"].find((flag) =>
  process.argv.includes(flag),
);
if (only === undefined || only === "--teams-only") await benchTeamsPath();
if (only === undefined || only === "--bundle-only") await benchBundle();
if (only === "--demo-only") await benchDemoColdOpen();
if (only === undefined || only === "--publish-only") await benchPublish();
if (only === undefined || only === "--history-only") {
  await benchHistory();
  await benchHistoryAggregation();
  await benchHistoryView();
}
