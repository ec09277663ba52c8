// Consent refused, end to end over the Graph emulator: the organizer's tenant has not granted
// GroupMember.Read.All (an administrator must), so the emulator's token endpoint refuses it with
// AADSTS90094 as Entra ID would. Opening the configuration page, the organizer sees the consent
// page naming that permission and what it is for — not a crash, and the rest of the page works —
// and once it is granted, "重试" brings the group picker.
import { describe, expect, it } from "vitest";
import { startAppInBrowser } from "../support/app-in-browser";
import { findChatByTopic, getTenant, listRequests, resetEmulator, setWithheldScopes } from "../support/emulator-admin";

const app = startAppInBrowser();
const organizer = "wang.jianguo@yunzhan.example";

describe("a user without GroupMember.Read.All", () => {
  it("sees the consent page naming the permission, and the picker once an administrator grants it", async () => {
    await resetEmulator(app.server.url);
    await setWithheldScopes(app.server.url, organizer, ["GroupMember.Read.All"]);
    const chat = findChatByTopic(await getTenant(app.server.url), "周一早会");
    const context = await app.browser.newContext({
      viewport: { width: 1100, height: 1400 },
      locale: "zh-CN",
      timezoneId: "Asia/Shanghai",
    });
    const page = await context.newPage();
    const pageErrors: Error[] = [];
    page.on("pageerror", (error) => pageErrors.push(error));
    const params = new URLSearchParams({ as: organizer, frame: "settings", chat: chat.id, lang: "zh-CN" });
    await page.goto(`${app.server.url}/?${params.toString()}`);

    const consent = page.getByRole("alert").filter({ hasText: "需要授权" });
    await consent.waitFor({ timeout: 60_000 });
    const permissions = consent.getByRole("list", { name: "缺少的权限" });
    expect(await permissions.getByRole("listitem").allInnerTexts()).toEqual([
      expect.stringMatching(
        /GroupMember\.Read\.All[\s\S]*需要管理员同意[\s\S]*列出你所在的 Microsoft 365 群组及其成员/,
      ),
    ]);
    expect(await consent.innerText()).toContain("只有管理员可以授予");
    expect(await consent.innerText()).toContain("应用注册 → 例会通 → API 权限");
    // Not a crash: the rest of the configuration page is there, the consent page in the workspace section.
    await page.getByRole("heading", { name: "配置例会", level: 1 }).waitFor();
    await page.getByRole("heading", { name: "会议模板" }).waitFor();
    await page.screenshot({ path: "test-results/consent-required-zh-CN.png", fullPage: true });
    // The app never asked Graph with a token it could not get.
    expect((await listRequests(app.server.url)).filter((r) => r.url.startsWith("/me/memberOf/"))).toEqual([]);

    await setWithheldScopes(app.server.url, organizer, []);
    await consent.getByRole("button", { name: "重试" }).click();
    await page.getByRole("combobox", { name: "Microsoft 365 群组" }).click({ timeout: 60_000 });
    await page.getByRole("option", { name: "云栈管理层（私有）" }).waitFor();
    await consent.waitFor({ state: "detached" });
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
