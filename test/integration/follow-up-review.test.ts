// The review that opens an occurrence, against the Graph emulator over real HTTP: minutes records
// in the workspace linked to Planner tasks the test creates; the owner completes some and a due
// date is moved into the past through Graph; the review reads the live statuses back in one
// $batch (plus one for the deleted task), records verdicts, and the next occurrence shows the
// rejected item again with its follow-up count while accepted ones are gone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/start-emulator";
import { loadReviewItems, recordReview } from "@/features/follow-up";
import { createGraphClient } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import { createRecord, openWorkspace } from "@/meeting/api/workspace";
import type { Workspace } from "@/meeting/api/workspace";
import { clearRequests, listRequests } from "../support/emulator-admin";

const groupId = "5b9fcea3-2a7b-42a4-bf6e-1927c23bacca";
const planId = "jnVTfBjp90XMvMWirTLXXWCM51KN";
const seriesId = "19:meeting_follow-up-review@thread.v2";
const timeZone = "Asia/Shanghai";
const day = 86_400_000;

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let wang: GraphClient;
let liNa: GraphClient;
let ws: Workspace;

const now = new Date();
const occurrence = (weeksFromNow: number) => new Date(now.getTime() + weeksFromNow * 7 * day).toISOString();
const [week1, week2, week3, week4] = [occurrence(-2), occurrence(-1), occurrence(0), occurrence(1)];
// A due date is a day in the series' zone (overdue days are counted there), not in UTC: from 16:00
// UTC on, Shanghai is already on the next day.
const inDays = (days: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date(now.getTime() + days * day));

function connect(upn: string): GraphClient {
  return createGraphClient({
    baseUrl: emulator.graphBaseUrl,
    auth: { getToken: () => Promise.resolve(`emu:${upn}`) },
    sleep: () => Promise.resolve(),
  });
}

async function createTask(title: string, assigneeId: string, due: string): Promise<{ id: string; etag: string }> {
  const result = await wang.post<{ id: string }>(
    "/planner/tasks",
    {
      planId,
      title,
      dueDateTime: `${due}T15:59:59Z`,
      assignments: { [assigneeId]: { "@odata.type": "#microsoft.graph.plannerAssignment", orderHint: " !" } },
    },
    { operation: "createPlannerTask" },
  );
  if (result.etag === undefined) throw new Error("Planner answered a task create without an etag");
  return { id: result.body.id, etag: result.etag };
}

function action(id: string, what: string, due: string) {
  return {
    id,
    itemId: "i1",
    decisionId: "d1",
    what,
    owner: "li.na@yunzhan.example",
    ownerName: "李娜",
    due,
    standard: `${what}：验收标准`,
    supervisor: "sun.li@yunzhan.example",
    supervisorName: "孙丽",
    priority: "important",
  };
}

function minutes(occurrenceKey: string, actions: ReturnType<typeof action>[], links: Record<string, string>) {
  return {
    schemaVersion: 1,
    occurrenceKey,
    meetingTitle: "周例会",
    start: occurrenceKey,
    end: new Date(new Date(occurrenceKey).getTime() + 90 * 60_000).toISOString(),
    attendees: [{ upn: "li.na@yunzhan.example", name: "李娜" }],
    attendance: { "li.na@yunzhan.example": { status: "present" } },
    items: [{ id: "i1", title: "运营", notes: "", decisions: [{ id: "d1", text: `${occurrenceKey} 的决议` }] }],
    actions,
    status: "published",
    version: 1,
    published: {
      version: 1,
      at: occurrenceKey,
      by: "wang.jianguo@yunzhan.example",
      planner: Object.fromEntries(
        Object.entries(links).map(([a, taskId]) => [a, { taskId, bucketId: "b", fingerprint: "f" }]),
      ),
    },
    history: [],
    updatedBy: "wang.jianguo@yunzhan.example",
    updatedAt: occurrenceKey,
  };
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  wang = connect("wang.jianguo@yunzhan.example");
  liNa = connect("li.na@yunzhan.example");
  ws = await openWorkspace(wang, { groupId });
  const liNaId = (await wang.get<{ id: string }>("/users/li.na@yunzhan.example?$select=id", { operation: "getUser" }))
    .body.id;

  const done = await createTask("整理退款工单", liNaId, inDays(5));
  const late = await createTask("上线 KPI 看板", liNaId, inDays(5));
  const todo = await createTask("客服话术更新", liNaId, inDays(5));
  const gone = await createTask("仓库盘点", liNaId, inDays(5));
  const doneToo = await createTask("大促复盘", liNaId, inDays(2));

  // The owner works on their tasks in Planner: two completed, one due date moved into the past.
  await liNa.patch(
    `/planner/tasks/${done.id}`,
    { percentComplete: 100 },
    { operation: "updatePlannerTask", ifMatch: done.etag },
  );
  await liNa.patch(
    `/planner/tasks/${doneToo.id}`,
    { percentComplete: 100 },
    { operation: "updatePlannerTask", ifMatch: doneToo.etag },
  );
  await liNa.patch(
    `/planner/tasks/${late.id}`,
    { dueDateTime: `${inDays(-3)}T15:59:59Z`, percentComplete: 50 },
    { operation: "updatePlannerTask", ifMatch: late.etag },
  );
  await wang.delete(`/planner/tasks/${gone.id}`, { operation: "updatePlannerTask", ifMatch: gone.etag });

  const first = [
    action("a-done", "整理退款工单", inDays(5)),
    action("a-late", "上线 KPI 看板", inDays(5)),
    action("a-todo", "客服话术更新", inDays(5)),
    action("a-gone", "仓库盘点", inDays(5)),
  ];
  await createRecord(
    wang,
    ws,
    "minutes",
    { key: `minutes|${seriesId}|${week1}`, seriesId: seriesId, occurrenceKey: week1 },
    minutes(week1, first, { "a-done": done.id, "a-late": late.id, "a-todo": todo.id, "a-gone": gone.id }),
  );
  await createRecord(
    wang,
    ws,
    "minutes",
    { key: `minutes|${seriesId}|${week2}`, seriesId: seriesId, occurrenceKey: week2 },
    minutes(week2, [action("b-done", "大促复盘", inDays(2))], { "b-done": doneToo.id }),
  );
  // The current occurrence's own minutes (a draft) must not feed its own review.
  await createRecord(
    wang,
    ws,
    "minutes",
    { key: `minutes|${seriesId}|${week3}`, seriesId: seriesId, occurrenceKey: week3 },
    { ...minutes(week3, [action("c-new", "新事项", inDays(9))], {}), status: "draft", published: undefined },
  );
});

