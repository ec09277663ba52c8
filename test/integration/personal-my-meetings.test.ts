// "My meetings" over real HTTP against the Graph emulator: two configured series (周例会, 月例会)
// seeded through Graph by their organizer, Planner tasks in their plans and in a plan of another
// group, then the personal tab's loader and progress updates as li.na@ (a speaker in both).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/start-emulator";
import { defaultScenarioPath, loadScenarioFile } from "../../emulator/scenario/load";
import { createGraphClient } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import {
  seriesDefaults,
  storedSeriesConfigSchema,
  toStoredSeriesConfig,
} from "@/meeting/model/series-config/series-config";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import { getSeriesConfigKey } from "@/meeting/model/record-keys";
import { monthlyReview, weeklyMeeting } from "@/meeting/model/templates/presets";
import type { MeetingTemplate } from "@/meeting/model/templates/types";
import { createRecord, openWorkspace } from "@/meeting/api/workspace";
import type { Workspace } from "@/meeting/api/workspace";
import { TaskChangedError, getTaskDescription, loadMyMeetings, updateTaskProgress } from "@/features/personal";
import type { MyMeetingsData, MyTask } from "@/features/personal";
import { computeTaskStatus } from "@/features/personal/model/task-status";
import { readTaskDescription } from "@/meeting/model/planner/task-description";
import { clearRequests, findChatByTopic, getTenant, listRequests } from "../support/emulator-admin";

const groupId = "5b9fcea3-2a7b-42a4-bf6e-1927c23bacca";
const weeklyPlanId = "jnVTfBjp90XMvMWirTLXXWCM51KN";
const otherGroupId = "0f6d2a51-7c1e-4d8b-9a43-2b5e8c9d1f70";
const otherPlanId = "oTHERpLANiDaBCDEFGHIJKLMNOPQR";
const liNa = "li.na@yunzhan.example";
const wang = "wang.jianguo@yunzhan.example";
// A Wednesday, 10:00 in Shanghai: the next 周例会 is Monday 7 December 13:30, the next 月例会 Thursday 3 December.
const now = new Date("2026-12-02T02:00:00.000Z");
const nextWeekly = "2026-12-07T05:30:00.000Z";
const nextMonthly = "2026-12-03T05:30:00.000Z";

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let liNaClient: GraphClient;
let wangClient: GraphClient;
let ws: Workspace;
let weeklyChat: string;
let monthlyChat: string;
let monthlyPlanId: string;
const taskIds: Record<"weekly" | "monthly" | "weeklyDone", string> = { weekly: "", monthly: "", weeklyDone: "" };

function connect(upn: string): GraphClient {
  return createGraphClient({
    baseUrl: emulator.graphBaseUrl,
    auth: { getToken: () => Promise.resolve(`emu:${upn}`) },
    sleep: () => Promise.resolve(),
  });
}

/** The default tenant plus a second group of li.na@'s with a site but no Meetloop lists, and a plan whose task must not show. */
function buildScenario() {
  const scenario = loadScenarioFile(defaultScenarioPath);
  scenario.groups.push({
    id: otherGroupId,
    displayName: "运营小组",
    mailNickname: "ops-team",
    visibility: "Private",
    owners: [liNa],
    members: [liNa],
    site: {
      id: "yunzhan.sharepoint.com,6a1c7f0e-2d4b-4e51-9c0a-3f5e7d9b1a22,9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4",
      name: "ops-team",
      lists: [],
    },
    driveId: "b!opsTeamDrive0000000000000000000000000000000000000000",
    plans: [
      {
        id: otherPlanId,
        title: "运营小组任务",
        buckets: [],
        tasks: [
          {
            id: "otherTaskForLiNa000000000000",
            title: "其他计划里的任务",
            assignees: [liNa],
            percentComplete: 0,
            priority: 5,
          },
        ],
      },
    ],
  });
  return scenario;
}

