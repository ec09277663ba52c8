// Recording and publishing 周例会's minutes, three personas on one emulator: the note-taker marks
// attendance, records two decisions and five action items for three owners and publishes; Planner
// then holds exactly five tasks in the occurrence's bucket, the chat a valid minutes card and the
// library the .docx; an attendee confirms and the host sees it.
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { startAppInBrowser } from "../support/app-in-browser";
import { validateAdaptiveCard } from "../support/card-schema";
import { findChatByTopic, getTenant, listRequests, readPostedMessage, resetEmulator } from "../support/emulator-admin";
import { connectAs, planId, seedWeeklySeries } from "../support/seed-series";
import { addActionItem } from "../support/meeting-steps";

const gm = "wang.jianguo@yunzhan.example";
const noteTaker = "sun.li@yunzhan.example";

const app = startAppInBrowser();

async function openAs(upn: string, frame: string, seriesId: string, width: number): Promise<Page> {
  const context = await app.browser.newContext({
    viewport: { width, height: 1200 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => {
    console.log("pageerror", e.message.slice(0, 300));
  });
  await page.goto(
    `${app.server.url}/?${new URLSearchParams({ as: upn, frame, chat: seriesId, lang: "zh-CN", view: "minutes" }).toString()}`,
  );
  return page;
}

describe("minutes", () => {
  it("are recorded, published once to Planner, the chat and the library, and confirmed", async () => {
    await resetEmulator(app.server.url);
    const chat = findChatByTopic(await getTenant(app.server.url), "周例会");
    const { series } = await seedWeeklySeries(app.server.url, chat.id, gm, noteTaker);
    const occurrence = series.occurrences.find((o) => o.status !== "cancelled" && o.end.getTime() > Date.now());
    if (!occurrence) throw new Error("周例会 has an upcoming occurrence");

    // 陈晓东 asks for leave from his personal tab, ahead of the cut-off.
    const absentee = await openAs("chen.xiaodong@yunzhan.example", "personal", chat.id, 1000);
    await absentee.getByRole("button", { name: "请假" }).first().click();
    await absentee.getByRole("textbox", { name: "请假事由" }).fill("外出参加供应商大会");
    await absentee.getByRole("button", { name: "提交请假" }).click();
    await absentee.getByText(/已于 .* 提交请假/).waitFor();
    await absentee.context().close();

    const page = await openAs(noteTaker, "content", chat.id, 1200);
    await page.getByRole("region", { name: "出席情况" }).waitFor();
    await expect.poll(() => page.getByRole("combobox", { name: "陈晓东 的出席状态" }).inputValue()).toBe("leave");
    for (const [name, status] of [
      ["王建国", "present"],
      ["李娜", "present"],
      ["张敏", "late"],
      ["刘洋", "absent"],
      ["赵磊", "present"],
      ["孙丽", "present"],
    ] as const) {
      await page.getByRole("combobox", { name: `${name} 的出席状态` }).selectOption(status);
    }
    await page.getByRole("spinbutton", { name: "张敏 迟到分钟数" }).fill("5");

    const news = page.getByRole("region", { name: "公司近期发展动态" });
    await news.getByRole("button", { name: "添加决议" }).click();
    await news.getByRole("textbox", { name: "决议一" }).fill("双十二大促提前一周完成备货");
    const plans = page.getByRole("region", { name: "领导对本周工作安排" });
    await plans.getByRole("button", { name: "添加决议" }).click();
    await plans.getByRole("textbox", { name: "决议一" }).fill("客服响应时间压缩到 30 秒内");
    const due = new Date(occurrence.start.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
    const actions = [
      { section: news, what: "补齐爆款库存", owner: "李娜" },
      { section: news, what: "仓库加开夜班", owner: "赵磊" },
      { section: news, what: "大促详情页改版", owner: "李娜" },
      { section: plans, what: "客服话术更新", owner: "张敏" },
      { section: plans, what: "客服排班调整", owner: "张敏" },
    ];
    for (const [i, action] of actions.entries()) {
      await addActionItem(page, action.section, i + 1, {
        what: action.what,
        owner: action.owner,
        due,
        standard: `${action.what}：完成后在群里回报结果`,
      });
    }
    await page.getByRole("button", { name: "发布纪要" }).click();
    await page.getByText("纪要已发布（第 1 版）").waitFor({ timeout: 60_000 });

    const state = (await (await fetch(`${app.server.url}/graph/_admin/state`)).json()) as {
      users: { id: string; userPrincipalName: string }[];
      planner: {
        buckets: Record<string, { id: string; name: string; planId: string }>;
        tasks: Record<string, { bucketId: string; title: string; assignments: Record<string, unknown> }>;
      };
    };
    const bucket = Object.values(state.planner.buckets).find((b) => b.planId === planId && b.name.endsWith("周例会"));
    const tasks = Object.values(state.planner.tasks).filter((t) => t.bucketId === bucket?.id);
    expect(tasks.map((t) => t.title).sort()).toEqual(actions.map((a) => a.what).sort());
    const idOf = (upn: string) => state.users.find((u) => u.userPrincipalName === upn)?.id ?? "";
    expect(Object.keys(tasks.find((t) => t.title === "客服话术更新")?.assignments ?? {})).toEqual([
      idOf("zhang.min@yunzhan.example"),
    ]);

    const client = connectAs(app.server.url, noteTaker);
    const details = await client.get<{ description: string }>(
      `/planner/tasks/${Object.keys(state.planner.tasks).find((id) => state.planner.tasks[id]?.title === "仓库加开夜班") ?? ""}/details`,
      { operation: "getPlannerTaskDetails" },
    );
    expect(details.body.description).toContain("仓库加开夜班：完成后在群里回报结果");
    expect(details.body.description).toContain("双十二大促提前一周完成备货");

    const log = await listRequests(app.server.url);
    expect(log.filter((r) => r.status === 400)).toEqual([]);
    const cards = log.filter((r) => r.method === "POST" && r.url.endsWith("/messages"));
    expect(cards).toHaveLength(1);
    const message = readPostedMessage(cards[0]);
    expect(validateAdaptiveCard(JSON.parse(message.attachments[0]?.content ?? "{}"))).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(message), "utf8")).toBeLessThan(28 * 1024);
    expect(message.mentions).toHaveLength(2);
    const upload = log.find((r) => r.method === "PUT" && r.url.includes(":/content"));
    const file = await client.get<ArrayBuffer>(upload?.url ?? "", { operation: "uploadFile" });
    const xml = (await (await JSZip.loadAsync(file.body)).file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain("会议记录");
    expect(xml).toContain("客服排班调整");

    const attendee = await openAs("li.na@yunzhan.example", "sidePanel", chat.id, 320);
    await attendee.getByRole("button", { name: "确认第 1 版纪要" }).click();
    await attendee.getByText("你已确认第 1 版纪要").waitFor();

    const host = await openAs(gm, "content", chat.id, 1200);
    await host.getByText(/已确认 1 \/ \d+/).waitFor();
    await attendee.context().close();
    await host.context().close();
    await page.context().close();
  });
});
