// Leave, end to end on 周例会: an attendee asks for leave from the side panel's overview for a meeting
// two weeks ahead, the organizer's report tracker shows them on leave, they withdraw it and the
// tracker expects their report again; once the minutes are published the leave form and the
// withdraw button are gone and the leave asked again is shown read-only.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { startAppInBrowser } from "../support/app-in-browser";
import { findChatByTopic, getTenant, resetEmulator } from "../support/emulator-admin";
import { seedWeeklySeries } from "../support/seed-series";

const gm = "wang.jianguo@yunzhan.example";
const noteTaker = "sun.li@yunzhan.example";
const attendee = "li.na@yunzhan.example";

const app = startAppInBrowser();

async function openAs(
  upn: string,
  frame: string,
  where: { chat: string; view: string; occurrence: string },
  width: number,
): Promise<Page> {
  const context = await app.browser.newContext({
    viewport: { width, height: 1000 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  const page = await context.newPage();
  // A shared, busy machine can take long over the first load of the dev server.
  await page.goto(`${app.server.url}/?${new URLSearchParams({ as: upn, frame, lang: "zh-CN", ...where }).toString()}`, {
    timeout: 120_000,
  });
  return page;
}

async function readTrackerRow(
  where: { chat: string; view: string; occurrence: string },
  name: string,
): Promise<string> {
  const page = await openAs(gm, "content", { ...where, view: "tracker" }, 1280);
  const row = page.getByRole("list", { name: "发言人" }).getByRole("listitem").filter({ hasText: name }).first();
  await row.waitFor();
  const text = await row.innerText();
  await page.context().close();
  return text;
}

describe("leave from the side panel", () => {
  it("is asked for and withdrawn by the attendee, followed by the tracker, and read-only after publish", async () => {
    await resetEmulator(app.server.url);
    const chat = findChatByTopic(await getTenant(app.server.url), "周例会");
    const { series } = await seedWeeklySeries(app.server.url, chat.id, gm, noteTaker);
    const occurrence = series.occurrences.find(
      (o) => o.status !== "cancelled" && o.start.getTime() > Date.now() + 10 * 86_400_000,
    );
    if (!occurrence) throw new Error("周例会 has a meeting two weeks ahead");
    const where = { chat: chat.id, view: "overview", occurrence: occurrence.key };

    const panel = await openAs(attendee, "sidePanel", where, 320);
    const leave = panel.getByRole("form", { name: "请假申请" });
    await leave.getByRole("textbox", { name: /请假事由/ }).fill("外出拜访客户");
    await leave.getByRole("button", { name: "提交请假" }).click();
    await leave.getByRole("button", { name: "撤回请假" }).waitFor();
    await panel.context().close();

    expect(await readTrackerRow(where, "李娜")).toContain("已请假");

    const again = await openAs(attendee, "sidePanel", where, 320);
    const form = again.getByRole("form", { name: "请假申请" });
    await form.getByRole("button", { name: "撤回请假" }).press("Enter");
    await form.getByRole("button", { name: "提交请假" }).waitFor();
    await expect.poll(() => form.getByRole("button", { name: "撤回请假" }).count()).toBe(0);
    await again.context().close();

    const expected = await readTrackerRow(where, "李娜");
    expect(expected).toContain("未提交");
    expect(expected).not.toContain("已请假");

    // Asked once more, then the note-taker publishes the minutes of that meeting.
    const third = await openAs(attendee, "sidePanel", where, 320);
    const form3 = third.getByRole("form", { name: "请假申请" });
    await form3.getByRole("textbox", { name: /请假事由/ }).fill("出差");
    await form3.getByRole("button", { name: "提交请假" }).click();
    await form3.getByRole("button", { name: "撤回请假" }).waitFor();
    await third.context().close();

    const minutes = await openAs(noteTaker, "content", { ...where, view: "minutes" }, 1280);
    await minutes.getByRole("button", { name: "发布纪要" }).click();
    await minutes.getByText("纪要已发布（第 1 版）").waitFor({ timeout: 60_000 });
    await minutes.context().close();

    const after = await openAs(attendee, "sidePanel", where, 320);
    const recorded = after.getByRole("region", { name: "请假申请" });
    await recorded.getByText("已请假（事由：出差）").waitFor();
    expect(await after.getByRole("form", { name: "请假申请" }).count()).toBe(0);
    expect(await after.getByRole("button", { name: "撤回请假" }).count()).toBe(0);
    expect(await after.getByRole("button", { name: "提交请假" }).count()).toBe(0);
    await after.context().close();
  }, 240_000);
});
