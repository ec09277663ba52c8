// Owners as Planner knows them, against the Graph emulator over real HTTP: a task reassigned in
// Planner shows its new owner in the next review; an owner deleted from the directory keeps the
// task in Planner (the id stays in its assignments) and is flagged, and handing the item to a
// member rewrites the task with If-Match and records it in the minutes — exactly once, even when
// the answer to the Planner write is lost.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/start-emulator";
import { loadReviewItems, reassignAction } from "@/features/follow-up";
import { createGraphClient } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import { createRecord, getRecord, openWorkspace } from "@/meeting/api/workspace";
import type { Workspace } from "@/meeting/api/workspace";
import { minutesRecordSchema } from "@/meeting/model/records/minutes-record";
import { buildFullMinutesRecord } from "@/meeting/testing/build-records";
import { deleteUser, resetEmulator, setAccountEnabled, setFaults } from "../support/emulator-admin";

const groupId = "5b9fcea3-2a7b-42a4-bf6e-1927c23bacca";
const planId = "jnVTfBjp90XMvMWirTLXXWCM51KN";
const timeZone = "Asia/Shanghai";
const week1 = "2026-11-23T05:30:00.000Z";
const week2 = "2026-11-30T05:30:00.000Z";

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let wang: GraphClient;
let ws: Workspace;
let seriesCount = 0;

function connect(upn: string): GraphClient {
  return createGraphClient({
    baseUrl: emulator.graphBaseUrl,
    auth: { getToken: () => Promise.resolve(`emu:${upn}`) },
    sleep: () => Promise.resolve(),
  });
}

async function getUserId(upn: string): Promise<string> {
  return (await wang.get<{ id: string }>(`/users/${upn}?$select=id`, { operation: "getUser" })).body.id;
}

/** A published action item owned by `owner`, its task assigned to them; returns the series and task. */
async function publishAction(owner: { upn: string; name: string }): Promise<{ seriesId: string; taskId: string }> {
  seriesCount += 1;
  const seriesId = `19:meeting_owners${String(seriesCount)}@thread.v2`;
  const created = await wang.post<{ id: string }>(
    "/planner/tasks",
    {
      planId,
      title: "盘点华东仓滞销库存",
      assignments: {
        [await getUserId(owner.upn)]: { "@odata.type": "#microsoft.graph.plannerAssignment", orderHint: " !" },
      },
    },
    { operation: "createPlannerTask" },
  );
  const minutes = buildFullMinutesRecord({
    occurrenceKey: week1,
    actions: [
      {
        id: "a1",
        itemId: "i1",
        what: "盘点华东仓滞销库存",
        owner: owner.upn,
        ownerName: owner.name,
        due: "2026-11-27",
        standard: "滞销清单交采购部",
        supervisor: "sun.li@yunzhan.example",
        supervisorName: "孙丽",
        priority: "important",
      },
    ],
    published: {
      version: 1,
      at: week1,
      by: "wang.jianguo@yunzhan.example",
      planner: { a1: { taskId: created.body.id, bucketId: "b", fingerprint: "f" } },
    },
    reassignments: undefined,
  });
  await createRecord(
    wang,
    ws,
    "minutes",
    { key: `minutes|${seriesId}|${week1}`, seriesId, occurrenceKey: week1 },
    minutes,
  );
  return { seriesId, taskId: created.body.id };
}

async function review(seriesId: string) {
  const { items, candidates } = await loadReviewItems(wang, ws, {
    seriesId,
    planId,
    occurrenceKey: week2,
    now: new Date("2026-11-30T02:00:00Z"),
    timeZone,
  });
  const item = items[0];
  if (item === undefined) throw new Error("the review lists no item");
  return { item, candidates };
}

async function getAssignees(taskId: string): Promise<string[]> {
  const { body } = await wang.get<{ assignments: Record<string, unknown> }>(`/planner/tasks/${taskId}`, {
    operation: "getPlannerTask",
  });
  return Object.keys(body.assignments);
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  wang = connect("wang.jianguo@yunzhan.example");
  ws = await openWorkspace(wang, { groupId });
});

beforeEach(async () => {
  await resetEmulator(emulator.url);
});

afterAll(async () => {
  await emulator.close();
});

