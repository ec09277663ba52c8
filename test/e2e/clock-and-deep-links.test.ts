// A Berlin attendee of a Shanghai weekly meeting (docs/domain.md §10): 欧洲站周会, Mondays 16:30–17:30
// China Standard Time, opened by Jonas Weber with his browser in Europe/Berlin on 15 February 2027.
// Europe moves its clocks on Sunday 28 March 2027, so his own time is 09:30 before and 10:30 after.
// Every screen says 16:30 with the zone named and his time beside it; deep links open exactly the
// meeting they name, fetched when the calendar window (120 days back, 240 ahead) left it out, and a
// link to a meeting that does not exist says so and offers the nearest one.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { startAppInBrowser } from "../support/app-in-browser";
import { findChatByTopic, getTenant, resetEmulator } from "../support/emulator-admin";
import { connectAs, publicGroupId, seedWeeklySeries } from "../support/seed-series";

const app = startAppInBrowser();
const organizer = "li.na@yunzhan.example";
const berliner = "jonas.weber@yunzhan.example";
const topic = "欧洲站周会";
const today = new Date("2027-02-15T00:00:00Z");

/** 16:30 in Shanghai on a date: the occurrence key a card's link carries. */
const keyOn = (date: string) => `${date}T08:30:00.000Z`;

async function loadScenarioWithEuropeMeeting(origin: string): Promise<void> {
  const scenario = JSON.parse(await readFile("emulator/scenarios/ecommerce.zh.json", "utf8")) as {
    meetings: unknown[];
  };
  scenario.meetings.push({
    id: "europe-weekly",
    subject: topic,
    organizer,
    attendees: ["zhou.jie@yunzhan.example", "zhao.lei@yunzhan.example", berliner],
    timeZone: "China Standard Time",
    startTime: "16:30",
    endTime: "17:30",
    recurrence: {
      pattern: { type: "weekly", interval: 1, daysOfWeek: ["monday"], firstDayOfWeek: "monday" },
      range: { type: "noEnd", startDate: "2026-11-02" },
    },
    exceptions: [{ occurrence: { date: "2027-06-21" }, cancelled: true }],
    chatId: "19:meeting_ZXVyb3BlLXdlZWtseS1zaGFuZ2hhaQ@thread.v2",
    body: "欧洲站运营与国内团队对齐上周销售、库存与物流。",
    location: "Microsoft Teams 会议",
  });
  const response = await fetch(`${origin}/graph/_admin/scenario`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(scenario),
  });
  if (!response.ok) throw new Error(`Loading the scenario failed: ${String(response.status)} ${await response.text()}`);
}

