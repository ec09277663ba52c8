// What the review end-to-end tests share: minutes with action items published at one occurrence
// the way the note-taker publishes them, owners changing their tasks in Planner, and the host's
// agenda opened at a later occurrence with its review of earlier decisions.
import type { Page } from "playwright-core";
import { createRecord } from "@/meeting/api/workspace";
import { minutesRecordSchema } from "@/meeting/model/records/minutes-record";
import { getMinutesKey } from "@/meeting/model/record-keys";
import type { ActionItem, MinutesRecord } from "@/meeting/model/records/minutes-record";
import { publishMinutes } from "@/features/minutes/publish-minutes/publish-minutes";
import type { Occurrence } from "@/features/series";
import type { AppInBrowser } from "./app-in-browser";
import { connectAs } from "./seed-series";
import type { SeededSeries } from "./seed-series";

export const gm = "wang.jianguo@yunzhan.example";
export const noteTaker = "sun.li@yunzhan.example";

export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export interface ActionOwner {
  upn: string;
  name: string;
  what: string;
}

/** Publishes one action item per owner at `occurrence`, as the note-taker; answers the Planner links. */
export async function publishActions(
  origin: string,
  seeded: SeededSeries,
  occurrence: Occurrence,
  owners: readonly ActionOwner[],
): Promise<Record<string, { taskId: string } | undefined>> {
  const seriesId = seeded.config.seriesId;
  const actions = owners.map(({ upn, name, what }, i): ActionItem => ({
    id: `a${String(i + 1)}`,
    itemId: "departments-1",
    decisionId: "d1",
    what,
    owner: upn,
    ownerName: name,
    due: daysFromNow(5),
    standard: "按计划完成并在群里回报",
    supervisor: noteTaker,
    priority: "important",
  }));
  const minutes: MinutesRecord = {
    schemaVersion: 1,
    occurrenceKey: occurrence.key,
    meetingTitle: "周例会",
    start: occurrence.start.toISOString(),
    end: occurrence.end.toISOString(),
    host: gm,
    noteTaker,
    attendees: owners.map(({ upn, name }) => ({ upn, name })),
    attendance: Object.fromEntries(owners.map(({ upn }) => [upn, { status: "present" as const }])),
    items: [
      {
        id: "departments-1",
        title: "各部门负责人汇报",
        notes: "",
        decisions: [{ id: "d1", text: "双十二前完成准备" }],
      },
    ],
    actions,
    status: "draft",
    version: 1,
    history: [],
    updatedBy: noteTaker,
    updatedAt: new Date().toISOString(),
  };
  const client = connectAs(origin, noteTaker);
  const stored = await createRecord(
    client,
    seeded.workspace,
    "minutes",
    { key: getMinutesKey(seriesId, occurrence.key), seriesId, occurrenceKey: occurrence.key },
    minutes,
    { schema: minutesRecordSchema },
  );
  const published = await publishMinutes(client, {
    workspace: seeded.workspace,
    config: seeded.config,
    seriesId,
    minutes: stored.value,
    by: noteTaker,
    language: "zh-CN",
    date: occurrence.key.slice(0, 10),
    describeTime: () => ({ dateTime: occurrence.key }),
    displayNames: {},
    timeZone: "Asia/Shanghai",
    links: { fullMinutes: `${origin}/?view=minutes`, confirm: `${origin}/?view=minutes` },
  });
  return published.value.published?.planner ?? {};
}

/** A change to a task made in Planner by `upn`, with the etag Planner requires. */
export async function setTask(origin: string, upn: string, taskId: string, patch: Record<string, unknown>) {
  const client = connectAs(origin, upn);
  const task = await client.get<{ "@odata.etag": string }>(`/planner/tasks/${taskId}`, { operation: "getPlannerTask" });
  await client.patch(`/planner/tasks/${taskId}`, patch, {
    operation: "updatePlannerTask",
    ifMatch: task.etag ?? task.body["@odata.etag"],
  });
}

/** The host's agenda of `occurrenceKey`, once its review of earlier decisions is on screen. */
export async function openReview(app: AppInBrowser, seriesId: string, occurrenceKey: string): Promise<Page> {
  const context = await app.browser.newContext({
    viewport: { width: 1100, height: 1200 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => {
    console.log("pageerror", e.message.slice(0, 400));
  });
  const query = { as: gm, frame: "content", chat: seriesId, lang: "zh-CN", view: "agenda", occurrence: occurrenceKey };
  await page.goto(`${app.server.url}/?${new URLSearchParams(query).toString()}`);
  await page.getByRole("heading", { name: "上次会议决策执行情况" }).waitFor();
  return page;
}