describe("owners as Planner knows them", () => {
  it("shows the owner Planner has after a reassignment there, 改派自 the minutes' owner", async () => {
    const { seriesId, taskId } = await publishAction({ upn: "li.na@yunzhan.example", name: "李娜" });
    const liNa = connect("li.na@yunzhan.example");
    const task = await liNa.get<{ "@odata.etag": string }>(`/planner/tasks/${taskId}`, { operation: "getPlannerTask" });
    await liNa.patch(
      `/planner/tasks/${taskId}`,
      {
        assignments: {
          [await getUserId("li.na@yunzhan.example")]: null,
          [await getUserId("zhang.min@yunzhan.example")]: {
            "@odata.type": "#microsoft.graph.plannerAssignment",
            orderHint: " !",
          },
        },
      },
      { operation: "updatePlannerTask", ifMatch: task.body["@odata.etag"] },
    );
    const { item } = await review(seriesId);
    expect(item.ownership).toMatchObject({
      owners: [{ name: "张敏", standing: "active" }],
      reassignedFrom: { name: "李娜" },
      isOrphaned: false,
    });
  });

  it("flags a disabled owner and one who left the group", async () => {
    const disabled = await publishAction({ upn: "liu.yang@yunzhan.example", name: "刘洋" });
    await setAccountEnabled(emulator.url, "liu.yang@yunzhan.example", false);
    expect((await review(disabled.seriesId)).item.ownership.owners[0]?.standing).toBe("disabled");
    await setAccountEnabled(emulator.url, "liu.yang@yunzhan.example", true);
    expect((await review(disabled.seriesId)).item.ownership.isOrphaned).toBe(false);

    const outsider = await publishAction({ upn: "zhou.jie@yunzhan.example", name: "周杰" });
    expect((await review(outsider.seriesId)).item.ownership).toMatchObject({
      owners: [{ name: "周杰", standing: "notMember" }],
      isOrphaned: true,
    });
  });

  it("flags a deleted owner and hands the item over once, even when Planner's answer is lost", async () => {
    const { seriesId, taskId } = await publishAction({ upn: "chen.xiaodong@yunzhan.example", name: "陈晓东" });
    const leaverId = await getUserId("chen.xiaodong@yunzhan.example");
    await deleteUser(emulator.url, "chen.xiaodong@yunzhan.example");

    const before = await review(seriesId);
    expect(before.item.ownership).toMatchObject({
      owners: [{ key: leaverId, name: "陈晓东", standing: "gone" }],
      isOrphaned: true,
    });
    expect(before.candidates.map((p) => p.name)).not.toContain("陈晓东");
    const liNa = before.candidates.find((p) => p.userPrincipalName === "li.na@yunzhan.example");
    if (liNa === undefined) throw new Error("李娜 is not offered");

    const input = {
      seriesId,
      occurrenceKey: week1,
      actionId: "a1",
      task: before.item.task,
      removeIds: [leaverId],
      to: liNa,
      reason: "gone" as const,
      by: "wang.jianguo@yunzhan.example",
    };
    await setFaults(emulator.url, { rules: [{ method: "PATCH", path: "/planner/tasks/*", drop: "after", count: 1 }] });
    await expect(reassignAction(wang, ws, input)).rejects.toThrow();
    await setFaults(emulator.url, { rules: [] });
    await reassignAction(wang, ws, input);
    await reassignAction(wang, ws, input);

    expect(await getAssignees(taskId)).toEqual([liNa.id]);
    const minutes = await getRecord(wang, ws, "minutes", `minutes|${seriesId}|${week1}`, minutesRecordSchema);
    // The new owner is named by object id, which survives a change of name or UPN.
    expect(minutes?.value.actions[0]).toMatchObject({ owner: liNa.id.toLowerCase(), ownerName: "李娜" });
    expect(minutes?.value.reassignments).toEqual([
      expect.objectContaining({
        from: "chen.xiaodong@yunzhan.example",
        fromName: "陈晓东",
        to: liNa.id.toLowerCase(),
        toName: "李娜",
        reason: "gone",
      }),
    ]);
    const after = await review(seriesId);
    expect(after.item.ownership).toMatchObject({
      owners: [{ name: "李娜", standing: "active" }],
      reassignedFrom: { name: "陈晓东" },
      isOrphaned: false,
    });
  });
});
