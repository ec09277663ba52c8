// Confidential records need a private workspace (docs/domain.md §8): over the Graph emulator's
// default tenant, whose public group 云栈全员 every member of staff belongs to, the configuration
// page marks that group public and refuses it for a new series, and the organizer of a series
// already kept there is warned on the meeting tab.
import { describe, expect, it } from "vitest";
import { startAppInBrowser } from "../support/app-in-browser";
import { findChatByTopic, getTenant, listRequests, resetEmulator } from "../support/emulator-admin";
import { connectAs, publicGroupId, seedWeeklySeries } from "../support/seed-series";

const app = startAppInBrowser();
const organizer = "wang.jianguo@yunzhan.example";

async function open(upn: string, frame: "settings" | "content", seriesId: string) {
  const context = await app.browser.newContext({
    viewport: { width: 1100, height: 1400 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  const page = await context.newPage();
  const params = new URLSearchParams({ as: upn, frame, chat: seriesId, lang: "zh-CN" });
  await page.goto(`${app.server.url}/?${params.toString()}`);
  return { page, context };
}

describe("the workspace picker over the emulator", () => {
  it("marks the public group and refuses it for a new series; a private group is accepted", async () => {
    await resetEmulator(app.server.url);
    const chat = findChatByTopic(await getTenant(app.server.url), "周一早会");
    const { page, context } = await open(organizer, "settings", chat.id);

    const picker = page.getByRole("combobox", { name: "Microsoft 365 群组" });
    await picker.click({ timeout: 60_000 });
    await page.getByRole("option", { name: "云栈管理层（私有）" }).waitFor();
    await page.getByRole("option", { name: "云栈全员（公开）" }).click();

    const refusal = page.getByRole("alert").filter({ hasText: "不能使用公开群组" });
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain("请选择私有群组，或请群组所有者先将「云栈全员」改为私有");
    expect(await page.getByRole("button", { name: "保存配置" }).isDisabled()).toBe(true);
    await page.getByText("谁能查看记录：群组「云栈全员」的每一位成员都能查看本例会的汇报、纪要和行动项。").waitFor();
    await page.screenshot({ path: "test-results/workspace-public-refused-zh-CN.png", fullPage: true });

    await picker.click();
    await page.getByRole("option", { name: "云栈管理层（私有）" }).click();
    await page.getByText(/群组「云栈管理层」的每一位成员.*这是私有群组/).waitFor();
    await refusal.waitFor({ state: "detached" });
    expect(await page.getByRole("button", { name: "保存配置" }).isEnabled()).toBe(true);

    // The picker asked Graph for each group's visibility, and the emulator's metadata check let it through.
    const groupReads = (await listRequests(app.server.url)).filter((r) => r.url.startsWith("/me/memberOf/"));
    expect(groupReads.map((r) => [decodeURIComponent(r.url), r.status])).toContainEqual([
      "/me/memberOf/microsoft.graph.group?$select=id,displayName,groupTypes,visibility&$top=100",
      200,
    ]);
    await context.close();
  });
});

describe("a series already kept in the public group", () => {
  it("warns its organizer on the meeting tab, and nobody else", async () => {
    await resetEmulator(app.server.url);
    const chat = findChatByTopic(await getTenant(app.server.url), "月例会");
    // Configured before public groups were refused: its own plan in the group, then the series.
    const plan = await connectAs(app.server.url, organizer).post<{ id: string; title: string }>(
      "/planner/plans",
      { title: "例会通 · 月例会", container: { url: `https://graph.microsoft.com/v1.0/groups/${publicGroupId}` } },
      { operation: "createPlannerPlan" },
    );
    await seedWeeklySeries(app.server.url, chat.id, organizer, "sun.li@yunzhan.example", {
      groupId: publicGroupId,
      groupName: "云栈全员",
      planId: plan.body.id,
      planTitle: plan.body.title,
    });

    const asOrganizer = await open(organizer, "content", chat.id);
    const warning = asOrganizer.page.getByRole("group", { name: "会议记录对全公司公开" });
    await warning.waitFor({ timeout: 60_000 });
    expect(await warning.innerText()).toMatch(/公开群组「云栈全员」[\s\S]*请尽快迁移到私有群组/);
    // Nothing else changes: the meeting's views are there as before.
    await asOrganizer.page.getByRole("tab", { name: "议程" }).waitFor();
    await asOrganizer.page.screenshot({ path: "test-results/workspace-public-warning-zh-CN.png", fullPage: true });
    await asOrganizer.context.close();

    const asAttendee = await open("li.na@yunzhan.example", "content", chat.id);
    await asAttendee.page.getByRole("tab", { name: "议程" }).waitFor({ timeout: 60_000 });
    expect(await asAttendee.page.getByRole("group", { name: "会议记录对全公司公开" }).count()).toBe(0);
    await asAttendee.context.close();
  });
});
