// The series history as a browser holds it: the demo build in Chromium, opened on the history view
// of a 周例会 with 2 and with 5 years of weekly history × 40 speakers (bench/history-scenario.ts),
// in the meeting tab at 1280 × 900. Per series: the DOM's element count once the history is shown
// (document.querySelectorAll('*')), the JS heap after a forced GC (CDP HeapProfiler.collectGarbage,
// then Runtime.getHeapUsage), and the time from navigation to the past occurrences being listed.
// Figures only — no assertions; no added latency, so the time is the app's own work plus the reads.
import { performance } from "node:perf_hooks";
import type { Browser } from "playwright-core";
import { launchChromium } from "../test/support/browser";
import { organizer, startAppWithHistory } from "./history-scenario";

const outDir = ".bench/history-view";
const series = [
  { label: "2 years × 40 speakers", weeks: 104 },
  { label: "5 years × 40 speakers", weeks: 260 },
];
const occurrenceList = /^历次会议（共 \d+ 次/;

async function measureOnce(browser: Browser, url: string, chatId: string) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  try {
    const page = await context.newPage();
    const params = new URLSearchParams({
      as: organizer,
      frame: "content",
      chat: chatId,
      lang: "zh-CN",
      view: "history",
    });
    const t0 = performance.now();
    await page.goto(`${url}/?${params.toString()}`);
    const list = page.getByRole("list", { name: occurrenceList });
    await list.getByRole("listitem").first().waitFor({ timeout: 120_000 });
    const shownMs = performance.now() - t0;
    const elements = await page.evaluate(() => document.querySelectorAll("*").length);
    const rows = await list.getByRole("listitem").count();
    const setSize = await list.getByRole("listitem").first().getAttribute("aria-setsize");
    const cdp = await context.newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = await cdp.send("Runtime.getHeapUsage");
    return { shownMs, elements, rows, setSize, heapMb: heap.usedSize / 1024 / 1024 };
  } finally {
    await context.close();
  }
}

export async function benchHistoryView(): Promise<void> {
  const browser = await launchChromium();
  try {
    for (const [index, s] of series.entries()) {
      const started = performance.now();
      const app = await startAppWithHistory({ weeks: s.weeks, reporters: 40, outDir, skipBuild: index > 0 });
      try {
        console.log(
          `[history view, ${s.label}] ${app.occurrences} occurrences, ${app.listItems} list items, ${app.tasks} Planner tasks ` +
            `seeded in process; demo build served (${((performance.now() - started) / 1000).toFixed(1)} s)`,
        );
        // The first open warms the emulator and the browser's cache of the build, as a returning user has it.
        await measureOnce(browser, app.url, app.chatId);
        const m = await measureOnce(browser, app.url, app.chatId);
        console.log(
          `  DOM elements with the history shown: ${m.elements} (target ≤ 1,500); occurrence rows in the DOM: ${m.rows} of ${m.setSize ?? "?"}; ` +
            `JS heap after GC: ${m.heapMb.toFixed(1)} MB; navigation → past occurrences listed: ${m.shownMs.toFixed(0)} ms`,
        );
      } finally {
        await app.close();
      }
    }
  } finally {
    await browser.close();
  }
}
