// The path a Teams user takes, measured in Chromium: the production build (teams-js, MSAL nested
// app auth, no demo code; Graph root on the emulator) framed by the Teams test host
// (test/support/teams-host) as the meeting side panel and the meeting chat tab, over https, at 150 ms
// emulator latency. For each surface, 5 cold runs (a fresh browser context each) at 1× and at 4×
// CPU (CDP Emulation.setCPUThrottlingRate), medians printed beside their budgets:
// - time from the tab frame's navigation to `meetloop:first-paint` and `meetloop:series-ready`;
// - JavaScript the frame actually loaded before each mark (resource timing: encodedBodySize is the
//   gzip body `vite preview` sent, decodedBodySize what the engine parsed);
// - JavaScript chunk levels before ready: the chunks resource timing saw loaded, levelled by the
//   build manifest's imports (bench/chunk-levels.ts: Chromium reports module script requests with
//   the initiator "about:client" and no stack, so CDP cannot say which chunk asked);
// - dependent steps before ready (bench/dependent-steps.ts) over the frame's document and resources
//   (resource timing), the host's answers to teams-js and nested app auth (the host's log), and the
//   Graph requests (the emulator's log);
// - sequential Graph round trips before ready (bench/round-trips.ts).
// Figures only — no assertions. The host page frames the app in the same renderer process (site
// isolation off for this browser) so the CPU throttling covers the app too.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launchChromium } from "../test/support/browser";
import { emulatorClientId, startPreviewServer } from "../test/support/app-server";
import type { AppServer } from "../test/support/app-server";
import {
  clearRequests,
  findChatByTopic,
  getTenant,
  listRequests,
  resetEmulator,
  setFaults,
} from "../test/support/emulator-admin";
import type { LoggedRequest, Tenant } from "../test/support/emulator-admin";
import { seedWeeklySeries } from "../test/support/seed-series";
import { findAppFrame, installTeamsHost, readHostLog } from "../test/support/teams-host/host-page";
import type { HostLogEntry } from "../test/support/teams-host/host-page";
import { startHttpsFront } from "../test/support/teams-host/https-front";
import type { Browser } from "playwright-core";
import { findLongestChain, median } from "./dependent-steps";
import { readManifest } from "./bundle-size";
import type { Manifest } from "./bundle-size";
import { findChunkLevels } from "./chunk-levels";
import type { Step } from "./dependent-steps";
import { countSequentialRoundTrips } from "./round-trips";
import { benchWarmOpen } from "./teams-warm";

const latencyMs = 150;
const rates = [1, 4] as const;
const organizer = "wang.jianguo@yunzhan.example";
const noteTaker = "sun.li@yunzhan.example";
const budgets = { jsGzipKb: 250, jsDecodedKb: 650, steps: 5, slowdown: 2, graphRoundTrips: 2 };
const surfaces = [
  { frameContext: "sidePanel", name: "meeting side panel", viewport: { width: 320, height: 900 } },
  { frameContext: "content", name: "meeting chat tab", viewport: { width: 1280, height: 900 } },
] as const;

interface FrameTimings {
  timeOrigin: number;
  firstPaint: number;
  ready: number;
  document: { startTime: number; responseEnd: number; name: string };
  resources: {
    name: string;
    initiatorType: string;
    startTime: number;
    responseEnd: number;
    encoded: number;
    decoded: number;
  }[];
}

interface RunFigures {
  firstPaintMs: number;
  readyMs: number;
  jsBeforePaint: { gzipKb: number; decodedKb: number; files: number };
  jsBeforeReady: { gzipKb: number; decodedKb: number; files: number };
  chain: Step[];
  /** Each chunk loaded before ready and its level (bench/chunk-levels.ts). */
  chunkLevels: Map<string, number>;
  graphRoundTrips: number;
  graphRequests: number;
}

interface Target {
  server: AppServer;
  appUrl: string;
  appOrigin: string;
  tenant: Tenant;
  chat: { id: string; meetingId?: string | null };
  user: { objectId: string; userPrincipalName: string; displayName: string };
  manifest: Manifest;
  /** The chunks index.html preloads (`<link rel="modulepreload">`), fetched with the entry. */
  preloaded: ReadonlySet<string>;
}

