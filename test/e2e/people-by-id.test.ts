// People by directory id in a tenant where every user's mail differs from their UPN (the aliases
// scenario): the organizer, signed in by UPN and invited by mail, runs the meeting; the note-taker
// publishes minutes whose card @mentions the absentees by their object ids and whose action item
// is assigned in Planner to its owner's object id. The guest, the distribution list and the outside
// address are shown, but cannot own an action item.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { defaultScenarioPath, loadScenarioFile } from "../../emulator/scenario/load";
import { startAppInBrowser } from "../support/app-in-browser";
import { clearRequests, listRequests, readPostedMessage } from "../support/emulator-admin";
import { seedWeeklySeries } from "../support/seed-series";
import { getActionItem } from "../support/item-names";

const chatId = "19:meeting_QWxpYXNlc1dlZWtseU1lZXRpbmcwMDAwMDAwMDAx@thread.v2";
const organizer = "wjg@yunzhan.onmicrosoft.com";
const noteTaker = "sl@yunzhan.onmicrosoft.com";
const ids = {
  liNa: "a1c2e3f4-2222-4a5b-8c6d-000000000002",
  zhangMin: "a1c2e3f4-3333-4a5b-8c6d-000000000003",
  chenXiaodong: "a1c2e3f4-4444-4a5b-8c6d-000000000004",
};
const workspace = {
  groupId: "7c1d2e3f-aaaa-4b5c-9d6e-000000000010",
  groupName: "云栈管理层",
  planId: "aliasesPlanMgmt0000000000001",
  planTitle: "云栈管理层 · 例会行动项",
};

const app = startAppInBrowser();

async function openAs(upn: string, frame: string, view: string): Promise<Page> {
  const context = await app.browser.newContext({
    viewport: { width: 1200, height: 1200 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  const page = await context.newPage();
  await page.goto(
    `${app.server.url}/?${new URLSearchParams({ as: upn, frame, chat: chatId, lang: "zh-CN", view }).toString()}`,
  );
  return page;
}

describe("people by directory id", () => {
  it("recognises the organizer, mentions the absentees and assigns tasks by object id when mail is not the UPN", async () => {
    const loaded = await fetch(`${app.server.url}/graph/_admin/scenario`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(loadScenarioFile(join(defaultScenarioPath, "../aliases.zh.json"))),
    });
    expect(loaded.status).toBe(200);
    const { series } = await seedWeeklySeries(app.server.url, chatId, organizer, noteTaker, workspace);
    expect(series.organizer.upn).toBe(organizer);

    // The organizer, signed in as wjg@… and invited as wang.jianguo@…, sees the host's views.
    const host = await openAs(organizer, "content", "agenda");
    await expect.poll(() => host.getByRole("tab", { name: "汇报进度" }).count()).toBe(1);
    await host.getByRole("tab", { name: "概览" }).click();
    await host.getByText("来宾：组织外的账户，不能担任汇报人或行动项责任人").waitFor();
    await host.getByText("通讯组：不是个人，不能担任汇报人或行动项责任人").waitFor();
    await host.getByText("外部地址：不在本组织目录中，不能担任汇报人或行动项责任人").waitFor();
    await host.context().close();

    const page = await openAs(noteTaker, "content", "minutes");
    await page.getByRole("region", { name: "出席情况" }).waitFor();
    for (const [name, status] of [
      ["王建国", "present"],
      ["李娜", "present"],
      ["张敏", "absent"],
      ["陈晓东", "absent"],
      ["孙丽", "present"],
      ["Kim Minjun (供应商)", "present"],
      ["外部物流顾问", "present"],
    ] as const) {
      await page.getByRole("combobox", { name: `${name} 的出席状态` }).selectOption(status);
    }
    await expect(page.getByRole("combobox", { name: "管理层通讯组 的出席状态" }).count()).resolves.toBe(0);

    const section = page.getByRole("region", { name: "公司近期发展动态" });
    await section.getByRole("button", { name: "添加行动项" }).click();
    const fields = getActionItem(page, 1);
    await fields.getByRole("textbox", { name: "行动内容" }).fill("补齐爆款库存");
    await fields.getByRole("combobox", { name: "责任人" }).click();
    await expect
      .poll(() => page.getByRole("option", { name: /Kim Minjun.*来宾/ }).getAttribute("aria-disabled"))
      .toBe("true");
    await page.getByRole("option", { name: "李娜", exact: true }).click();
    const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await fields.getByLabel("完成时间").fill(due);
    await fields.getByRole("textbox", { name: "验收标准" }).fill("库存补齐后在群里回报");

    await clearRequests(app.server.url);
    await page.getByRole("button", { name: "发布纪要" }).click();
    await page.getByText("纪要已发布（第 1 版）").waitFor({ timeout: 60_000 });

    const log = await listRequests(app.server.url);
    expect(log.filter((r) => r.status === 404 || r.status === 400)).toEqual([]);
    const message = readPostedMessage(log.find((r) => r.method === "POST" && r.url.endsWith("/messages")));
    const mentioned = (message.mentions ?? []) as { mentioned: { user: { id: string } } }[];
    expect(mentioned.map((m) => m.mentioned.user.id).sort()).toEqual([ids.zhangMin, ids.chenXiaodong].sort());

    const state = (await (await fetch(`${app.server.url}/graph/_admin/state`)).json()) as {
      planner: { tasks: Record<string, { planId: string; title: string; assignments: Record<string, unknown> }> };
    };
    const task = Object.values(state.planner.tasks).find((t) => t.title === "补齐爆款库存");
    expect(task?.planId).toBe(workspace.planId);
    expect(Object.keys(task?.assignments ?? {})).toEqual([ids.liNa]);
    await page.context().close();
  });
});
