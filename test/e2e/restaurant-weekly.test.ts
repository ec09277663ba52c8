// 餐饮周会 end to end: a series configured with the restaurant template and its rules (a flat 20 元
// lateness fine). The host posts the agenda card, which carries the rules' summary; a store manager
// fills the restaurant sections in the side panel, seeing revenue completion worked out and the
// rule against interrupting beside the form.
import { describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { getTemplateRules } from "@/meeting/model/templates/rules";
import { restaurantWeekly } from "@/meeting/model/templates/presets";
import { startAppInBrowser } from "../support/app-in-browser";
import { validateAdaptiveCard } from "../support/card-schema";
import { findChatByTopic, getTenant, resetEmulator } from "../support/emulator-admin";
import { seedWeeklySeries } from "../support/seed-series";

const gm = "wang.jianguo@yunzhan.example";
const storeManager = "li.na@yunzhan.example";
const noteTaker = "sun.li@yunzhan.example";
const noInterrupting = "不许打断其他人汇报工作";

const app = startAppInBrowser();

async function openAs(
  upn: string,
  frame: string,
  seriesId: string,
  view: string,
  width: number,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await app.browser.newContext({
    viewport: { width, height: 1000 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  const page = await context.newPage();
  const params = new URLSearchParams({ as: upn, frame, chat: seriesId, view, lang: "zh-CN" });
  await page.goto(`${app.server.url}/?${params.toString()}`);
  return { context, page };
}

interface ChatMessageRead {
  attachments?: { contentType?: string; content?: string | null }[];
}

/** The Adaptive Cards in the meeting chat, as Graph lists the chat's messages to an attendee. */
async function listChatCards(seriesId: string, reader: string): Promise<unknown[]> {
  const response = await fetch(`${app.server.url}/graph/v1.0/chats/${encodeURIComponent(seriesId)}/messages`, {
    headers: { authorization: `Bearer emu:${reader}` },
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { value: ChatMessageRead[] };
  return body.value
    .flatMap((message) => message.attachments ?? [])
    .filter((attachment) => attachment.contentType === "application/vnd.microsoft.card.adaptive")
    .map((attachment) => JSON.parse(attachment.content ?? "null") as unknown);
}

describe("the restaurant chain's weekly meeting", () => {
  it("posts the rules on the agenda card and shows them to a speaker filling the restaurant sections", async () => {
    await resetEmulator(app.server.url);
    const chat = findChatByTopic(await getTenant(app.server.url), "周例会");
    await seedWeeklySeries(app.server.url, chat.id, gm, noteTaker, undefined, (config) => {
      const others = (config.speakers.departments ?? []).filter((upn) => upn !== storeManager);
      return {
        ...config,
        template: structuredClone(restaurantWeekly),
        rules: getTemplateRules(restaurantWeekly.id),
        speakers: { departments: [storeManager, ...others].slice(0, restaurantWeekly.sections[1]?.speakers ?? 4) },
        attendance: { ...config.attendance, lateness: { kind: "flat", amount: 20 } },
      };
    });

    const host = await openAs(gm, "content", chat.id, "agenda", 1100);
    const agendaRules = host.page.getByRole("region", { name: "会议要求与纪律" });
    await agendaRules.getByText(noInterrupting, { exact: false }).waitFor();
    await agendaRules.getByText("请准时到会，凡迟到者罚款 20 元。").waitFor();
    await host.page.screenshot({ path: "test-results/restaurant-agenda-zh-CN.png", fullPage: true });
    await host.page.getByRole("button", { name: "发布到会议聊天" }).click();
    await host.page.getByText(/发布第 1 版/).waitFor();

    const cards = await listChatCards(chat.id, noteTaker);
    expect(cards).toHaveLength(1);
    const card = cards[0];
    expect(validateAdaptiveCard(card)).toEqual([]);
    const content = JSON.stringify(card);
    expect(content).toContain("各部门上周工作总结及本周工作计划");
    expect(content).toContain("会议要求与纪律");
    expect(content).toContain(noInterrupting);
    expect(content).toContain("凡迟到者罚款 20 元");
    await host.context.close();

    const speaker = await openAs(storeManager, "sidePanel", chat.id, "report", 320);
    const panel = speaker.page;
    const sideRules = panel.getByRole("region", { name: "会议要求与纪律" });
    await sideRules.getByText(noInterrupting, { exact: false }).waitFor();

    await panel.getByRole("textbox", { name: "店面人事管理情况" }).fill("新招服务员 2 名，离职 1 名；周末排班已补齐。");
    await panel.getByRole("button", { name: "添加营收指标" }).click();
    for (const [name, value] of [
      ["营收指标一的名称", "营业额"],
      ["营收指标一的单位", "万元"],
      ["营收指标一的目标", "50"],
      ["营收指标一的实际完成", "46"],
      ["营收指标一的去年同期", "40"],
    ] as const) {
      await panel.getByRole("textbox", { name }).fill(value);
    }
    const revenue = panel.getByRole("table", { name: "营收情况" });
    await revenue.getByText("92%").waitFor();
    await revenue.getByText("+15%").waitFor();
    await panel.getByRole("textbox", { name: "财务数据分析情况" }).fill("食材成本占比 38%，较上周下降 1 个百分点。");
    await panel.getByRole("textbox", { name: "客诉数量" }).fill("-1");
    await panel.getByText("“客诉数量”须为不小于 0 的整数：-1").waitFor();
    await panel.getByRole("textbox", { name: "客诉数量" }).fill("2");
    await panel.getByRole("textbox", { name: "处理情况" }).fill("上菜慢 2 起，已致歉并赠送甜品，高峰期加派传菜员。");
    await panel.getByRole("button", { name: "添加点评平台" }).click();
    const platform = panel.getByRole("group", { name: "点评平台一" });
    await platform.getByRole("textbox", { name: "平台" }).fill("大众点评");
    await platform.getByRole("textbox", { name: "评分" }).fill("4.7");
    await platform.getByRole("textbox", { name: "新增评价数" }).fill("35");
    await panel.screenshot({ path: "test-results/restaurant-report-zh-CN.png", fullPage: true });
    await panel.getByRole("button", { name: "提交汇报" }).click();
    await panel.getByText(/已提交 · /).waitFor({ timeout: 30_000 });

    const state = (await (await fetch(`${app.server.url}/graph/_admin/state`)).json()) as {
      sites: Record<
        string,
        { lists: Record<string, { displayName: string; items: Record<string, { fields: Record<string, unknown> }> }> }
      >;
    };
    const payloads = Object.values(state.sites)
      .flatMap((site) => Object.values(site.lists))
      .filter((list) => list.displayName === "Meetloop Reports")
      .flatMap((list) => Object.values(list.items))
      .map((item) => JSON.parse(String(item.fields.Payload)) as { fields: Record<string, unknown> });
    expect(payloads).toHaveLength(1);
    expect(payloads[0]?.fields).toMatchObject({
      revenue: [{ metric: "营业额", unit: "万元", target: "50", actual: "46", lastYear: "40" }],
      complaints: { count: "2" },
      onlineReviews: [{ platform: "大众点评", rating: "4.7", newReviews: "35" }],
    });
    await speaker.context.close();
  });
});
