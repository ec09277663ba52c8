// Decisions and their action items, end to end on 周例会: the note-taker links each action item to the
// decision it carries out (a blocked publish first brings the missing field into view); an attendee
// reads the published decisions and action items in the side panel and confirms the version read;
// the decision register lists each decision with its action items and meeting health counts every
// decision complete.
import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { startAppInBrowser } from "../support/app-in-browser";
import { findChatByTopic, getTenant, resetEmulator } from "../support/emulator-admin";
import { seedWeeklySeries } from "../support/seed-series";
import { getActionItem } from "../support/item-names";

const gm = "wang.jianguo@yunzhan.example";
const noteTaker = "sun.li@yunzhan.example";

const app = startAppInBrowser();

async function openAs(upn: string, frame: string, seriesId: string, width: number, view: string): Promise<Page> {
  const context = await app.browser.newContext({
    viewport: { width, height: 1000 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => {
    console.log("pageerror", e.message.slice(0, 300));
  });
  await page.goto(
    `${app.server.url}/?${new URLSearchParams({ as: upn, frame, chat: seriesId, lang: "zh-CN", view }).toString()}`,
  );
  return page;
}

function overlaps(a: { x: number; y: number; width: number; height: number } | null, b: typeof a): boolean {
  if (!a || !b) return false;
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function fillAction(
  page: Page,
  fields: Locator,
  action: { what: string; owner: string; due: string; decision: string },
): Promise<void> {
  await fields.getByRole("combobox", { name: "所属决议" }).selectOption({ label: action.decision });
  await fields.getByRole("textbox", { name: "行动内容" }).fill(action.what);
  await fields.getByRole("combobox", { name: "责任人" }).click();
  await page.getByRole("option", { name: action.owner, exact: true }).click();
  await fields.getByLabel("完成时间").fill(action.due);
  await fields.getByRole("textbox", { name: "验收标准" }).fill(`${action.what}：完成后在群里回报`);
}

describe("decisions and their action items", () => {
  it("are linked by the note-taker, read and confirmed by an attendee, and counted in the register and health", async () => {
    await resetEmulator(app.server.url);
    const chat = findChatByTopic(await getTenant(app.server.url), "周例会");
    const { series } = await seedWeeklySeries(app.server.url, chat.id, gm, noteTaker);
    const occurrence = series.occurrences.find((o) => o.status !== "cancelled" && o.end.getTime() > Date.now());
    if (!occurrence) throw new Error("周例会 has an upcoming occurrence");
    const due = new Date(occurrence.start.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);

    const page = await openAs(noteTaker, "content", chat.id, 1280, "minutes");
    const news = page.getByRole("region", { name: "公司近期发展动态" });
    await news.getByRole("button", { name: "添加决议" }).click();
    await news.getByRole("textbox", { name: "决议一" }).fill("双十二大促提前一周完成备货");
    await news.getByRole("button", { name: "添加决议" }).click();
    await news.getByRole("textbox", { name: "决议二" }).fill("客服响应时间压缩到 30 秒内");

    await news.getByRole("button", { name: "添加行动项" }).click();
    const first = getActionItem(page, 1);
    // At 1280 px the date field sits beside the pickers, not over them.
    const date = await first.getByLabel("完成时间").boundingBox();
    expect(overlaps(date, await first.getByRole("combobox", { name: "责任人" }).boundingBox())).toBe(false);
    expect(overlaps(date, await first.getByRole("combobox", { name: "监督人" }).boundingBox())).toBe(false);
    // A publish with the action still empty is blocked and lands on its first missing field.
    await page.getByRole("button", { name: "发布纪要" }).click();
    await expect
      .poll(() => first.getByRole("textbox", { name: "行动内容" }).evaluate((el) => el === document.activeElement))
      .toBe(true);

    const decision1 = "决议一：双十二大促提前一周完成备货";
    const decision2 = "决议二：客服响应时间压缩到 30 秒内";
    const actions = [
      { what: "补齐爆款库存", owner: "李娜", due, decision: decision1 },
      { what: "仓库加开夜班", owner: "赵磊", due, decision: decision1 },
      { what: "客服话术更新", owner: "张敏", due, decision: decision2 },
    ];
    for (const [i, action] of actions.entries()) {
      if (i > 0) await news.getByRole("button", { name: "添加行动项" }).click();
      await fillAction(page, getActionItem(page, i + 1), action);
    }
    await page.getByRole("button", { name: "发布纪要" }).click();
    await page.getByText("纪要已发布（第 1 版）").waitFor({ timeout: 60_000 });
    await page.context().close();

    // 李娜 reads the minutes in the 280 px side panel before confirming them.
    const attendee = await openAs("li.na@yunzhan.example", "sidePanel", chat.id, 280, "minutes");
    await attendee.getByRole("heading", { name: "会议纪要（第 1 版）" }).waitFor();
    const decisions = attendee.getByRole("list", { name: "公司近期发展动态 的决议" });
    const stockActions = decisions.getByRole("list", { name: "决议“双十二大促提前一周完成备货”的行动项" });
    expect(await stockActions.getByRole("listitem").allInnerTexts()).toEqual([
      expect.stringMatching(
        /补齐爆款库存[\s\S]*责任人：李娜 · 完成时间：\d+月\d+日（周.）[\s\S]*验收标准：补齐爆款库存/,
      ),
      expect.stringMatching(/仓库加开夜班[\s\S]*责任人：赵磊/),
    ]);
    const serviceActions = decisions.getByRole("list", { name: "决议“客服响应时间压缩到 30 秒内”的行动项" });
    expect(await serviceActions.getByRole("listitem").allInnerTexts()).toEqual([
      expect.stringMatching(/客服话术更新[\s\S]*责任人：张敏/),
    ]);
    const width = await attendee.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(280);
    await attendee.getByRole("button", { name: "确认第 1 版纪要" }).click();
    await attendee.getByText("你已确认第 1 版纪要").waitFor();
    await attendee.context().close();

    const register = await openAs(gm, "content", chat.id, 1280, "history");
    const table = register.getByRole("table", { name: "决议台账" });
    const stockRow = table.getByRole("row").filter({ hasText: "双十二大促提前一周完成备货" });
    await stockRow.waitFor();
    expect(await stockRow.innerText()).toMatch(/补齐爆款库存[\s\S]*仓库加开夜班/);
    expect(await stockRow.innerText()).not.toContain("没有行动项");
    expect(await table.getByRole("row").filter({ hasText: "客服响应时间压缩到 30 秒内" }).innerText()).toContain(
      "客服话术更新",
    );
    await register.context().close();

    const rollups = await openAs(gm, "content", chat.id, 1280, "rollups");
    const health = rollups.getByRole("table", { name: "会议健康度" });
    const row = health.getByRole("row").nth(1);
    await row.waitFor();
    const header = await health.getByRole("columnheader").allInnerTexts();
    const complete = header.findIndex((h) => h.includes("决议三要素齐全"));
    expect(complete).toBeGreaterThan(0);
    expect((await row.getByRole("cell").allInnerTexts())[complete]).toMatch(/^100\s?%$/);
    await rollups.context().close();
  });
});