function buildSeriesConfig(
  seriesId: string,
  title: string,
  template: MeetingTemplate,
  planId: string,
  roles: Pick<SeriesConfig, "host" | "noteTaker" | "speakers">,
): SeriesConfig {
  return {
    schemaVersion: 1,
    seriesId,
    title,
    template,
    workspace: { groupId, groupName: "云栈管理层", siteId: ws.siteId, planId, planTitle: `${title} · 行动项` },
    ...roles,
    reportDue: { ...seriesDefaults.reportDue },
    noticeLeadHours: seriesDefaults.noticeLeadHours,
    attendance: { leaveCutoffHours: 24, lateness: { kind: "none" } },
    updatedBy: wang,
    updatedAt: now.toISOString(),
  };
}

async function createTask(
  planId: string,
  title: string,
  fields: { dueDateTime?: string; percentComplete?: number },
  assigneeId: string,
): Promise<string> {
  const assignments = { [assigneeId]: { "@odata.type": "#microsoft.graph.plannerAssignment", orderHint: " !" } };
  const { body } = await wangClient.post<{ id: string }>(
    "/planner/tasks",
    { planId, title, assignments, ...fields },
    { operation: "createPlannerTask" },
  );
  return body.id;
}

async function readTask(id: string): Promise<{ percentComplete: number; etag: string }> {
  const { body } = await wangClient.get<{ percentComplete: number; "@odata.etag": string }>(`/planner/tasks/${id}`, {
    operation: "getPlannerTask",
  });
  return { percentComplete: body.percentComplete, etag: body["@odata.etag"] };
}

function loadAsLiNa(): Promise<MyMeetingsData> {
  return loadMyMeetings(liNaClient, { hostName: liNa, now, timeZone: "Asia/Shanghai" });
}

