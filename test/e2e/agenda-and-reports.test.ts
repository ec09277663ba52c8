// Preparing 周例会 end to end, two personas in two browser contexts on one emulator: the organizer
// configures the series and posts the agenda card; the head of operations fills the report in the
// side panel, reloads mid-way, submits through a dropped connection; the organizer sees it.
import { describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { startAppInBrowser } from "../support/app-in-browser";
import { validateAdaptiveCard } from "../support/card-schema";
import { readStoredDrafts } from "../support/stored-drafts";
import { listHorizontalOverflow } from "../support/layout";
import { itemName } from "../support/item-names";
import { configureWeeklySeries } from "../support/meeting-steps";
import {
  findChatByTopic,
  getTenant,
  listRequests,
  readPostedMessage,
  resetEmulator,
  setFaults,
} from "../support/emulator-admin";

const gm = "wang.jianguo@yunzhan.example";
const ops = "li.na@yunzhan.example";
const hostileText = "退货率上升 <script>alert(1)</script> **加粗** [链接](javascript:alert(1)) 😀";

const app = startAppInBrowser();

async function openAs(
  upn: string,
  frame: string,
  seriesId: string,
  width: number,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await app.browser.newContext({
    viewport: { width, height: 1000 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  const page = await context.newPage();
  await page.goto(
    `${app.server.url}/?${new URLSearchParams({ as: upn, frame, chat: seriesId, lang: "zh-CN" }).toString()}`,
  );
  return { context, page };
}

/** The minutes of the item titled `title` in stored agenda drafts (an edit is stored as { basedOn, value: agenda }). */
function findStoredMinutes(drafts: unknown[], title: string): number | undefined {
  type AgendaEdits = { value?: { items?: { title?: { zh?: string }; minutes?: number }[] } } | null;
  for (const draft of drafts as AgendaEdits[]) {
    const item = draft?.value?.items?.find((candidate) => candidate.title?.zh === title);
    if (item) return item.minutes;
  }
  return undefined;
}

describe("preparing the weekly meeting", () => {
  it("configures, posts the agenda card, and collects a report that survives a reload and a dropped connection", async () => {
    await resetEmulator(app.server.url);
    const tenant = await getTenant(app.server.url);
    const chat = findChatByTopic(tenant, "周例会");

    const organizer = await openAs(gm, "settings", chat.id, 1100);
    // Typed markup must never run: any alert() would open a dialog.
    const dialogs: string[] = [];
    organizer.page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await configureWeeklySeries(organizer.page);

    await organizer.page.goto(
      `${app.server.url}/?${new URLSearchParams({ as: gm, frame: "content", chat: chat.id, lang: "zh-CN" }).toString()}`,
    );
    // An unsaved edit to the agenda survives a reload (it lives in the local drafts store).
    await organizer.page.getByRole("spinbutton", { name: "「公司近期发展动态」时长（分钟）" }).fill("25");
    await organizer.page.keyboard.press("Tab");
    await organizer.page.getByText("有未保存的修改").waitFor();
    // The draft is written a moment after the edit (a trailing write): reload once it is stored.
    await expect
      .poll(async () => findStoredMinutes(await readStoredDrafts(organizer.page, "agenda"), "公司近期发展动态"))
      .toBe(25);
    await organizer.page.reload();
    await expect
      .poll(() => organizer.page.getByRole("spinbutton", { name: "「公司近期发展动态」时长（分钟）" }).inputValue())
      .toBe("25");
    // An agenda longer than the meeting is not sent: the time box is the rule.
    const leadership = organizer.page.getByRole("spinbutton", { name: "「公司近期发展动态」时长（分钟）" });
    await leadership.fill("300");
    await organizer.page.keyboard.press("Tab");
    await organizer.page.getByText("议程超时，请先压缩时长再发布到会议聊天。").waitFor();
    expect(await organizer.page.getByRole("button", { name: "发布到会议聊天" }).isDisabled()).toBe(true);
    await leadership.fill("25");
    await organizer.page.keyboard.press("Tab");
    await organizer.page.getByRole("button", { name: "发布到会议聊天" }).click();
    await organizer.page.getByText(/发布第 1 版/).waitFor();
    // This revision's card is in the chat: posting it again would only find the same card.
    expect(await organizer.page.getByRole("button", { name: "发布更新后的议程" }).isDisabled()).toBe(true);

    // The narrowest side panel Teams shows: every field stays in view and can be clicked.
    const speaker = await openAs(ops, "sidePanel", chat.id, 280);
    const form = speaker.page;
    const problems = [
      { problem: hostileText, solution: "复盘退货原因，优化详情页尺码表" },
      { problem: "大促期间客服响应慢", solution: "增加临时客服两名" },
    ];
    for (const [row, { problem, solution }] of problems.entries()) {
      await form.getByRole("button", { name: "添加问题" }).click();
      const fields = form.getByRole("group", { name: itemName("问题", row + 1), exact: true });
      await fields.getByRole("textbox", { name: "问题" }).fill(problem);
      await fields.getByRole("textbox", { name: "解决方案" }).fill(solution);
    }
    const kpis = [
      ["销售额", "万元", "120", "132.5", "98"],
      ["转化率", "%", "3.2", "2.9", "3.5"],
    ];
    for (const [row, values] of kpis.entries()) {
      await form.getByRole("button", { name: "添加指标" }).click();
      const kpi = itemName("指标", row + 1);
      for (const [column, value] of [
        ["名称", values[0]],
        ["单位", values[1]],
        ["目标", values[2]],
        ["实际完成", values[3]],
        ["去年同期", values[4]],
      ] as const) {
        const cell = form.getByRole("textbox", { name: `${kpi}的${column}` });
        await cell.click();
        await cell.fill(value ?? "");
      }
    }
    await expect.poll(() => form.getByText("110.4%").count()).toBeGreaterThan(0);
    expect(await listHorizontalOverflow(form)).toEqual([]);

    // The draft's trailing write lands a moment after the last keystroke: reload once it is stored.
    await expect
      .poll(() => readStoredDrafts(form, "report"))
      .toContainEqual(
        expect.objectContaining({
          problems,
          kpis: kpis.map(([metric, unit, target, actual, lastYear]) => ({ metric, unit, target, actual, lastYear })),
        }),
      );
    await form.reload();
    const firstProblem = form.getByRole("group", { name: "问题一" }).getByRole("textbox", { name: "问题" });
    await firstProblem.waitFor();
    expect(await firstProblem.inputValue()).toBe(hostileText);
    expect(await form.getByRole("textbox", { name: "指标二的实际完成" }).inputValue()).toBe("2.9");

    await form.getByRole("button", { name: "添加指标" }).click();
    for (const [name, value] of [
      ["指标三的名称", "客单价"],
      ["指标三的单位", "元"],
      ["指标三的目标", "180"],
      ["指标三的实际完成", "176"],
      ["指标三的去年同期", "0"],
    ] as const) {
      await form.getByRole("textbox", { name }).fill(value);
    }
    await setFaults(app.server.url, {
      rules: [{ method: "POST", path: "/sites/*/lists/*/items", drop: "after", count: 1 }],
    });
    await form.getByRole("button", { name: "提交汇报" }).click();
    await form.getByText(/已(提交|更新) · /).waitFor({ timeout: 30_000 });

    const state = (await (await fetch(`${app.server.url}/graph/_admin/state`)).json()) as {
      sites: Record<
        string,
        { lists: Record<string, { displayName: string; items: Record<string, { fields: Record<string, unknown> }> }> }
      >;
    };
    const reportItems = Object.values(state.sites)
      .flatMap((site) => Object.values(site.lists))
      .filter((l) => l.displayName === "Meetloop Reports")
      .flatMap((l) => Object.values(l.items));
    expect(reportItems).toHaveLength(1);
    expect(String(reportItems[0]?.fields.Payload)).toContain("复盘退货原因");

    await organizer.page.getByRole("tab", { name: "汇报进度" }).click();
    await organizer.page.getByText("已提交 1/5").waitFor({ timeout: 90_000 });
    await organizer.page.getByRole("button", { name: "查看汇报" }).click();
    await organizer.page.getByText(hostileText).first().waitFor();
    expect(dialogs).toEqual([]);

    const cardPosts = (await listRequests(app.server.url)).filter(
      (r) => r.method === "POST" && /\/chats\/.+\/messages$/.test(r.url),
    );
    expect(cardPosts).toHaveLength(1);
    const body = readPostedMessage(cardPosts[0]);
    const content = body.attachments[0]?.content ?? "";
    expect(Buffer.byteLength(JSON.stringify(body), "utf8")).toBeLessThan(28 * 1024);
    expect(validateAdaptiveCard(JSON.parse(content))).toEqual([]);
    expect(content).toContain("各部门负责人汇报");

    await organizer.context.close();
    await speaker.context.close();
  });
});