function readPreloadedChunks(outDir: string): Set<string> {
  const html = readFileSync(join(outDir, "index.html"), "utf8");
  return new Set([...html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map((m) => m[1] ?? ""));
}

function sumJs(resources: FrameTimings["resources"], until: number) {
  const js = resources.filter((r) => new URL(r.name).pathname.endsWith(".js") && r.responseEnd <= until);
  return {
    gzipKb: js.reduce((sum, r) => sum + r.encoded, 0) / 1024,
    decodedKb: js.reduce((sum, r) => sum + r.decoded, 0) / 1024,
    files: js.length,
  };
}

function shortName(url: string): string {
  const { pathname, search } = new URL(url);
  return pathname === "/" ? `/${search.slice(0, 40)}` : (pathname.split("/").pop() ?? pathname);
}

function collectSteps(
  timings: FrameTimings,
  hostLog: HostLogEntry[],
  graph: LoggedRequest[],
  appOrigin: string,
): Step[] {
  const at = (relative: number) => timings.timeOrigin + relative;
  const steps: Step[] = [
    {
      kind: "document",
      label: `document ${shortName(timings.document.name)}`,
      startedAt: at(timings.document.startTime),
      endedAt: at(timings.document.responseEnd),
    },
  ];
  for (const r of timings.resources) {
    const url = new URL(r.name);
    // Graph requests are taken from the emulator's log below (one entry per HTTP request, $batch included).
    if (url.origin === appOrigin && url.pathname.startsWith("/graph/")) continue;
    const kind = url.pathname.endsWith(".js") ? "js" : url.pathname.endsWith(".css") ? "css" : "other";
    steps.push({ kind, label: `${kind} ${shortName(r.name)}`, startedAt: at(r.startTime), endedAt: at(r.responseEnd) });
  }
  // Each answered message is one step, from the app's send to the host's answer (given at once).
  for (const entry of hostLog.filter((e) => e.answered)) {
    const token = entry.func === "nestedAppAuth.execute";
    steps.push({
      kind: token ? "token" : "host",
      label: token ? `token ${entry.method ?? ""}` : `host ${entry.func}`,
      startedAt: Math.min(entry.sentAt, entry.receivedAt),
      endedAt: entry.receivedAt,
    });
  }
  for (const request of graph) {
    steps.push({
      kind: "graph",
      label: `graph ${request.method} ${request.url.split("?")[0] ?? ""}`,
      startedAt: request.startedAt,
      endedAt: request.endedAt,
    });
  }
  const readyAt = at(timings.ready);
  return steps.filter((s) => s.endedAt <= readyAt);
}

async function measureOnce(
  browser: Browser,
  target: Target,
  surface: (typeof surfaces)[number],
  rate: number,
): Promise<RunFigures> {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: surface.viewport,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  try {
    const hostUrl = await installTeamsHost(context, {
      appUrl: target.appUrl,
      frameContext: surface.frameContext,
      user: target.user,
      tenantId: target.tenant.tenantId,
      chatId: target.chat.id,
      ...(target.chat.meetingId ? { meetingId: target.chat.meetingId } : {}),
      clientId: emulatorClientId,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    await clearRequests(target.server.url);
    await page.goto(hostUrl);
    const frame = await findAppFrame(page);
    if (
      await context.newCDPSession(frame).then(
        () => true,
        () => false,
      )
    ) {
      throw new Error("The app frame runs in a process of its own: the CPU throttling would not reach it");
    }
    await frame.waitForFunction(() => performance.getEntriesByName("meetloop:series-ready").length > 0, undefined, {
      timeout: 180_000,
    });
    const timings = await frame.evaluate((): FrameTimings => {
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      return {
        timeOrigin: performance.timeOrigin,
        firstPaint: performance.getEntriesByName("meetloop:first-paint")[0]?.startTime ?? Number.NaN,
        ready: performance.getEntriesByName("meetloop:series-ready")[0]?.startTime ?? Number.NaN,
        document: { startTime: nav.startTime, responseEnd: nav.responseEnd, name: nav.name },
        resources: (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).map((r) => ({
          name: r.name,
          initiatorType: r.initiatorType,
          startTime: r.startTime,
          responseEnd: r.responseEnd,
          encoded: r.encodedBodySize,
          decoded: r.decodedBodySize,
        })),
      };
    });
    const readyAt = timings.timeOrigin + timings.ready;
    // A request still open at ready (endedAt 0) did not hold the series up.
    const graph = (await listRequests(target.server.url)).filter((r) => r.endedAt > 0 && r.endedAt <= readyAt);
    const steps = collectSteps(timings, await readHostLog(page), graph, target.appOrigin);
    return {
      firstPaintMs: timings.firstPaint,
      readyMs: timings.ready,
      jsBeforePaint: sumJs(timings.resources, timings.firstPaint),
      jsBeforeReady: sumJs(timings.resources, timings.ready),
      chain: findLongestChain(steps),
      chunkLevels: findChunkLevels(
        target.manifest,
        new Set(
          timings.resources
            .filter((r) => new URL(r.name).origin === target.appOrigin && r.responseEnd <= timings.ready)
            .map((r) => new URL(r.name).pathname.slice(1)),
        ),
        target.preloaded,
      ),
      graphRoundTrips: countSequentialRoundTrips(graph),
      graphRequests: graph.length,
    };
  } finally {
    await context.close();
  }
}

function verdict(value: number, budget: number): string {
  return value <= budget ? "within" : "over";
}

function printSurface(name: string, runs: number, byRate: Map<number, RunFigures[]>): void {
  const one = byRate.get(1) ?? [];
  const four = byRate.get(4) ?? [];
  const ms = (values: number[]) => `${median(values).toFixed(0)} ms`;
  const readyOne = median(one.map((r) => r.readyMs));
  const readyFour = median(four.map((r) => r.readyMs));
  const slowdown = readyFour / readyOne;
  const paintJs = {
    gzip: median(one.map((r) => r.jsBeforePaint.gzipKb)),
    decoded: median(one.map((r) => r.jsBeforePaint.decodedKb)),
  };
  const readyJs = {
    gzip: median(one.map((r) => r.jsBeforeReady.gzipKb)),
    decoded: median(one.map((r) => r.jsBeforeReady.decodedKb)),
  };
  const steps = median(one.map((r) => r.chain.length));
  const roundTrips = median(one.map((r) => r.graphRoundTrips));
  const example = one.find((r) => r.chain.length === steps) ?? one[0];
  console.log(
    `Teams ${name} — production build in the Teams test host, ${String(latencyMs)} ms Graph latency, median of ${String(runs)} cold runs:`,
  );
  console.log(
    `  time to meetloop:first-paint   1×: ${ms(one.map((r) => r.firstPaintMs))}   4× CPU: ${ms(four.map((r) => r.firstPaintMs))}`,
  );
  console.log(
    `  time to meetloop:series-ready  1×: ${ms(one.map((r) => r.readyMs))}   4× CPU: ${ms(four.map((r) => r.readyMs))}`,
  );
  console.log(
    `  ready at 4× / ready at 1×: ${slowdown.toFixed(2)} (budget ≤ ${String(budgets.slowdown)}: ${verdict(slowdown, budgets.slowdown)})`,
  );
  console.log(
    `  JS before first paint: ${paintJs.gzip.toFixed(1)} KB gzip transferred, ${paintJs.decoded.toFixed(1)} KB decoded (${String(median(one.map((r) => r.jsBeforePaint.files)))} files)`,
  );
  console.log(
    `  JS before ready: ${readyJs.gzip.toFixed(1)} KB gzip transferred (budget ≤ ${String(budgets.jsGzipKb)}: ${verdict(readyJs.gzip, budgets.jsGzipKb)}), ` +
      `${readyJs.decoded.toFixed(1)} KB decoded (budget ≤ ${String(budgets.jsDecodedKb)}: ${verdict(readyJs.decoded, budgets.jsDecodedKb)}) (${String(median(one.map((r) => r.jsBeforeReady.files)))} files)`,
  );
  const levels = median(one.map((r) => Math.max(0, ...r.chunkLevels.values())));
  console.log(
    `  JS chunk levels before ready (loaded chunks, levelled by the build manifest's imports; entry = 1): ${String(levels)}; one run's:`,
  );
  const byLevel = new Map<number, string[]>();
  for (const [file, level] of example?.chunkLevels ?? [])
    byLevel.set(level, [...(byLevel.get(level) ?? []), file.replace(/^assets\//, "")]);
  for (const level of [...byLevel.keys()].sort((a, b) => a - b)) {
    console.log(`    level ${String(level)}: ${(byLevel.get(level) ?? []).join(", ")}`);
  }
  console.log(
    `  dependent steps before ready: ${String(steps)} (budget ≤ ${String(budgets.steps)}: ${verdict(steps, budgets.steps)}); one run's chain:`,
  );
  const origin = example?.chain[0]?.startedAt ?? 0;
  for (const [i, s] of (example?.chain ?? []).entries()) {
    console.log(
      `    ${String(i + 1).padStart(2)}. ${s.label}  (${(s.startedAt - origin).toFixed(0)}–${(s.endedAt - origin).toFixed(0)} ms)`,
    );
  }
  console.log(
    `  Graph round trips before ready: ${String(roundTrips)} (budget ≤ ${String(budgets.graphRoundTrips)}: ${verdict(roundTrips, budgets.graphRoundTrips)}; ` +
      `${String(median(one.map((r) => r.graphRequests)))} HTTP requests)`,
  );
}

/** `runs`: cold runs per surface and CPU rate (the issue asks for the median of 5). */
export async function benchTeamsPath(runs = 5): Promise<void> {
  const outDir = ".bench/teams";
  const server = await startPreviewServer({ outDir, mode: "production" });
  const front = await startHttpsFront(server.url);
  // Site isolation off: the app's frame shares the host page's renderer, so one CDP session's CPU
  // throttling slows the app as well (an out-of-process frame would run at full speed).
  const sameProcess = ["--disable-site-isolation-trials", "--disable-features=IsolateOrigins,site-per-process"];
  const browser = await launchChromium(sameProcess);
  try {
    await resetEmulator(server.url);
    const tenant = await getTenant(server.url);
    const chat = findChatByTopic(tenant, "周例会");
    const user = tenant.users.find((u) => u.userPrincipalName === organizer);
    if (!user) throw new Error(`${organizer} is not in the scenario`);
    const { config } = await seedWeeklySeries(server.url, chat.id, organizer, noteTaker);
    await setFaults(server.url, { latencyMs });
    const target: Target = {
      server,
      appUrl: `${front.url}/?ws=${encodeURIComponent(config.workspace.groupId)}`,
      appOrigin: front.url,
      tenant,
      chat,
      user: { objectId: user.id, userPrincipalName: user.userPrincipalName, displayName: user.displayName },
      manifest: readManifest(outDir),
      preloaded: readPreloadedChunks(outDir),
    };
    for (const surface of surfaces) {
      const byRate = new Map<number, RunFigures[]>();
      for (const rate of rates) {
        const figures: RunFigures[] = [];
        for (let run = 0; run < runs; run += 1) figures.push(await measureOnce(browser, target, surface, rate));
        byRate.set(rate, figures);
      }
      printSurface(surface.name, runs, byRate);
    }
    await benchWarmOpen(
      {
        serverUrl: server.url,
        host: {
          appUrl: target.appUrl,
          user: target.user,
          tenantId: tenant.tenantId,
          chatId: chat.id,
          ...(chat.meetingId ? { meetingId: chat.meetingId } : {}),
        },
      },
      surfaces,
      runs,
      sameProcess,
    );
  } finally {
    await resetEmulator(server.url);
    await browser.close();
    await front.close();
    await server.close();
  }
}
