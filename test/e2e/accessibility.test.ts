// Every surface of the demo app, in light, dark and high-contrast themes, checked by axe-core:
// no critical, serious or moderate violation (test/support/axe.ts says what is left out and why).
// Every view of the side panel and the meeting tab is checked in the light theme, for the organizer, the
// note-taker and a speaker; the other two themes see each surface's first view.
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { startAppInBrowser } from "../support/app-in-browser";
import { listAccessibilityViolations } from "../support/axe";
import { findChatByTopic, getTenant, resetEmulator } from "../support/emulator-admin";
import { seedWeeklySeries } from "../support/seed-series";

const gm = "wang.jianguo@yunzhan.example";
const noteTaker = "sun.li@yunzhan.example";
const speaker = "li.na@yunzhan.example";

const app = startAppInBrowser();

const loading = /正在加载|正在读取|Loading/;

type Theme = "light" | "dark" | "contrast";

async function open(params: Record<string, string>, width: number): Promise<Page> {
  const lang = params.lang ?? "zh-CN";
  const context = await app.browser.newContext({ viewport: { width, height: 900 }, locale: lang });
  const page = await context.newPage();
  await page.goto(`${app.server.url}/?${new URLSearchParams({ lang, ...params }).toString()}`);
  await page.getByRole("main").waitFor();
  await expect.poll(() => page.getByText(loading).count(), { timeout: 30_000 }).toBe(0);
  return page;
}

async function expectNoViolations(page: Page, where: string): Promise<void> {
  expect(await listAccessibilityViolations(page), where).toEqual([]);
}

/** Opens each view of the side panel, from its tab or the "more" menu, and checks it. */
async function checkEveryView(page: Page, where: string): Promise<string[]> {
  await page.getByRole("tablist").waitFor();
  const tabs = (await page.getByRole("tab").allInnerTexts()).filter((name) => name.trim() !== "");
  const more = page.getByRole("button", { name: /更多|More/ });
  let hidden: string[] = [];
  if ((await more.count()) > 0) {
    await more.click();
    hidden = await page.getByRole("menuitem").allInnerTexts();
    await expectNoViolations(page, `${where} — more menu`);
    await page.keyboard.press("Escape");
  }
  const views = [...tabs, ...hidden];
  for (const name of views) {
    const tab = page.getByRole("tab", { name, exact: true });
    if (await tab.isVisible()) await tab.click();
    else {
      await more.click();
      await page.getByRole("menuitem", { name, exact: true }).click();
    }
    await page.getByRole("tab", { name, exact: true, selected: true }).waitFor();
    await expect.poll(() => page.getByText(loading).count(), { timeout: 30_000 }).toBe(0);
    await expectNoViolations(page, `${where} — ${name}`);
  }
  return views;
}

describe("accessibility of every surface", () => {
  let chatId = "";
  beforeAll(async () => {
    await resetEmulator(app.server.url);
    chatId = findChatByTopic(await getTenant(app.server.url), "周例会").id;
    await seedWeeklySeries(app.server.url, chatId, gm, noteTaker);
  });

  it.each([
    ["the organizer", "sidePanel", gm, 320],
    ["the note-taker", "sidePanel", noteTaker, 320],
    ["a speaker", "sidePanel", speaker, 320],
    ["the organizer", "content", gm, 1024],
  ] as const)(
    "has no critical, serious or moderate axe violation in any view %s opens in the %s",
    async (_who, frame, upn, width) => {
      const page = await open({ as: upn, frame, chat: chatId, theme: "light" }, width);
      const views = await checkEveryView(page, `${upn} ${frame}, light`);
      expect(views.length).toBeGreaterThan(2);
      await page.context().close();
    },
  );

  it("has no axe violation once a speaker's report and the minutes hold repeated items", async () => {
    const report = await open({ as: speaker, frame: "sidePanel", chat: chatId, theme: "light" }, 320);
    await report.getByRole("tab", { name: "我的汇报", exact: true }).click();
    await report.getByRole("button", { name: "提交汇报" }).first().waitFor();
    const addButtons = report.getByRole("button", { name: /^添加/ });
    const adds = await addButtons.count();
    expect(adds).toBeGreaterThan(1);
    // Two of each: the names of the second row must not clash with the first's.
    for (let i = 0; i < adds; i += 1) {
      await addButtons.nth(i).click();
      await addButtons.nth(i).click();
    }
    await report.getByRole("group", { name: "问题二", exact: true }).waitFor();
    await expectNoViolations(report, `${speaker} report with two of every row`);
    await report.context().close();

    const minutes = await open({ as: noteTaker, frame: "content", chat: chatId, theme: "light" }, 1024);
    await minutes.getByRole("tab", { name: "会议纪要", exact: true }).click();
    const item = minutes.getByRole("region", { name: "公司近期发展动态" });
    for (const name of ["添加决议", "添加决议", "添加行动项", "添加行动项"])
      await item.getByRole("button", { name, exact: true }).click();
    await item.getByRole("textbox", { name: "决议二", exact: true }).waitFor();
    await item
      .getByRole("group", { name: "行动项二", exact: true })
      .getByRole("button", { name: "展开责任人列表" })
      .waitFor();
    await expectNoViolations(minutes, `${noteTaker} minutes with two decisions and two action items`);
    // Fluent names some of its own buttons in English ("Open 责任人", "clear"); none is left so in zh-CN.
    const english = minutes.getByRole("button", { name: /^(open|close|clear)\b/i });
    expect(await english.count()).toBe(0);
    await minutes.getByRole("tab", { name: "历史", exact: true }).click();
    await minutes.getByRole("searchbox", { name: "搜索决议和行动项" }).fill("备货");
    await minutes.getByRole("button", { name: "清除搜索内容" }).waitFor();
    expect(await english.count()).toBe(0);
    await minutes.context().close();
  });

  it.each(["light", "dark", "contrast"] satisfies Theme[])(
    "has no critical, serious or moderate axe violation on any surface in the %s theme",
    async (theme) => {
      const surfaces: [string, Record<string, string>, number][] = [
        ["start page", {}, 1024],
        ["side panel", { as: gm, frame: "sidePanel", chat: chatId }, 320],
        ["meeting tab", { as: noteTaker, frame: "content", chat: chatId, lang: "en-US" }, 1024],
        ["settings", { as: gm, frame: "settings", chat: chatId }, 1024],
        ["my meetings", { as: noteTaker, frame: "personal", lang: "en-US" }, 1024],
      ];
      for (const [name, params, width] of surfaces) {
        const page = await open({ ...params, theme }, width);
        if (params.frame === "sidePanel" || params.frame === "content") await page.getByRole("tablist").waitFor();
        else await page.getByRole("heading").first().waitFor();
        await expectNoViolations(page, `${name}, ${theme}`);
        await page.context().close();
      }
    },
  );
});
