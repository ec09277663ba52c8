// Closing the loop over three occurrences of 周例会: action items published at the first; two tasks
// completed and one overdue in Planner; at the second the review shows each with its live status,
// overdue first, and the host rejects the overdue one; at the third it is back, carried twice.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { startAppInBrowser } from "../support/app-in-browser";
import { findChatByTopic, getTenant, resetEmulator } from "../support/emulator-admin";
import { connectAs, seedWeeklySeries } from "../support/seed-series";
import { createRecord } from "@/meeting/api/workspace";
import { minutesRecordSchema } from "@/meeting/model/records/minutes-record";
import { getMinutesKey } from "@/meeting/model/record-keys";
import type { MinutesRecord } from "@/meeting/model/records/minutes-record";
import { publishMinutes } from "@/features/minutes/publish-minutes/publish-minutes";

const gm = "wang.jianguo@yunzhan.example";
const noteTaker = "sun.li@yunzhan.example";

const app = startAppInBrowser();

function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function setTask(upn: string, taskId: string, patch: Record<string, unknown>): Promise<void> {
  const client = connectAs(app.server.url, upn);
  const task = await client.get<{ "@odata.etag": string }>(`/planner/tasks/${taskId}`, { operation: "getPlannerTask" });
  await client.patch(`/planner/tasks/${taskId}`, patch, {
    operation: "updatePlannerTask",
    ifMatch: task.etag ?? task.body["@odata.etag"],
  });
}

async function openReview(seriesId: string, occurrenceKey: string): Promise<Page> {
  const context = await app.browser.newContext({
    viewport: { width: 1100, height: 1200 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => {
    console.log("pageerror", e.message.slice(0, 400));
  });
  await page.goto(
    `${app.server.url}/?${new URLSearchParams({ as: gm, frame: "content", chat: seriesId, lang: "zh-CN", view: "agenda", occurrence: occurrenceKey }).toString()}`,
  );
  await page.getByRole("heading", { name: "上次会议决策执行情况" }).waitFor();
  return page;
}

describe("review of earlier decisions", () => {
  it("shows live Planner status, overdue first, and carries a rejected item to the next meeting", async () => {
    await resetEmulator(app.server.url);
    const chat = findChatByTopic(await getTenant(app.server.url), "周例会");
    const { series, config, workspace } = await seedWeeklySeries(app.server.url, chat.id, gm, noteTaker);
    const held = series.occurrences.filter((o) => o.status !== "cancelled" && o.end.getTime() > Date.now());
    const [first, second, third] = held;
    if (!first || !second || !third) throw new Error("周例会 has three upcoming occurrences");

    const owners = ["li.na", "zhang.min", "zhao.lei"].map((n) => `${n}@yunzhan.example`);
    const minutes: MinutesRecord = {
      schemaVersion: 1,
      occurrenceKey: first.key,
      meetingTitle: "周例会",
      start: first.start.toISOString(),
      end: first.end.toISOString(),
      host: gm,
      noteTaker,
      attendees: owners.map((upn) => ({ upn, name: upn })),
      attendance: Object.fromEntries(owners.map((upn) => [upn, { status: "present" as const }])),
      items: [
        {
          id: "departments-1",
          title: "各部门负责人汇报",
          notes: "",
          decisions: [{ id: "d1", text: "双十二前完成三项准备" }],
        },
      ],
      actions: owners.map((owner, i) => ({
        id: `a${String(i + 1)}`,
        itemId: "departments-1",
        decisionId: "d1",
        what: ["补齐爆款库存", "客服话术更新", "仓库加开夜班"][i] ?? "",
        owner,
        ownerName: owner,
        due: daysFromNow(5),
        standard: "按计划完成并在群里回报",
        supervisor: noteTaker,
        priority: "important" as const,
      })),
      status: "draft",
      version: 1,
      history: [],
      updatedBy: noteTaker,
      updatedAt: new Date().toISOString(),
    };
    const client = connectAs(app.server.url, noteTaker);
    const stored = await createRecord(
      client,
      workspace,
      "minutes",
      { key: getMinutesKey(chat.id, first.key), seriesId: chat.id, occurrenceKey: first.key },
      minutes,
      { schema: minutesRecordSchema },
    );
    const published = await publishMinutes(client, {
      workspace,
      config,
      seriesId: chat.id,
      minutes: stored.value,
      by: noteTaker,
      language: "zh-CN",
      date: first.key.slice(0, 10),
      describeTime: () => ({ dateTime: first.key, time: "13:30–15:00" }),
      displayNames: {},
      timeZone: "Asia/Shanghai",
      links: { fullMinutes: `${app.server.url}/?view=minutes`, confirm: `${app.server.url}/?view=minutes` },
    });
    const links = published.value.published?.planner ?? {};
    await setTask("li.na@yunzhan.example", links.a1?.taskId ?? "", { percentComplete: 100 });
    await setTask("zhang.min@yunzhan.example", links.a2?.taskId ?? "", { percentComplete: 100 });
    await setTask(gm, links.a3?.taskId ?? "", { dueDateTime: new Date(Date.now() - 3 * 86_400_000).toISOString() });

    const page = await openReview(chat.id, second.key);
    const items = page.getByRole("list", { name: "待验收的行动项" }).getByRole("listitem");
    await expect.poll(() => items.count()).toBe(3);
    const texts = await items.allInnerTexts();
    expect(texts[0]).toMatch(/仓库加开夜班[\s\S]*逾期 3 天/);
    expect(texts.slice(1).every((t) => t.includes("已完成"))).toBe(true);
    expect(texts.every((t) => t.includes("第 1 次跟进"))).toBe(true);

    await page.getByRole("button", { name: "验收不通过：仓库加开夜班" }).click();
    await page.getByRole("button", { name: "验收通过：补齐爆款库存" }).click();
    await page.getByRole("button", { name: "验收通过：客服话术更新" }).click();
    await page.getByText(/验收不通过 · .*下次会议继续跟进/).waitFor();
    await page.context().close();

    const next = await openReview(chat.id, third.key);
    const carried = next.getByRole("list", { name: "待验收的行动项" }).getByRole("listitem");
    await expect.poll(() => carried.count()).toBe(1);
    expect(await carried.first().innerText()).toMatch(/仓库加开夜班[\s\S]*逾期 3 天[\s\S]*第 2 次跟进/);
    await next.context().close();
  });
});
