// The Outlook task panes in the demo, against the fake Office host, with the workspace found among
// the viewer's groups as Outlook has no meeting tab: the organizer inserts an agenda whose topics
// carry markup into the invitation, where it arrives as text; a speaker submits their report from
// the attendee's pane, and the organizer's Teams tracker counts it; the organizer reading the sent
// invitation gets the read view; a series configured from the pane is found by the next pane.
import { describe, expect, it } from "vitest";
import { startAppInBrowser } from "../support/app-in-browser";
import { clearRequests, findChatByTopic, getTenant, listRequests, resetEmulator } from "../support/emulator-admin";
import { connectAs, seedWeeklySeries } from "../support/seed-series";
import type { SeededSeries } from "../support/seed-series";
import { addTopic } from "@/features/agenda/api/agenda-store";

const app = startAppInBrowser();
const organizer = "wang.jianguo@yunzhan.example";
const noteTaker = "sun.li@yunzhan.example";
const imgTitle = "<img src=x onerror=alert(1)>";
const scriptTitle = "</table><script>window.__pwned=1</script>";

declare global {
  interface Window {
    __pwned?: number;
  }
}

interface Meeting {
  chatId: string;
  occurrenceKey: string;
  speakerUpn: string;
  seeded: SeededSeries;
}

let seeding: Promise<Meeting> | undefined;

/** 周例会 configured in 云栈管理层 once for the file (the emulator's records outlive a reset of its faults). */
function seedMeeting(): Promise<Meeting> {
  seeding ??= seedOnce();
  return seeding;
}

/** Its next occurrence has two topics whose titles are markup. */
async function seedOnce(): Promise<Meeting> {
  await resetEmulator(app.server.url);
  const tenant = await getTenant(app.server.url);
  const chatId = findChatByTopic(tenant, "周例会").id;
  const seeded = await seedWeeklySeries(app.server.url, chatId, organizer, noteTaker);
  const next = seeded.series.occurrences.find((o) => o.status !== "cancelled" && o.end.getTime() > Date.now());
  if (!next) throw new Error("周例会 has an upcoming occurrence");
  const speakerKey = Object.values(seeded.config.speakers).flat()[0] ?? "";
  const speakerUpn = tenant.users.find((u) => u.id === speakerKey)?.userPrincipalName ?? "";
  if (!speakerUpn) throw new Error("周例会 has a speaker");
  for (const [id, title] of [
    ["img-topic", imgTitle],
    ["script-topic", scriptTitle],
  ] as const) {
    await addTopic(connectAs(app.server.url, speakerUpn), seeded.workspace, chatId, {
      schemaVersion: 1,
      id,
      title,
      minutes: 5,
      raisedBy: speakerKey,
      occurrenceKey: next.key,
      createdAt: new Date().toISOString(),
    });
  }
  return { chatId, occurrenceKey: next.key, speakerUpn, seeded };
}

async function openPage(params: Record<string, string>, width = 360) {
  const context = await app.browser.newContext({
    viewport: { width, height: 1000 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  const page = await context.newPage();
  // Markup in the agenda must never run: any alert() would open a dialog.
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${app.server.url}/?${new URLSearchParams({ lang: "zh-CN", ...params }).toString()}`);
  return { page, context, dialogs };
}

function openPane(meeting: Meeting, as: string, mode: "organizerCompose" | "attendeeRead") {
  return openPage({ frame: "outlook", as, mode, chat: meeting.chatId, occurrence: meeting.occurrenceKey });
}

describe("the Outlook panes, with the workspace found among the viewer's groups", () => {
  it("inserts the agenda into the organizer's invitation, its markup shown as text", async () => {
    const meeting = await seedMeeting();
    await clearRequests(app.server.url);
    const { page, context, dialogs } = await openPane(meeting, organizer, "organizerCompose");
    await page.getByRole("heading", { name: "周例会", level: 1 }).waitFor();
    await page.getByRole("button", { name: "将议程插入邀请" }).click();
    // The workspace came from the viewer's groups, not from the meeting tab the seed also left.
    const asked = (await listRequests(app.server.url)).flatMap((r) => [r.url, ...(r.inner ?? []).map((i) => i.url)]);
    expect(asked.some((url) => url.includes("/me/memberOf"))).toBe(true);
    expect(asked.filter((url) => url.includes("/tabs"))).toEqual([]);

    const body = page.getByTestId("fake-office-body");
    await expect.poll(() => body.textContent()).toContain(imgTitle);
    const text = (await body.textContent()) ?? "";
    expect(text).toContain(scriptTitle);
    expect(text).toContain("Microsoft Teams 会议");
    const html = await page.evaluate(() => window.__meetloopFakeOffice?.body ?? "");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("&lt;/table&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;");
    expect(html).not.toContain(imgTitle);
    expect(html).not.toContain("<script");
    expect(await page.locator("img[src='x']").count()).toBe(0);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it("submits a speaker's report from the attendee's pane, counted in the organizer's Teams tracker", async () => {
    const meeting = await seedMeeting();
    const speaker = await openPane(meeting, meeting.speakerUpn, "attendeeRead");
    const report = speaker.page.getByRole("region", { name: "我的汇报" });
    await report.getByRole("textbox", { name: "上周工作回顾" }).fill("双十一备货完成");
    await report.getByRole("button", { name: "提交汇报" }).click();
    await report.getByText(/已(提交|更新) · /).waitFor({ timeout: 30_000 });
    expect(await speaker.page.getByRole("button", { name: "将议程插入邀请" }).count()).toBe(0);
    await speaker.context.close();

    const speakerCount = new Set(Object.values(meeting.seeded.config.speakers).flat()).size;
    const tracker = await openPage({ as: organizer, frame: "content", chat: meeting.chatId }, 1100);
    await tracker.page.getByRole("tab", { name: "汇报进度" }).click();
    await tracker.page.getByText(`已提交 1/${String(speakerCount)}`).waitFor({ timeout: 60_000 });
    expect(tracker.dialogs).toEqual([]);
    await tracker.context.close();
  });
  it("gives the organizer reading the sent invitation the read view, with nothing to insert", async () => {
    const meeting = await seedMeeting();
    const { page, context } = await openPane(meeting, organizer, "attendeeRead");
    await page.getByRole("region", { name: /^议程 · / }).waitFor();
    expect(await page.getByRole("button", { name: "将议程插入邀请" }).count()).toBe(0);
    await context.close();
  });

  it("configures 月例会 from the organizer's pane, which a pane opened afterwards finds among the groups", async () => {
    await seedMeeting();
    const chatId = findChatByTopic(await getTenant(app.server.url), "月例会").id;
    const params = { frame: "outlook", as: organizer, mode: "organizerCompose", chat: chatId };
    const first = await openPage(params);
    await first.page.getByText("此会议系列还没有配置例会通。").waitFor();
    await first.page.getByRole("button", { name: "在此用模板配置" }).click();
    for (const [label, option] of [
      ["Microsoft 365 群组", "云栈管理层"],
      ["会议记录人", "孙丽"],
    ] as const) {
      await first.page.getByRole("combobox", { name: label }).click();
      await first.page.getByRole("option", { name: option }).click();
    }
    await first.page.getByRole("button", { name: "保存配置" }).click();
    await first.page.getByRole("region", { name: "汇报提交情况" }).waitFor({ timeout: 60_000 });
    await first.context.close();

    const second = await openPage(params);
    await second.page.getByRole("region", { name: "汇报提交情况" }).waitFor({ timeout: 60_000 });
    expect(await second.page.getByText("此会议系列还没有配置例会通。").count()).toBe(0);
    await second.context.close();
  });
});
