// The side panel at its narrowest, in both languages: every view a note-taker or a speaker can open is
// reachable (tabs that do not fit are in the "more" menu) and nothing on it is wider than the panel or
// scrolls sideways.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { startAppInBrowser } from "../support/app-in-browser";
import { findChatByTopic, getTenant, resetEmulator } from "../support/emulator-admin";
import { listHorizontalOverflow } from "../support/layout";
import { seedWeeklySeries } from "../support/seed-series";

const gm = "wang.jianguo@yunzhan.example";
const noteTaker = "sun.li@yunzhan.example";
const speaker = "li.na@yunzhan.example";

const app = startAppInBrowser();

const loading = /正在加载|正在读取|Loading/;

async function openPanel(upn: string, seriesId: string, width: number, lang: "zh-CN" | "en-US"): Promise<Page> {
  const context = await app.browser.newContext({ viewport: { width, height: 900 }, locale: lang });
  const page = await context.newPage();
  await page.goto(
    `${app.server.url}/?${new URLSearchParams({ as: upn, frame: "sidePanel", chat: seriesId, lang }).toString()}`,
  );
  await page.getByRole("tablist").waitFor();
  return page;
}

/** Opens each view, from its tab or the "more" menu, and lists what overflows there. */
async function checkEveryView(page: Page, width: number): Promise<Record<string, string[]>> {
  const tabs = (await page.getByRole("tab").allInnerTexts()).filter((name) => name.trim() !== "");
  // A tab shown is shown whole: the overflow menu takes what does not fit, nothing is clipped.
  for (const name of tabs) {
    const box = await page.getByRole("tab", { name, exact: true }).boundingBox();
    expect(box && box.x + box.width, `${name} at ${String(width)} px`).toBeLessThanOrEqual(width);
  }
  const more = page.getByRole("button", { name: /更多|More/ });
  let hidden: string[] = [];
  if ((await more.count()) > 0) {
    await more.click();
    hidden = await page.getByRole("menuitem").allInnerTexts();
    await page.keyboard.press("Escape");
  }
  const found: Record<string, string[]> = {};
  for (const name of [...tabs, ...hidden]) {
    // Which tabs fit changes with the selection (the selected one always shows): look each time.
    const tab = page.getByRole("tab", { name, exact: true });
    if (await tab.isVisible()) await tab.click();
    else {
      await more.click();
      await page.getByRole("menuitem", { name, exact: true }).click();
    }
    await page.getByRole("tab", { name, exact: true, selected: true }).waitFor();
    await expect.poll(() => page.getByText(loading).count(), { timeout: 30_000 }).toBe(0);
    found[name] = await listHorizontalOverflow(page);
  }
  found.menu = hidden.length > 0 ? [] : ["(no menu)"];
  return found;
}

describe("the side panel at 280 and 320 px", () => {
  it("keeps every view in reach and nothing sideways, for a note-taker and a speaker, in both languages", async () => {
    await resetEmulator(app.server.url);
    const chat = findChatByTopic(await getTenant(app.server.url), "周例会");
    await seedWeeklySeries(app.server.url, chat.id, gm, noteTaker);

    for (const [upn, width, lang] of [
      [noteTaker, 280, "en-US"],
      [speaker, 280, "zh-CN"],
      [noteTaker, 320, "zh-CN"],
      [speaker, 320, "en-US"],
    ] as const) {
      const page = await openPanel(upn, chat.id, width, lang);
      const { menu, ...views } = await checkEveryView(page, width);
      if (width === 280) expect(menu, `${upn} ${lang}: some views are in the "more" menu`).toEqual([]);
      expect(Object.keys(views).length, `${upn} ${lang} ${String(width)}`).toBeGreaterThan(2);
      const overflowing = Object.entries(views).filter(([, found]) => found.length > 0);
      expect(overflowing, `${upn} ${lang} ${String(width)} px`).toEqual([]);
      await page.context().close();
    }
  });
});
