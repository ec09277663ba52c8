// Authorship the server vouches for, in 周例会's published minutes: 李娜 writes a confirmation in
// 张敏's name straight through Graph (any group member can edit the list). The host sees it as
// confirmed on 张敏's behalf and not counted; 张敏 is asked to confirm herself, and once she does it
// counts. The minutes' change history, read only when opened, names who changed what.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { startAppInBrowser } from "../support/app-in-browser";
import { clearRequests, findChatByTopic, getTenant, listRequests, resetEmulator } from "../support/emulator-admin";
import { connectAs, seedWeeklySeries } from "../support/seed-series";
import { createMinutes } from "@/features/minutes/model/create-minutes";
import { addDecision } from "@/features/minutes/model/edit-minutes";
import { saveMinutes } from "@/features/minutes/api/minutes-store";
import { getConfirmationKey } from "@/meeting/model/record-keys";
import type { MinutesRecord } from "@/meeting/model/records/minutes-record";

const gm = "wang.jianguo@yunzhan.example";
const noteTaker = "sun.li@yunzhan.example";
const forger = "li.na@yunzhan.example";
const named = "zhang.min@yunzhan.example";
const attendee = "zhao.lei@yunzhan.example";

const app = startAppInBrowser();

async function openAs(upn: string, frame: string, seriesId: string, occurrence: string, width: number): Promise<Page> {
  const context = await app.browser.newContext({
    viewport: { width, height: 1200 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  const page = await context.newPage();
  const query = new URLSearchParams({ as: upn, frame, chat: seriesId, lang: "zh-CN", view: "minutes", occurrence });
  await page.goto(`${app.server.url}/?${query.toString()}`);
  return page;
}

describe("minutes confirmations", () => {
  it("show a confirmation forged through Graph as made on someone's behalf, and do not count it", async () => {
    await resetEmulator(app.server.url);
    const chat = findChatByTopic(await getTenant(app.server.url), "周例会");
    const { series, config, workspace } = await seedWeeklySeries(app.server.url, chat.id, gm, noteTaker);
    const occurrence = series.occurrences.find((o) => o.status !== "cancelled" && o.end.getTime() > Date.now());
    if (!occurrence) throw new Error("周例会 has an upcoming occurrence");

    // The note-taker's minutes, saved and then published (two versions of the item).
    const people = [series.organizer, ...series.attendees].map((p) => ({ upn: p.email.toLowerCase(), name: p.name }));
    const now = new Date();
    const draft = createMinutes({
      occurrence: {
        key: occurrence.key,
        title: series.title,
        start: occurrence.start,
        end: occurrence.end,
      },
      agendaItems: [{ id: "news", title: "公司近期发展动态", minutes: 30 }],
      attendees: people,
      config,
      host: gm,
      by: noteTaker,
      now,
    });
    const client = connectAs(app.server.url, noteTaker);
    const first = await saveMinutes(client, workspace, chat.id, {
      base: draft,
      stored: undefined,
      mine: draft,
      by: noteTaker,
      now,
    });
    const published: MinutesRecord = {
      ...addDecision(first.record.value, "news", { id: "d1", text: "双十二大促提前一周完成备货" }),
      status: "published",
      published: { version: 1, at: now.toISOString(), by: noteTaker, planner: {} },
    };
    await saveMinutes(client, workspace, chat.id, {
      base: first.record.value,
      stored: first.record,
      mine: published,
      by: noteTaker,
      now,
    });

    // 李娜 writes 张敏's confirmation herself, through Graph, as any group member can.
    const forged = await fetch(
      `${app.server.url}/graph/v1.0/sites/${workspace.siteId}/lists/${workspace.lists.confirmations}/items`,
      {
        method: "POST",
        headers: { authorization: `Bearer emu:${forger}`, "content-type": "application/json" },
        body: JSON.stringify({
          fields: {
            Title: `确认 v1 · ${named}`,
            RecordKey: getConfirmationKey(chat.id, occurrence.key, named),
            SeriesId: chat.id,
            OccurrenceKey: occurrence.key,
            Owner: named,
            Payload: JSON.stringify({ schemaVersion: 1, upn: named, version: 1, confirmedAt: now.toISOString() }),
            SchemaVersion: 1,
          },
        }),
      },
    );
    expect(forged.status).toBe(201);

    // 赵磊 confirms for himself in the side panel.
    const zhao = await openAs(attendee, "sidePanel", chat.id, occurrence.key, 320);
    await zhao.getByRole("button", { name: "确认第 1 版纪要" }).click();
    await zhao.getByText("你已确认第 1 版纪要").waitFor();
    await zhao.context().close();

    const total = people.length;
    await clearRequests(app.server.url);
    const host = await openAs(gm, "content", chat.id, occurrence.key, 1200);
    await host.getByText(`已确认 1 / ${String(total)}`).waitFor();
    await host.getByText("1 条代为确认不计入").waitFor();
    const pending = host.getByRole("list", { name: "未确认" });
    await expect
      .poll(() => pending.getByRole("listitem").filter({ hasText: "张敏" }).textContent())
      .toContain("由 李娜 代为确认（第 1 版），不计入");
    const confirmed = host.getByRole("list", { name: "已确认" });
    expect(await confirmed.getByRole("listitem").allTextContents()).toEqual(["赵磊已确认"]);

    // The change history is read only when asked for.
    expect((await listRequests(app.server.url)).filter((r) => r.url.includes("/versions"))).toEqual([]);
    await host.getByRole("button", { name: "查看修改记录" }).click();
    const versions = host.getByRole("list", { name: "纪要的各个版本" });
    await versions.waitFor();
    const entries = await versions.getByRole("listitem").allTextContents();
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatch(/孙丽.*新增决议 1 条；发布第 1 版.*版本 2\.0/);
    expect(entries[1]).toMatch(/孙丽.*创建纪要.*版本 1\.0/);

    // 张敏 is told someone confirmed for her, and confirms herself.
    const zhang = await openAs(named, "sidePanel", chat.id, occurrence.key, 320);
    await zhang.getByText("李娜 代你确认了第 1 版。只有你本人的确认才算数，请自行确认。").waitFor();
    await zhang.getByRole("button", { name: "确认第 1 版纪要" }).click();
    await zhang.getByText("你已确认第 1 版纪要").waitFor();
    await zhang.context().close();

    await host.reload();
    await host.getByText(`已确认 2 / ${String(total)}`).waitFor();
    expect(await host.getByText("1 条代为确认不计入").count()).toBe(0);
    await host.context().close();
  });
});
