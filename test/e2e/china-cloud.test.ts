// The whole cycle of 周例会 in Microsoft 365 operated by 21Vianet (VITE_CLOUD=china: the app and the
// emulator answer as that cloud, docs/emulator.md), in Chinese: the organizer configures the series
// — no Planner there, so no plan, and the page says so — and posts the agenda; a speaker reports;
// the note-taker records and publishes the minutes (card, Word document and record, no tasks, said
// so); at the next meeting the host reviews the action item. Not one request goes to Planner.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { resolveSeries } from "@/features/series/api/resolve-series";
import { startAppInBrowser } from "../support/app-in-browser";
import { clearRequests, findChatByTopic, getTenant, listRequests, resetEmulator } from "../support/emulator-admin";
import { itemName } from "../support/item-names";
import { addActionItem, configureWeeklySeries } from "../support/meeting-steps";
import { gm, noteTaker, openReview } from "../support/review-flow";
import { connectAs } from "../support/seed-series";

const ops = "li.na@yunzhan.example";
const unavailable = "该功能在由世纪互联运营的 Microsoft 365 中不可用";

const app = startAppInBrowser({ cloud: "china" });

async function openAs(upn: string, frame: string, seriesId: string, view?: string): Promise<Page> {
  const context = await app.browser.newContext({
    viewport: { width: 1200, height: 1200 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  const page = await context.newPage();
  const query = { as: upn, frame, chat: seriesId, lang: "zh-CN", ...(view === undefined ? {} : { view }) };
  await page.goto(`${app.server.url}/?${new URLSearchParams(query).toString()}`);
  return page;
}

describe("Meetloop in Microsoft 365 operated by 21Vianet", () => {
  it("runs the whole meeting cycle without Planner, saying what is unavailable and what still works", async () => {
    await resetEmulator(app.server.url);
    const chat = findChatByTopic(await getTenant(app.server.url), "周例会");
    // The emulator answers Planner as 21Vianet does.
    const planner = await fetch(`${app.server.url}/graph/v1.0/me/planner/tasks`, {
      headers: { authorization: `Bearer emu:${gm}` },
    });
    expect(planner.status).toBe(400);
    expect(await planner.json()).toMatchObject({
      error: { code: "BadRequest", message: "Resource not found for the segment 'planner'." },
    });
    await clearRequests(app.server.url);

    // Configure: the workspace group is chosen, the plan picker is replaced by the notice.
    const organizer = await openAs(gm, "settings", chat.id);
    await organizer.getByRole("heading", { name: "配置例会" }).waitFor();
    await organizer.getByRole("combobox", { name: "Microsoft 365 群组" }).click();
    await organizer.getByRole("option", { name: /云栈管理层/ }).click();
    await organizer.getByRole("status").filter({ hasText: unavailable }).waitFor();
    await organizer.reload();
    await configureWeeklySeries(organizer);

    // Agenda: posted to the meeting chat as anywhere.
    await organizer.goto(
      `${app.server.url}/?${new URLSearchParams({ as: gm, frame: "content", chat: chat.id, lang: "zh-CN" }).toString()}`,
    );
    await organizer.getByRole("button", { name: "发布到会议聊天" }).click();
    await organizer.getByText(/发布第 1 版/).waitFor();

    // Report: the head of operations fills hers in the side panel.
    const speaker = await openAs(ops, "sidePanel", chat.id);
    await speaker.getByRole("button", { name: "添加问题" }).click();
    const problem = speaker.getByRole("group", { name: itemName("问题", 1), exact: true });
    await problem.getByRole("textbox", { name: "问题" }).fill("大促期间客服响应慢");
    await problem.getByRole("textbox", { name: "解决方案" }).fill("增加临时客服两名");
    await speaker.getByRole("button", { name: "提交汇报" }).click();
    await speaker.getByText(/已(提交|更新) · /).waitFor({ timeout: 30_000 });
    await speaker.context().close();

    // Minutes: one decision and one action item, published without a task.
    const series = await resolveSeries(connectAs(app.server.url, gm), chat.id, new Date());
    const [, second] = series.occurrences.filter((o) => o.status !== "cancelled" && o.end.getTime() > Date.now());
    if (second === undefined) throw new Error("周例会 has two upcoming occurrences");
    const minutes = await openAs(noteTaker, "content", chat.id, "minutes");
    const news = minutes.getByRole("region", { name: "公司近期发展动态" });
    await news.getByRole("button", { name: "添加决议" }).click();
    await news.getByRole("textbox", { name: "决议一" }).fill("双十二大促提前一周完成备货");
    await addActionItem(minutes, news, 1, {
      what: "补齐爆款库存",
      owner: "李娜",
      due: new Date(second.start.getTime() - 86_400_000).toISOString().slice(0, 10),
      standard: "补齐爆款库存：完成后在群里回报结果",
    });
    await minutes.getByRole("button", { name: "发布纪要" }).click();
    await minutes.getByText("纪要已发布（第 1 版）").waitFor({ timeout: 60_000 });
    await minutes.getByRole("status").filter({ hasText: unavailable }).waitFor();
    await minutes.context().close();

    const log = await listRequests(app.server.url);
    expect(log.filter((r) => /\/planner\//i.test(r.url))).toEqual([]);
    expect(log.filter((r) => r.method === "POST" && /\/chats\/.+\/messages$/.test(r.url))).toHaveLength(2);
    expect(log.some((r) => r.method === "PUT" && r.url.includes(":/content"))).toBe(true);

    // Review at the next meeting: the action item, from the minutes alone, accepted by the host.
    const review = await openReview(app, chat.id, second.key);
    await review.getByRole("status").filter({ hasText: unavailable }).waitFor();
    const items = review.getByRole("list", { name: "待验收的行动项" }).getByRole("listitem");
    await expect.poll(() => items.count()).toBe(1);
    expect(await items.first().innerText()).toContain("补齐爆款库存");
    // No task status to wait for: the host accepts directly, not "anyway".
    await review.getByRole("button", { name: "验收通过：补齐爆款库存", exact: true }).click();
    await review.getByText(/^已验收通过 · /).waitFor();
    await review.context().close();
    await organizer.context().close();
  });
});
