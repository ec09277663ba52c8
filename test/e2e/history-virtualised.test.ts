// The series history over two years of weekly meetings (104 occurrences × 10 reports, seeded into
// the emulator by its history generator): only the occurrences in view are in the DOM, yet the list
// tells its full length, and a keyboard user reaches the oldest meeting and opens it — in the meeting
// tab as narrow as the side panel (320 px), in zh-CN (dark theme) and en-US (light), with nothing
// wider than that and no axe violation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { organizer, startAppWithHistory } from "../../bench/history-scenario";
import type { AppWithEmulator, SeededHistory } from "../../bench/history-scenario";
import { listAccessibilityViolations } from "../support/axe";
import { launchChromium } from "../support/browser";
import { listHorizontalOverflow } from "../support/layout";

const timeZone = "Asia/Shanghai";
let app: (AppWithEmulator & SeededHistory) | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  app = await startAppWithHistory({ weeks: 104, reporters: 10 });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/**
 * The history is a view of the meeting chat tab (the side panel has no room for it:
 * meeting/model/roles/view-policy.ts); opened here as narrow as the side panel, the tightest it gets.
 */
async function openHistory(lang: "zh-CN" | "en-US", theme: "light" | "dark"): Promise<Page> {
  if (app === undefined || browser === undefined) throw new Error("beforeAll starts the app and the browser");
  const context = await browser.newContext({
    viewport: { width: 320, height: 900 },
    locale: lang,
    timezoneId: timeZone,
  });
  const page = await context.newPage();
  const params = new URLSearchParams({
    as: organizer,
    frame: "content",
    chat: app.chatId,
    lang,
    view: "history",
    theme,
  });
  await page.goto(`${app.url}/?${params.toString()}`);
  return page;
}

describe("a history two years long", () => {
  it.each([
    ["zh-CN", "dark", /^历次会议（共 \d+ 次，最新在前）$/, "议程", "出勤"],
    ["en-US", "light", /^Past meetings \(\d+, newest first\)$/, "Agenda", "Attendance"],
  ] as const)(
    "keeps few rows in the DOM and takes the keyboard to the oldest meeting (%s, %s theme)",
    async (lang, theme, name, agenda, attendance) => {
      if (app === undefined) throw new Error("beforeAll starts the app");
      const page = await openHistory(lang, theme);
      const list = page.getByRole("list", { name });
      const rows = list.locator(":scope > [role=listitem]");
      await rows.first().waitFor({ timeout: 60_000 });

      const total = Number(await rows.first().getAttribute("aria-setsize"));
      expect(total).toBeGreaterThanOrEqual(app.occurrences);
      expect(await rows.count()).toBeLessThan(total / 3);

      const oldestKey = app.occurrenceKeys[0] ?? "";
      const oldestDate = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeZone }).format(new Date(oldestKey));
      expect(await list.getByText(oldestDate, { exact: true }).count()).toBe(0);

      await page.getByRole("region", { name }).focus();
      await page.keyboard.press("End");
      const oldest = list.locator(`:scope > [role=listitem][aria-posinset="${String(total)}"]`);
      const header = oldest.getByRole("button").first();
      await expect.poll(() => header.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await header.innerText()).toContain(oldestDate);

      await page.keyboard.press("Enter");
      await expect.poll(() => header.getAttribute("aria-expanded")).toBe("true");
      await oldest.getByRole("heading", { name: agenda, exact: true }).waitFor();
      await oldest.getByRole("heading", { name: attendance, exact: true }).waitFor();
      expect(await rows.count()).toBeLessThan(total / 3);
      expect(await listHorizontalOverflow(page)).toEqual([]);
      const findings = await listAccessibilityViolations(page);
      expect(findings, `${lang} ${theme}`).toEqual([]);

      await page.keyboard.press("ArrowUp");
      const previous = list
        .locator(`:scope > [role=listitem][aria-posinset="${String(total - 1)}"]`)
        .getByRole("button")
        .first();
      await expect.poll(() => previous.evaluate((el) => el === document.activeElement)).toBe(true);

      await page.keyboard.press("Home");
      const newest = list.locator(':scope > [role=listitem][aria-posinset="1"]').getByRole("button").first();
      await expect.poll(() => newest.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.context().close();
    },
  );
});