async function openAsBerliner(chatId: string, occurrence?: string, view = "agenda", as = berliner) {
  const wide = as !== berliner;
  const context = await app.browser.newContext({
    viewport: { width: wide ? 1100 : 320, height: 1200 },
    locale: "zh-CN",
    timezoneId: "Europe/Berlin",
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(today);
  const frame = wide ? "content" : "sidePanel";
  const params = new URLSearchParams({ as, frame, chat: chatId, lang: "zh-CN", view });
  if (occurrence !== undefined) params.set("occurrence", occurrence);
  await page.goto(`${app.server.url}/?${params.toString()}`, { timeout: 90_000 });
  return { page, context };
}

async function readPicker(page: Page): Promise<string> {
  const picker = page.getByRole("combobox", { name: "会议日期" });
  await picker.waitFor({ timeout: 60_000 });
  return picker.innerText();
}

describe("a Shanghai weekly meeting seen from Berlin, either side of Europe's clock change", () => {
  it("says every time on the meeting's clock, zone named, with the Berlin time beside it", async () => {
    await resetEmulator(app.server.url);
    await loadScenarioWithEuropeMeeting(app.server.url);
    const chat = findChatByTopic(await getTenant(app.server.url), topic);
    const plan = await connectAs(app.server.url, organizer).post<{ id: string; title: string }>(
      "/planner/plans",
      { title: `例会通 · ${topic}`, container: { url: `https://graph.microsoft.com/v1.0/groups/${publicGroupId}` } },
      { operation: "createPlannerPlan" },
    );
    await seedWeeklySeries(
      app.server.url,
      chat.id,
      organizer,
      "zhou.jie@yunzhan.example",
      { groupId: publicGroupId, groupName: "云栈全员", planId: plan.body.id, planTitle: plan.body.title },
      (config) => {
        const [firstSection] = Object.keys(config.speakers);
        return { ...config, speakers: { ...config.speakers, [firstSection ?? "speakers"]: [berliner] } };
      },
    );

    // The rhythm, per period: his time moves an hour at the change, the meeting's does not.
    const overview = await openAsBerliner(chat.id, undefined, "overview");
    const rhythm = overview.page.getByTestId("series-recurrence");
    await expect
      .poll(() => rhythm.innerText(), { timeout: 60_000 })
      .toBe(
        "至 3月28日：每周一 16:30–17:30 中国标准时间（你的时间 09:30–10:30）；" +
          "3月29日起：每周一 16:30–17:30 中国标准时间（你的时间 10:30–11:30）",
      );
    await expect
      .poll(() => overview.page.getByTestId("series-next").innerText())
      .toMatch(/2月15日周一 16:30–17:30 中国标准时间（你的时间 09:30–10:30）/);
    await overview.context.close();

    // The last meeting before the change: picker, agenda line, time boxes and report due time agree.
    const before = await openAsBerliner(chat.id, keyOn("2027-03-22"));
    expect(await readPicker(before.page)).toBe("3月22日周一 16:30–17:30 中国标准时间（你的时间 09:30–10:30）");
    const zoneLine = before.page.getByTestId("agenda-time-zone");
    await zoneLine.waitFor({ timeout: 60_000 });
    expect(await zoneLine.innerText()).toBe(
      "议程中的时间为会议时区（中国标准时间）：3月22日周一 16:30–17:30 中国标准时间（你的时间 09:30–10:30）",
    );
    const firstBox = before.page.locator("li[data-item-id]").first();
    await expect.poll(() => firstBox.innerText()).toMatch(/^16:30\s+你的时间 09:30/);
    await before.page.getByRole("tab", { name: "我的汇报" }).click();
    const due = before.page.getByText(/^请在 .+ 前提交$/);
    await due.waitFor({ timeout: 60_000 });
    expect(await due.innerText()).toMatch(/^请在 3月\d+日 18:00 中国标准时间（你的时间 11:00） 前提交$/);
    await before.page.screenshot({ path: "test-results/clock-berlin-before-change.png", fullPage: true });
    await before.context.close();

    // The first meeting after it: the same 16:30, his own time an hour later.
    const after = await openAsBerliner(chat.id, keyOn("2027-03-29"));
    expect(await readPicker(after.page)).toBe("3月29日周一 16:30–17:30 中国标准时间（你的时间 10:30–11:30）");
    const afterBox = after.page.locator("li[data-item-id]").first();
    await expect.poll(() => afterBox.innerText(), { timeout: 60_000 }).toMatch(/^16:30\s+你的时间 10:30/);
    await after.page.getByRole("tab", { name: "我的汇报" }).click();
    const afterDue = after.page.getByText(/^请在 .+ 前提交$/);
    await afterDue.waitFor({ timeout: 60_000 });
    // Due the Friday before, 26 March, while Berlin is still on winter time.
    expect(await afterDue.innerText()).toBe("请在 3月26日 18:00 中国标准时间（你的时间 11:00） 前提交");
    await after.context.close();
  });

  it("names the meeting's zone on the agenda card, which every attendee reads", async () => {
    const chat = findChatByTopic(await getTenant(app.server.url), topic);
    // The organizer, travelling in Berlin, previews the card the chat will show.
    const host = await openAsBerliner(chat.id, keyOn("2027-03-29"), "agenda", organizer);
    await host.page.getByRole("button", { name: "卡片预览" }).click({ timeout: 60_000 });
    await host.page.getByText("3月29日（周一）16:30–17:30 中国标准时间").waitFor({ timeout: 60_000 });
    await host.context.close();
  });

  it("opens the meeting a link names four months ahead, and one beyond the calendar window", async () => {
    const chat = findChatByTopic(await getTenant(app.server.url), topic);
    const june = await openAsBerliner(chat.id, keyOn("2027-06-14"));
    expect(await readPicker(june.page)).toBe("6月14日周一 16:30–17:30 中国标准时间（你的时间 10:30–11:30）");
    await june.page
      .getByRole("heading", { name: /2027年6月14日星期一/ })
      .first()
      .waitFor();
    await june.context.close();

    // November is past the window's 240 days: looked up on its own, after Europe's October change.
    const november = await openAsBerliner(chat.id, keyOn("2027-11-15"));
    expect(await readPicker(november.page)).toBe("11月15日周一 16:30–17:30 中国标准时间（你的时间 09:30–10:30）");
    await november.page
      .getByRole("heading", { name: /2027年11月15日星期一/ })
      .first()
      .waitFor();
    await november.context.close();
  });

  it("says a linked meeting does not exist and offers the nearest one instead of opening another", async () => {
    const chat = findChatByTopic(await getTenant(app.server.url), topic);
    const tuesday = await openAsBerliner(chat.id, keyOn("2027-06-15"));
    const notice = tuesday.page.getByTestId("requested-occurrence");
    await notice.waitFor({ timeout: 60_000 });
    expect(await notice.innerText()).toContain(
      "链接指向的会议（6月15日周二 16:30 中国标准时间（你的时间 10:30））不在此会议系列中。 " +
        "最近的一次会议：6月14日周一 16:30–17:30 中国标准时间（你的时间 10:30–11:30）",
    );
    expect(await tuesday.page.getByRole("combobox", { name: "会议日期" }).count()).toBe(0);
    expect(await tuesday.page.locator("li[data-item-id]").count()).toBe(0);
    await tuesday.page.getByRole("button", { name: "打开最近的会议" }).click();
    expect(await readPicker(tuesday.page)).toBe("6月14日周一 16:30–17:30 中国标准时间（你的时间 10:30–11:30）");
    await tuesday.context.close();

    const cancelled = await openAsBerliner(chat.id, keyOn("2027-06-21"));
    const cancelledNotice = cancelled.page.getByTestId("requested-occurrence");
    await cancelledNotice.waitFor({ timeout: 60_000 });
    expect(await cancelledNotice.innerText()).toContain(
      "链接指向的会议（6月21日周一 16:30 中国标准时间（你的时间 10:30））已取消，不会举行。",
    );
    expect(await cancelledNotice.innerText()).toContain("最近的一次会议：6月28日周一");
    await cancelled.context.close();

    // Beyond the window too: looked up, not found, the nearest fetched meeting offered.
    const far = await openAsBerliner(chat.id, keyOn("2027-11-16"));
    const farNotice = far.page.getByTestId("requested-occurrence");
    await farNotice.waitFor({ timeout: 60_000 });
    expect(await farNotice.innerText()).toContain("最近的一次会议：11月15日周一 16:30–17:30 中国标准时间");
    await far.context.close();
  });
});
