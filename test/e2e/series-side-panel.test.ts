// The side panel of 周例会, opened by two attendees whose calendars hold different event ids,
// in Chinese and in English, against the app + Graph emulator served by Vite.
import { describe, expect, it } from "vitest";
import { startAppInBrowser } from "../support/app-in-browser";
import {
  getTenant,
  findChatByTopic,
  findUserByDepartment,
  listRequests,
  resetEmulator,
} from "../support/emulator-admin";
import { seedWeeklySeries } from "../support/seed-series";

const app = startAppInBrowser();

async function openSidePanel(upn: string, seriesId: string, lang: "zh-CN" | "en-US") {
  const context = await app.browser.newContext({
    viewport: { width: 320, height: 900 },
    locale: lang,
    timezoneId: "Asia/Shanghai",
  });
  const page = await context.newPage();
  const params = new URLSearchParams({ as: upn, frame: "sidePanel", chat: seriesId, lang });
  await page.goto(`${app.server.url}/?${params.toString()}`);
  return { page, context };
}

describe("side panel of the weekly meeting", () => {
  it("shows the series to two attendees, in both languages, from their own event ids", async () => {
    await resetEmulator(app.server.url);
    const tenant = await getTenant(app.server.url);
    const chat = findChatByTopic(tenant, "周例会");
    const gm = findUserByDepartment(tenant, /总经办|总经理|管理/);
    const ops = findUserByDepartment(tenant, /运营/);
    const masterIds: string[] = [];

    for (const [persona, lang] of [
      [gm, "zh-CN"],
      [ops, "en-US"],
      [ops, "zh-CN"],
      [gm, "en-US"],
    ] as const) {
      const { page, context } = await openSidePanel(persona.userPrincipalName, chat.id, lang);
      await page.getByRole("heading", { level: 1, name: "周例会" }).waitFor();
      const recurrence = await page.getByTestId("series-recurrence").innerText();
      expect(recurrence).toMatch(lang === "zh-CN" ? /^每周一 13:30–15:00$/ : /^Every Monday 1:30\s–\s3:00\sPM$/);
      const next = page.getByTestId("series-next");
      await expect
        .poll(() => next.innerText())
        .toMatch(lang === "zh-CN" ? /下次会议|进行中/ : /Next meeting|In progress/);
      expect(await next.innerText()).toMatch(lang === "zh-CN" ? /周一.*13:30/ : /Mon.*1:30/);
      await page.getByText(ops.displayName, { exact: true }).first().waitFor();
      await page
        .getByText(lang === "zh-CN" ? "已改期" : "Moved")
        .first()
        .waitFor();
      await page
        .getByText(lang === "zh-CN" ? "已取消" : "Cancelled")
        .first()
        .waitFor();
      expect(await page.evaluate(() => performance.getEntriesByName("meetloop:series-ready").length)).toBe(1);
      await page.screenshot({
        path: `test-results/side-panel-${lang}-${persona.userPrincipalName.split("@")[0] ?? "user"}.png`,
        fullPage: true,
      });
      await context.close();
    }

    const requests = await listRequests(app.server.url);
    for (const upn of [gm.userPrincipalName, ops.userPrincipalName]) {
      const master = requests
        .filter((r) => r.user === upn)
        .flatMap((r) => [r.url, ...(r.inner ?? []).map((i) => i.url)])
        .map((url) => /\/me\/events\/([^/?]+)\?/.exec(url)?.[1])
        .find((id): id is string => id !== undefined);
      expect(master, `a master event read as ${upn}`).toBeDefined();
      masterIds.push(master ?? "");
    }
    expect(new Set(masterIds).size).toBe(2);
  });

  it("tells someone who is not in the meeting that they cannot read it", async () => {
    const tenant = await getTenant(app.server.url);
    const chat = findChatByTopic(tenant, "周例会");
    const memberIds = new Set(chat.memberIds);
    const outsider = tenant.users.find((u) => !memberIds.has(u.id));
    expect(outsider).toBeDefined();
    const { page, context } = await openSidePanel(outsider?.userPrincipalName ?? "", chat.id, "zh-CN");
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").innerText()).toMatch(/你不在此会议的参会人员中/);
    await context.close();
  });
});

describe("a meeting whose workspace group the attendee is not in", () => {
  it("says so and names the group owners to ask", async () => {
    await resetEmulator(app.server.url);
    const tenant = await getTenant(app.server.url);
    const chat = findChatByTopic(tenant, "月例会");
    await seedWeeklySeries(app.server.url, chat.id, "wang.jianguo@yunzhan.example", "sun.li@yunzhan.example");
    const staff = tenant.users.find((u) => u.userPrincipalName === "zhou.jie@yunzhan.example");
    expect(staff && chat.memberIds.includes(staff.id)).toBe(true);
    const { page, context } = await openSidePanel("zhou.jie@yunzhan.example", chat.id, "zh-CN");
    await page.getByRole("alert").waitFor({ timeout: 60_000 });
    expect(await page.getByRole("alert").innerText()).toMatch(/你不是此会议工作区群组的成员[\s\S]*王建国/);
    await context.close();
  });
});
