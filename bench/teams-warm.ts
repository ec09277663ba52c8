// The warm open in Teams, measured in Chromium: the same user opens the meeting's tab a second time
// in the same browser profile (a persistent one, as the Teams client keeps; an off-the-record
// context refuses IndexedDB to the cross-site app frame). Per run, a fresh profile: a first open
// fills the local store (src/app/query-persistence.ts), the page is closed once the store holds it,
// and a second open is measured:
// - Graph requests sent before `meetloop:series-ready` (budget 0: the series comes from IndexedDB);
// - time to ready at 1×;
// - sequential Graph round trips of the series' revalidation after ready (budget ≤ 1): the requests
//   after ready that read the meeting's events (refresh-series.ts), once the emulator's log has
//   settled; the workbench's own reads after ready are counted beside it.
// Figures only — no assertions.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Frame, Page } from "playwright-core";
import { launchPersistentChromium } from "../test/support/browser";
import { emulatorClientId } from "../test/support/app-server";
import { clearRequests, listRequests } from "../test/support/emulator-admin";
import type { LoggedRequest } from "../test/support/emulator-admin";
import { findAppFrame, installTeamsHost } from "../test/support/teams-host/host-page";
import type { TeamsHostOptions } from "../test/support/teams-host/host-page";
import { median } from "./dependent-steps";
import { countSequentialRoundTrips } from "./round-trips";

export interface WarmTarget {
  serverUrl: string;
  host: Omit<TeamsHostOptions, "frameContext" | "clientId">;
}

export interface WarmSurface {
  frameContext: TeamsHostOptions["frameContext"];
  name: string;
  viewport: { width: number; height: number };
}

interface WarmFigures {
  requestsBeforeReady: number;
  readyMs: number;
  revalidationRoundTrips: number;
  revalidationRequests: number;
  roundTripsAfterReady: number;
}

function readsEvents(request: LoggedRequest): boolean {
  return [request.url, ...(request.inner ?? []).map((r) => r.url)].some((url) => url.includes("/events"));
}

const settleMs = 1_000;

async function openAndWaitForReady(page: Page, hostUrl: string): Promise<{ frame: Frame; readyAt: number }> {
  await page.goto(hostUrl);
  const frame = await findAppFrame(page);
  await frame.waitForFunction(() => performance.getEntriesByName("meetloop:series-ready").length > 0, undefined, {
    timeout: 180_000,
  });
  const readyAt = await frame.evaluate(
    () => performance.timeOrigin + (performance.getEntriesByName("meetloop:series-ready")[0]?.startTime ?? Number.NaN),
  );
  return { frame, readyAt };
}

/** Waits until the app's frame has written a persisted client for this account. */
async function waitForStoredClient(frame: Frame): Promise<void> {
  await frame.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open("meetloop-query-store");
        open.onerror = () => {
          resolve(false);
        };
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("clients")) {
            db.close();
            resolve(false);
            return;
          }
          const count = db.transaction("clients").objectStore("clients").count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result > 0);
          };
          count.onerror = () => {
            db.close();
            resolve(false);
          };
        };
      }),
    undefined,
    { timeout: 60_000, polling: 250 },
  );
}

/** The emulator's log once no request is open and nothing new came for a while. */
async function waitForSettledLog(serverUrl: string): Promise<LoggedRequest[]> {
  let last = -1;
  for (;;) {
    const log = await listRequests(serverUrl);
    if (log.length === last && log.every((r) => r.endedAt > 0)) return log;
    last = log.length;
    await new Promise((resolve) => setTimeout(resolve, settleMs));
  }
}

async function measureWarmOnce(
  target: WarmTarget,
  surface: WarmSurface,
  extraArgs: readonly string[],
): Promise<WarmFigures> {
  const profile = mkdtempSync(join(tmpdir(), "meetloop-warm-"));
  let context: BrowserContext | undefined;
  try {
    context = await launchPersistentChromium(
      profile,
      { ignoreHTTPSErrors: true, viewport: surface.viewport, locale: "zh-CN", timezoneId: "Asia/Shanghai" },
      extraArgs,
    );
    const hostUrl = await installTeamsHost(context, {
      ...target.host,
      frameContext: surface.frameContext,
      clientId: emulatorClientId,
    });
    const first = await context.newPage();
    const cold = await openAndWaitForReady(first, hostUrl);
    await waitForStoredClient(cold.frame);
    await waitForSettledLog(target.serverUrl);
    await first.close();

    await clearRequests(target.serverUrl);
    const second = await context.newPage();
    const { readyAt } = await openAndWaitForReady(second, hostUrl);
    const readyMs = await (
      await findAppFrame(second)
    ).evaluate(() => performance.getEntriesByName("meetloop:series-ready")[0]?.startTime ?? Number.NaN);
    const log = await waitForSettledLog(target.serverUrl);
    const after = log.filter((r) => r.startedAt > readyAt);
    const revalidation = after.filter(readsEvents);
    return {
      requestsBeforeReady: log.filter((r) => r.startedAt <= readyAt).length,
      readyMs,
      revalidationRoundTrips: countSequentialRoundTrips(revalidation),
      revalidationRequests: revalidation.length,
      roundTripsAfterReady: countSequentialRoundTrips(after),
    };
  } finally {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function benchWarmOpen(
  target: WarmTarget,
  surfaces: readonly WarmSurface[],
  runs: number,
  extraArgs: readonly string[],
): Promise<void> {
  for (const surface of surfaces) {
    const figures: WarmFigures[] = [];
    for (let run = 0; run < runs; run += 1) figures.push(await measureWarmOnce(target, surface, extraArgs));
    const before = Math.max(...figures.map((f) => f.requestsBeforeReady));
    const revalidation = median(figures.map((f) => f.revalidationRoundTrips));
    console.log(
      `Teams ${surface.name} — warm open (the same user again, same browser profile), median of ${String(runs)} runs at 1×:`,
    );
    console.log(
      `  Graph requests before meetloop:series-ready: ${String(before)} in the worst run (budget 0: ${before === 0 ? "within" : "over"})`,
    );
    console.log(`  time to meetloop:series-ready: ${median(figures.map((f) => f.readyMs)).toFixed(0)} ms`);
    console.log(
      `  revalidation after ready: ${String(revalidation)} sequential Graph round trips (budget ≤ 1: ${revalidation <= 1 ? "within" : "over"}; ` +
        `${String(median(figures.map((f) => f.revalidationRequests)))} HTTP requests); ` +
        `all Graph after ready, the workbench's reads included: ${String(median(figures.map((f) => f.roundTripsAfterReady)))} round trips`,
    );
  }
}
