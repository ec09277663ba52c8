// Microsoft 365 out of reach before the series has loaded: the speaker's report draft, kept in this
// browser, is still shown (read-only, marked as local, with a way to try again), and once Graph is
// back the form opens on the same text.
import { describe, expect, it } from "vitest";
import { startAppInBrowser } from "../support/app-in-browser";
import { findChatByTopic, getTenant, resetEmulator, setFaults } from "../support/emulator-admin";
import { readStoredDrafts } from "../support/stored-drafts";
import { seedWeeklySeries } from "../support/seed-series";

const gm = "wang.jianguo@yunzhan.example";
const noteTaker = "sun.li@yunzhan.example";
const speaker = "li.na@yunzhan.example";

const app = startAppInBrowser();

describe("the side panel when Microsoft 365 cannot be reached", () => {
  it("shows the speaker's locally saved report draft, then the form again once Graph is back", async () => {
    await resetEmulator(app.server.url);
    const chat = findChatByTopic(await getTenant(app.server.url), "周例会");
    await seedWeeklySeries(app.server.url, chat.id, gm, noteTaker);
    const speakerId = (await getTenant(app.server.url)).users.find((u) => u.userPrincipalName === speaker)?.id ?? "";

    const context = await app.browser.newContext({
      viewport: { width: 320, height: 1000 },
      locale: "zh-CN",
      timezoneId: "Asia/Shanghai",
    });
    const page = await context.newPage();
    // Teams gives the signed-in user's object id (user.id) with its context, before Graph answers.
    const params = new URLSearchParams({
      as: speaker,
      oid: speakerId,
      frame: "sidePanel",
      chat: chat.id,
      lang: "zh-CN",
      view: "report",
    });
    await page.goto(`${app.server.url}/?${params.toString()}`);
    const problem = "双十二备货不足，需仓储加开夜班";
    await page.getByRole("button", { name: "添加问题" }).click({ timeout: 60_000 });
    const firstProblem = () => page.getByRole("group", { name: "问题一" }).getByRole("textbox", { name: "问题" });
    await firstProblem().fill(problem);
    await expect
      .poll(() => readStoredDrafts(page, "report"))
      .toContainEqual(expect.objectContaining({ problems: [expect.objectContaining({ problem })] }));

    // Every Graph request now fails: Microsoft 365 is unavailable.
    await setFaults(app.server.url, { rules: [{ path: "*", status: 503, retryAfter: 1 }] });
    await page.reload();
    const drafts = page.getByRole("region", { name: "本机保存的汇报草稿" });
    await drafts.getByText("未能连接 Microsoft 365，显示本机保存的草稿；恢复后再提交。").waitFor({ timeout: 90_000 });
    await drafts.getByText(problem).waitFor();
    expect(await firstProblem().count()).toBe(0);

    await setFaults(app.server.url, { rules: [] });
    await drafts.getByRole("button", { name: "重试连接" }).click();
    const field = firstProblem();
    await field.waitFor({ timeout: 60_000 });
    expect(await field.inputValue()).toBe(problem);
    await context.close();
  });
});
