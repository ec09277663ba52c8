// A Berlin attendee of a Shanghai meeting (docs/domain.md §10): the one-off 双十一复盘专题会 at 16:00
// China Standard Time, reports due that day at 11:00, opened in the side panel by Jonas Weber with
// his browser in Europe/Berlin. He sees the meeting's own times, its zone named, and his own beside them.
import { describe, expect, it } from "vitest";
import { startAppInBrowser } from "../support/app-in-browser";
import { findChatByTopic, getTenant, resetEmulator } from "../support/emulator-admin";
import { connectAs, publicGroupId, seedWeeklySeries } from "../support/seed-series";

const app = startAppInBrowser();
const organizer = "li.na@yunzhan.example";
const berliner = "jonas.weber@yunzhan.example";

describe("a Shanghai meeting seen from Berlin", () => {
  it("shows 16:00 and reports due 11:00 in China Standard Time, with the Berlin times beside them", async () => {
    await resetEmulator(app.server.url);
    const chat = findChatByTopic(await getTenant(app.server.url), "双十一复盘专题会");
    // Jonas belongs to the company-wide group, not to the management one: the series is kept there.
    const plan = await connectAs(app.server.url, organizer).post<{ id: string; title: string }>(
      "/planner/plans",
      {
        title: "例会通 · 双十一复盘专题会",
        container: { url: `https://graph.microsoft.com/v1.0/groups/${publicGroupId}` },
      },
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
        return {
          ...config,
          reportDue: { workingDaysBefore: 0, time: "11:00" },
          speakers: { ...config.speakers, [firstSection ?? "speakers"]: [berliner] },
        };
      },
    );

    const context = await app.browser.newContext({
      viewport: { width: 320, height: 1000 },
      locale: "zh-CN",
      timezoneId: "Europe/Berlin",
    });
    const page = await context.newPage();
    const params = new URLSearchParams({ as: berliner, frame: "sidePanel", chat: chat.id, lang: "zh-CN" });
    await page.goto(`${app.server.url}/?${params.toString()}`);

    // His first view is his report: due 11:00 on the meeting's clock, and 04:00 (05:00 in summer) on his.
    const due = page.getByText(/^请在 .+ 前提交$/);
    await due.waitFor({ timeout: 60_000 });
    expect(await due.innerText()).toMatch(/^请在 .+ 11:00 中国标准时间（你的时间 0?[45]:00） 前提交$/);

    await page.getByRole("tab", { name: "概览" }).click();
    const next = page.getByTestId("series-next");
    await expect.poll(() => next.innerText()).toMatch(/16:00–17:00 中国标准时间（你的时间 0?(9|10):00–(10|11):00）/);

    await page.getByRole("tab", { name: "议程" }).click();
    const zoneLine = page.getByTestId("agenda-time-zone");
    await zoneLine.waitFor({ timeout: 60_000 });
    expect(await zoneLine.innerText()).toMatch(/^议程中的时间为会议时区（中国标准时间）：.+16:00–17:00 中国标准时间（/);
    await page.getByText("16:00", { exact: true }).first().waitFor();
    await page.screenshot({ path: "test-results/time-zones-berlin-zh-CN.png", fullPage: true });
    await context.close();
  });
});