function findTask(data: MyMeetingsData, id: string): MyTask {
  const task = data.tasks.find((t) => t.id === id);
  if (!task) throw new Error(`task ${id} is not listed`);
  return task;
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, scenario: buildScenario(), now: () => now });
  liNaClient = connect(liNa);
  wangClient = connect(wang);
  const tenant = await getTenant(emulator.url);
  weeklyChat = findChatByTopic(tenant, "周例会").id;
  monthlyChat = findChatByTopic(tenant, "月例会").id;
  const liNaId = tenant.users.find((u) => u.userPrincipalName === liNa)?.id ?? "";

  // The organizer configures both series in the group's workspace, as the configuration page does.
  ws = await openWorkspace(wangClient, { groupId });
  const plan = await wangClient.post<{ id: string }>(
    "/planner/plans",
    { container: { url: `https://graph.microsoft.com/v1.0/groups/${groupId}` }, title: "月例会 · 行动项" },
    { operation: "createPlannerPlan" },
  );
  monthlyPlanId = plan.body.id;
  const weekly = buildSeriesConfig(weeklyChat, "周例会", weeklyMeeting, weeklyPlanId, {
    // 16 Nov hosted by 张敏, 23 Nov 李娜, 30 Nov 陈晓东, 7 Dec 张敏, the (moved) 14 Dec 李娜.
    host: {
      mode: "rotating",
      order: ["zhang.min@yunzhan.example", liNa, "chen.xiaodong@yunzhan.example"],
      startsAt: "2026-11-16T05:30:00.000Z",
    },
    noteTaker: "sun.li@yunzhan.example",
    speakers: { departments: [liNa, "zhang.min@yunzhan.example", "chen.xiaodong@yunzhan.example"] },
  });
  const monthly = buildSeriesConfig(monthlyChat, "月例会", monthlyReview, monthlyPlanId, {
    host: { mode: "fixed", host: wang },
    noteTaker: "Li.Na@yunzhan.example",
    speakers: { owners: [liNa, "liu.yang@yunzhan.example"], "store-kpis": ["zhou.jie@yunzhan.example"] },
  });
  for (const config of [weekly, monthly]) {
    await createRecord(
      wangClient,
      ws,
      "series",
      { key: getSeriesConfigKey(config.seriesId), seriesId: config.seriesId, owner: wang },
      toStoredSeriesConfig(config),
      { schema: storedSeriesConfigSchema },
    );
  }
  // li.na@ already handed in her 月例会 report.
  await createRecord(
    liNaClient,
    ws,
    "reports",
    {
      key: `report|${monthlyChat}|${nextMonthly}|owners|${liNa}`,
      seriesId: monthlyChat,
      occurrenceKey: nextMonthly,
      owner: liNa,
    },
    {
      schemaVersion: 1,
      sectionId: "owners",
      author: liNa,
      fields: { review: "完成" },
      submittedAt: "2026-12-01T09:00:00.000Z",
      revision: 1,
    },
  );

  // The organizer typed li.na@'s 周例会 report for her: SharePoint names him as its writer, so it is
  // not her submission and she still owes it (docs/domain.md §9).
  await createRecord(
    wangClient,
    ws,
    "reports",
    {
      key: `report|${weeklyChat}|${nextWeekly}|departments|${liNa}`,
      seriesId: weeklyChat,
      occurrenceKey: nextWeekly,
      owner: liNa,
    },
    {
      schemaVersion: 1,
      sectionId: "departments",
      author: liNa,
      fields: { review: "代填" },
      submittedAt: "2026-12-01T08:00:00.000Z",
      revision: 1,
    },
  );

  // Due Saturday 28 November (end of day in Shanghai), half done: four days overdue on 2 December.
  taskIds.weekly = await createTask(
    weeklyPlanId,
    "整理双十一复盘数据",
    { dueDateTime: "2026-11-28T15:59:59.000Z", percentComplete: 50 },
    liNaId,
  );
  taskIds.monthly = await createTask(
    monthlyPlanId,
    "提交 12 月推广预算",
    { dueDateTime: "2026-12-10T15:59:59.000Z" },
    liNaId,
  );
  taskIds.weeklyDone = await createTask(weeklyPlanId, "已完成的旧任务", { percentComplete: 100 }, liNaId);
  const details = await wangClient.get<{ "@odata.etag": string }>(`/planner/tasks/${taskIds.weekly}/details`, {
    operation: "getPlannerTaskDetails",
  });
  await wangClient.patch(
    `/planner/tasks/${taskIds.weekly}/details`,
    { description: "验收标准：复盘报告经总经理确认\n会议纪要：https://example.com/minutes" },
    { operation: "updatePlannerTaskDetails", ifMatch: details.body["@odata.etag"] },
  );
});

afterAll(async () => {
  await emulator.close();
});

