// The Outlook task pane in the demo, against the fake Office host: the organizer in compose and an
// attendee in read reach 周例会's series from their own calendar items, an attendee of the short-link
// 客服仓储协调会 too (from the invitation's Teams block); a new unsaved item, an
// appointment with no Teams meeting and a private one each say why and what to do.
import { describe, it } from "vitest";
import { startAppInBrowser } from "../support/app-in-browser";
import { findChatByTopic, getTenant, resetEmulator } from "../support/emulator-admin";

const app = startAppInBrowser();
const organizer = "wang.jianguo@yunzhan.example";
const attendee = "li.na@yunzhan.example";

async function openPane(params: Record<string, string>) {
  const context = await app.browser.newContext({
    viewport: { width: 360, height: 900 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  const page = await context.newPage();
  await page.goto(
    `${app.server.url}/?${new URLSearchParams({ frame: "outlook", lang: "zh-CN", ...params }).toString()}`,
  );
  return { page, context };
}

describe("the Outlook pane against the fake Office host", () => {
  it("opens 周例会 for its organizer in compose and an attendee in read, with the invitation body below", async () => {
    await resetEmulator(app.server.url);
    const chat = findChatByTopic(await getTenant(app.server.url), "周例会");
    for (const [as, mode] of [
      [organizer, "organizerCompose"],
      [attendee, "attendeeRead"],
    ] as const) {
      const { page, context } = await openPane({ as, mode, chat: chat.id });
      await page.getByRole("heading", { name: "周例会", level: 1 }).waitFor();
      // The event's own invitation, with the Teams block Teams wrote into it.
      await page.getByTestId("fake-office-body").filter({ hasText: "Microsoft Teams 会议" }).waitFor();
      await context.close();
    }
  });

  it("opens 客服仓储协调会, whose invitation has the short link, for an attendee", async () => {
    const chat = findChatByTopic(await getTenant(app.server.url), "客服仓储协调会");
    const { page, context } = await openPane({ as: "wu.fang@yunzhan.example", chat: chat.id });
    await page.getByRole("heading", { name: "客服仓储协调会", level: 1 }).waitFor();
    await page.getByTestId("fake-office-body").filter({ hasText: "会议选项" }).waitFor();
    await context.close();
  });

  it("says a new item is not saved, and opens once it is saved", async () => {
    const chat = findChatByTopic(await getTenant(app.server.url), "周例会");
    const { page, context } = await openPane({ as: organizer, mode: "organizerCompose", item: "new", chat: chat.id });
    await page.getByText("会议尚未保存").waitFor();
    await page.getByRole("button", { name: "保存会议" }).click();
    await page.getByRole("button", { name: "重试" }).click();
    await page.getByRole("heading", { name: "周例会", level: 1 }).waitFor();
    await context.close();
  });

  it("explains an appointment with no Teams meeting and a private one", async () => {
    for (const [subject, title] of [
      ["仓库月度盘点（线下）", "这不是 Teams 会议"],
      ["绩效面谈（私密）", "私密会议不使用例会通"],
    ] as const) {
      const { page, context } = await openPane({ as: attendee, subject });
      await page.getByText(title).waitFor();
      await context.close();
    }
  });
});