afterAll(async () => {
  await emulator.close();
});

describe("review of earlier decisions", () => {
  it("reads live Planner statuses in the same load, overdue first, deleted tasks shown", async () => {
    await clearRequests(emulator.url);
    const { items, unreadable } = await loadReviewItems(wang, ws, {
      seriesId,
      planId,
      occurrenceKey: week3,
      now,
      timeZone,
    });
    expect(unreadable).toEqual([]);
    expect(items.map((i) => [i.actionId, i.status.kind, i.carryCount])).toEqual([
      ["a-late", "overdue", 1],
      ["a-gone", "deleted", 1],
      ["a-todo", "notStarted", 1],
      ["b-done", "done", 1], // due earlier than a-done: within a status, earliest due first
      ["a-done", "done", 1],
    ]);
    expect(items[0]).toMatchObject({
      status: { kind: "overdue", days: 3 },
      due: inDays(-3),
      owner: "li.na@yunzhan.example",
      standard: "上线 KPI 看板：验收标准",
      decisionText: `${week1} 的决议`,
    });
    // One $batch for the records and the plan's tasks; one more to confirm the missing task is gone.
    const requests = await listRequests(emulator.url);
    expect(requests.map((r) => `${r.method} ${r.url.replace(/^.*\/v1\.0/, "")}`)).toEqual([
      "POST /$batch",
      "POST /$batch",
    ]);
    expect(requests[1]?.inner?.map((r) => r.status)).toEqual([404]);
  });

  it("brings a rejected item back next time with its follow-up count; accepted ones leave", async () => {
    const reviewer = "wang.jianguo@yunzhan.example";
    const review = async (id: string, verdict: "accepted" | "notAccepted", note?: string) => {
      await recordReview(wang, ws, {
        seriesId,
        occurrenceKey: week3,
        action: { actionId: id, owner: "li.na@yunzhan.example", what: id },
        verdict,
        by: reviewer,
        ...(note === undefined ? {} : { note }),
      });
    };
    await review("a-late", "notAccepted", "看板数据仍不完整");
    await review("a-done", "accepted");
    await review("b-done", "accepted");
    // A second verdict at the same occurrence replaces the first: still one record per action and occurrence.
    await review("a-todo", "accepted");
    await review("a-todo", "notAccepted");

    const same = await loadReviewItems(wang, ws, { seriesId, planId, occurrenceKey: week3, now, timeZone });
    expect(same.items.find((i) => i.actionId === "a-late")?.verdict).toMatchObject({
      verdict: "notAccepted",
      by: reviewer,
      note: "看板数据仍不完整",
    });
    expect(same.items.find((i) => i.actionId === "a-done")?.verdict?.verdict).toBe("accepted");

    const next = await loadReviewItems(wang, ws, {
      seriesId,
      planId,
      occurrenceKey: week4,
      now: new Date(now.getTime() + 7 * day),
      timeZone,
    });
    expect(next.items.map((i) => [i.actionId, i.status.kind, i.carryCount])).toEqual([
      ["a-late", "overdue", 2],
      ["a-todo", "overdue", 2],
      ["a-gone", "deleted", 1],
    ]);
    expect(next.items.map((i) => (i.status.kind === "overdue" ? i.status.days : 0))).toEqual([10, 2, 0]);
  });
});