describe("My meetings as li.na@", () => {
  it("finds both series, her roles, the reports she owes and her open action items in five round trips", async () => {
    await clearRequests(emulator.url);
    const data = await loadAsLiNa();
    const requests = await listRequests(emulator.url);
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual(Array.from({ length: 5 }, () => "POST /$batch"));
    // The other group's site and the public 云栈全员's have no "Meetloop Series" list: a 404 each
    // inside the third batch, tolerated.
    expect(requests[2]?.inner?.map((i) => i.status).sort()).toEqual([200, 404, 404]);

    expect(data.series.map((s) => s.title).sort()).toEqual(["周例会", "月例会"]);
    // The group without Meetloop lists is not a workspace: skipped, not an error.
    expect(data.unreadable).toEqual([]);

    const weekly = data.occurrences.filter((o) => o.seriesId === weeklyChat);
    expect(weekly[0]).toMatchObject({
      occurrenceKey: nextWeekly,
      isCancelled: false,
      roles: { isHost: false, isNoteTaker: false, speaks: [{ sectionId: "departments" }] },
    });
    // The 14 December meeting, moved to the 15th, keeps its key; the rotation reaches li.na@ there.
    const moved = weekly.find((o) => o.occurrenceKey === "2026-12-14T05:30:00.000Z");
    expect(moved?.start.toISOString()).not.toBe(moved?.occurrenceKey);
    expect(moved?.roles.isHost).toBe(true);
    const monthly = data.occurrences.find((o) => o.seriesId === monthlyChat);
    expect(monthly).toMatchObject({
      occurrenceKey: nextMonthly,
      seriesTitle: "月例会",
      roles: { isHost: false, isNoteTaker: true, speaks: [{ sectionId: "owners" }] },
    });

    // Reports are due the working day before at 18:00 in the series' zone (Friday for a Monday meeting).
    const weeklyReport = data.owedReports.find((r) => r.seriesId === weeklyChat && r.occurrenceKey === nextWeekly);
    expect(weeklyReport?.due.toISOString()).toBe("2026-12-04T10:00:00.000Z");
    expect(weeklyReport?.submittedAt).toBeUndefined();
    const monthlyReport = data.owedReports.find((r) => r.seriesId === monthlyChat && r.occurrenceKey === nextMonthly);
    expect(monthlyReport?.due.toISOString()).toBe("2026-12-02T10:00:00.000Z");
    expect(monthlyReport?.submittedAt?.toISOString()).toBe("2026-12-01T09:00:00.000Z");

    // Only open tasks of the two series' plans: not the done one, not the other group's plan.
    expect(data.tasks.map((t) => t.id).sort()).toEqual([taskIds.weekly, taskIds.monthly].sort());
    const weeklyTask = findTask(data, taskIds.weekly);
    expect(weeklyTask.series).toEqual([{ seriesId: weeklyChat, title: "周例会" }]);
    expect(computeTaskStatus(weeklyTask, now, "Asia/Shanghai")).toEqual({ progress: "inProgress", overdueDays: 4 });
    const monthlyTask = findTask(data, taskIds.monthly);
    expect(monthlyTask.series).toEqual([{ seriesId: monthlyChat, title: "月例会" }]);
    expect(computeTaskStatus(monthlyTask, now, "Asia/Shanghai")).toEqual({ progress: "notStarted", overdueDays: 0 });

    // The standard of done, read on demand from the task's details.
    expect(readTaskDescription(await getTaskDescription(liNaClient, taskIds.weekly)).standard).toBe(
      "复盘报告经总经理确认",
    );
  });

  it("marks an action item done with If-Match on the listed etag", async () => {
    const task = findTask(await loadAsLiNa(), taskIds.weekly);
    await clearRequests(emulator.url);
    const state = await updateTaskProgress(liNaClient, task, "done");
    expect(state.percentComplete).toBe(100);
    expect(state.etag).not.toBe(task.etag);
    const [patch] = await listRequests(emulator.url);
    expect(patch).toMatchObject({ method: "PATCH", status: 200, body: { percentComplete: 100 } });
    expect(await readTask(task.id)).toEqual({ percentComplete: 100, etag: state.etag });
    // Planner refuses a write without If-Match (400) or with a stale one (412): the old etag now fails.
    await expect(updateTaskProgress(liNaClient, task, "inProgress")).rejects.toBeInstanceOf(TaskChangedError);
    // Done is no longer open.
    expect((await loadAsLiNa()).tasks.map((t) => t.id)).toEqual([taskIds.monthly]);
  });

  it("on 412 reads the task afresh and reports what someone else set", async () => {
    const task = findTask(await loadAsLiNa(), taskIds.monthly);
    const current = await readTask(task.id);
    await wangClient.patch(
      `/planner/tasks/${task.id}`,
      { percentComplete: 50 },
      { operation: "updatePlannerTask", ifMatch: current.etag },
    );
    const error: unknown = await updateTaskProgress(liNaClient, task, "done").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TaskChangedError);
    expect((error as TaskChangedError).latest).toMatchObject({ id: task.id, percentComplete: 50 });
    expect((await readTask(task.id)).percentComplete).toBe(50);
  });
});
