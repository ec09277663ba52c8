// Publishing action items to Planner over real HTTP against the Graph emulator (strict Planner:
// etags, If-Match, CSDL-checked bodies): every action item becomes exactly one task, whatever
// fails and whoever retries. Each test gets a fresh emulator, so its log and state are its own.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FaultInjector, faultConfigSchema } from "../../emulator/faults";
import { startEmulator } from "../../emulator/start-emulator";
import { countSequentialRoundTrips } from "../../bench/round-trips";
import { createGraphClient } from "@/lib/graph";
import {
  buildReferenceUrl,
  encodeReferenceKey,
  endOfDueDay,
  readKeyMarker,
  findPlannerLimit,
  getBucketName,
  getOccurrenceName,
  publishActionItems,
} from "@/features/minutes/planner-sync";
import type { PublishInput } from "@/features/minutes/planner-sync";
import { buildAction } from "@/features/minutes/planner-sync/testing/builders";
import type { ActionItem } from "@/meeting/model/records/minutes-record";
import { clearRequests, listRequests, setFaults, setLimits } from "../support/emulator-admin";

const planId = "jnVTfBjp90XMvMWirTLXXWCM51KN";
const bucketName = "2026-11-30 周例会";
const minutesUrl =
  "https://teams.microsoft.com/l/entity/meetloop/minutes?context=%7B%22occurrence%22%3A%222026-11-30%22%7D";
const decisions: Record<string, string> = { a1: "双十二备货提前一周", a2: "客服话术统一", a3: "直播排期固定到周三" };

let emulator: Awaited<ReturnType<typeof startEmulator>>;

beforeEach(async () => {
  emulator = await startEmulator({ port: 0 });
});

afterEach(async () => {
  await emulator.close();
});

function createClient(waits: number[] = [], upn = "sun.li@yunzhan.example") {
  return createGraphClient({
    baseUrl: emulator.graphBaseUrl,
    auth: { getToken: () => Promise.resolve(`emu:${upn}`) },
    maxAttempts: 8,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  });
}

/** Five action items for three owners. */
function fiveActions(): ActionItem[] {
  return [
    buildAction("a1", {
      what: "整理双十二备货清单",
      owner: "li.na@yunzhan.example",
      due: "2026-12-04",
      priority: "urgent",
    }),
    buildAction("a2", {
      what: "更新客服话术",
      owner: "zhang.min@yunzhan.example",
      due: "2026-12-02",
      priority: "important",
      decisionId: "d2",
    }),
    buildAction("a3", {
      what: "确定直播排期",
      owner: "chen.xiaodong@yunzhan.example",
      due: "2026-12-03",
      priority: "medium",
      decisionId: "d3",
    }),
    buildAction("a4", {
      what: "核对库存差异",
      owner: "li.na@yunzhan.example",
      due: "2026-12-05",
      priority: "low",
      supervisor: "zhao.lei@yunzhan.example",
    }),
    buildAction("a5", {
      what: "提交促销预算",
      owner: "zhang.min@yunzhan.example",
      due: "2026-12-01",
      priority: "important",
    }),
  ];
}

function publishInput(actions: ActionItem[], overrides: Partial<PublishInput> = {}): PublishInput {
  return {
    planId,
    bucketName,
    actions,
    previous: {},
    minutesUrl,
    decisionTextOf: (actionId) => decisions[actionId] ?? "",
    supervisorNameOf: (upn) =>
      ({ "wang.jianguo@yunzhan.example": "王建国", "zhao.lei@yunzhan.example": "赵磊" })[upn] ?? upn,
    timeZone: "China Standard Time",
    ...overrides,
  };
}

interface PlannerRecord {
  id: string;
  planId?: string;
  title: string;
  bucketId: string | null;
  assignments: Record<string, unknown>;
  dueDateTime: string | null;
  priority: number;
  description?: string;
  references?: Record<string, { alias?: string }>;
}

interface Snapshot {
  users: { id: string; userPrincipalName: string }[];
  planner: {
    buckets: Record<string, { id: string; name: string; planId: string }>;
    tasks: Record<string, PlannerRecord>;
    taskDetails: Record<string, PlannerRecord>;
  };
}

async function readState(): Promise<Snapshot> {
  const response = await fetch(`${emulator.url}/graph/_admin/state`);
  return (await response.json()) as Snapshot;
}

/** The tasks in the occurrence's bucket(s), each with its details. */
async function occurrenceTasks() {
  const state = await readState();
  const bucketIds = new Set(
    Object.values(state.planner.buckets)
      .filter((b) => b.planId === planId && b.name === bucketName)
      .map((b) => b.id),
  );
  return Object.values(state.planner.tasks)
    .filter((task) => task.bucketId !== null && bucketIds.has(task.bucketId))
    .map((task) => ({ ...task, details: state.planner.taskDetails[task.id] }));
}

async function userId(upn: string): Promise<string> {
  const user = (await readState()).users.find((u) => u.userPrincipalName === upn);
  if (!user) throw new Error(`no user ${upn}`);
  return user.id;
}

/** Top-level requests and the inner requests of every $batch. */
async function loggedRequests() {
  const log = await listRequests(emulator.url);
  return log.flatMap((entry) => [entry, ...(entry.inner ?? [])]);
}

/** (f) Every request the engine sent passed the emulator's strict checks. */
async function expectNoBadRequests() {
  const bad = (await loggedRequests()).filter((entry) => entry.status === 400);
  expect(bad).toEqual([]);
}

/** Writes other than the $batch envelope itself. */
async function loggedWrites() {
  return (await loggedRequests()).filter((entry) => entry.method !== "GET" && !entry.url.startsWith("/$batch"));
}

async function expectFiveCompleteTasks() {
  const tasks = await occurrenceTasks();
  expect(tasks).toHaveLength(5);
  expect(tasks.map((task) => task.title).sort()).toEqual(
    fiveActions()
      .map((action) => action.what)
      .sort(),
  );
  const idOf = new Map(fiveActions().map((action) => [action.what, action.id]));
  for (const task of tasks) {
    expect(task.details?.description).toContain("验收标准：");
    // One reference back to the minutes, its URL carrying the action's marker.
    expect(Object.keys(task.details?.references ?? {})).toEqual([
      encodeReferenceKey(buildReferenceUrl(minutesUrl, idOf.get(task.title) ?? "")),
    ]);
  }
}

/** A seed for which a `fraction: 0.5` rule lets `skip` matches pass and fires on the next one. */
function seedFiringAfter(skip: number): number {
  for (let seed = 1; seed < 1000; seed++) {
    const injector = new FaultInjector();
    injector.configure(faultConfigSchema.parse({ rules: [{ path: "/x", drop: "before", fraction: 0.5, seed }] }));
    const fires = Array.from({ length: skip + 1 }, () => injector.match("POST", "/x") !== undefined);
    if (fires.every((fired, i) => fired === (i === skip))) return seed;
  }
  throw new Error("no seed found");
}

describe("publishActionItems against the emulator", () => {
  it("turns 5 action items for 3 owners into exactly 5 tasks in the occurrence's bucket", async () => {
    // Some latency, so requests sent together overlap in the log as they would over a network.
    await setFaults(emulator.url, { latencyMs: 20 });
    const progress: string[] = [];
    const result = await publishActionItems(
      createClient(),
      publishInput(fiveActions(), { onProgress: (p) => progress.push(p.phase) }),
    );

    expect(result).toMatchObject({ created: 5, updated: 0, unchanged: 0 });
    expect(progress).toEqual(["reading", "writing-tasks", "writing-details", "done"]);
    const tasks = await occurrenceTasks();
    expect(tasks).toHaveLength(5);
    for (const action of fiveActions()) {
      const task = tasks.find((t) => t.title === action.what);
      expect(result.planner[action.id]?.taskId).toBe(task?.id);
      expect(Object.keys(task?.assignments ?? {})).toEqual([await userId(action.owner)]);
      expect(Date.parse(task?.dueDateTime ?? "")).toBe(Date.parse(endOfDueDay(action.due, "Asia/Shanghai")));
      expect(task?.priority).toBe({ urgent: 1, important: 3, medium: 5, low: 9 }[action.priority]);
      expect(task?.details?.description).toContain(`验收标准：${action.standard}`);
      if (decisions[action.id]) expect(task?.details?.description).toContain(`来源决议：${decisions[action.id] ?? ""}`);
      expect(task?.details?.description).toContain(
        `监督人：${action.supervisor === "zhao.lei@yunzhan.example" ? "赵磊" : "王建国"}`,
      );
      // The link text says the meeting and the decision; the action id is only in the URL.
      const decision = decisions[action.id];
      expect(task?.details?.references?.[encodeReferenceKey(buildReferenceUrl(minutesUrl, action.id))]?.alias).toBe(
        decision === undefined ? "周例会 11月30日 · 会议纪要" : `周例会 11月30日 · 决议：${decision}`,
      );
    }
    // buckets ‖ users, bucket create, creates, details etags, details PATCHes.
    expect(countSequentialRoundTrips(await listRequests(emulator.url))).toBeLessThanOrEqual(5);
    await expectNoBadRequests();
  });

  it("(a) a connection dropped after two creates, then a retry with no ids known → exactly five tasks", async () => {
    // The third POST /planner/tasks drops the $batch connection: the first two tasks exist, and
    // the client never learns their ids.
    await setFaults(emulator.url, {
      rules: [
        { method: "POST", path: "/planner/tasks", drop: "before", fraction: 0.5, seed: seedFiringAfter(2), count: 1 },
      ],
    });
    await expect(publishActionItems(createClient(), publishInput(fiveActions()))).rejects.toThrow();
    expect(await occurrenceTasks()).toHaveLength(2);

    // Retried later by someone else, who has only the minutes record (no ids).
    await setFaults(emulator.url, { rules: [] });
    const result = await publishActionItems(
      createClient([], "li.na@yunzhan.example"),
      publishInput(fiveActions(), { previous: {} }),
    );
    expect(result).toMatchObject({ created: 3, updated: 2 });
    expect(Object.keys(result.planner).sort()).toEqual(["a1", "a2", "a3", "a4", "a5"]);
    await expectFiveCompleteTasks();
    await expectNoBadRequests();
  });

  it("(b) 30 % of requests answer 429 → exactly five tasks", async () => {
    await setFaults(emulator.url, {
      rules: [{ path: "re:^/(planner|users)/", status: 429, retryAfter: 1, fraction: 0.3, seed: 7 }],
    });
    const waits: number[] = [];
    const result = await publishActionItems(createClient(waits), publishInput(fiveActions()));

    expect(result.created).toBe(5);
    await expectFiveCompleteTasks();
    const throttled = (await loggedRequests()).filter((entry) => entry.status === 429);
    expect(throttled.length).toBeGreaterThan(0);
    expect(waits).toContain(1000);
    await expectNoBadRequests();
  });

  it("(c) a 412 on a details update is read again and retried → details correct", async () => {
    await setFaults(emulator.url, {
      rules: [{ method: "PATCH", path: "/planner/tasks/*/details", status: 412, count: 1 }],
    });
    const result = await publishActionItems(createClient(), publishInput(fiveActions()));

    expect(result.created).toBe(5);
    await expectFiveCompleteTasks();
    const detailPatches = (await loggedRequests()).filter(
      (entry) => entry.method === "PATCH" && entry.url.endsWith("/details"),
    );
    expect(detailPatches.map((entry) => entry.status).sort()).toEqual([204, 204, 204, 204, 204, 412]);
    const stale = detailPatches.find((entry) => entry.status === 412);
    const reads = (await loggedRequests()).filter((entry) => entry.method === "GET" && entry.url === stale?.url);
    expect(reads).toHaveLength(2);
    await expectNoBadRequests();
  });

  it("(d) reload mid-publish: aborted after the creates, a fresh client finishes without duplicates", async () => {
    const controller = new AbortController();
    const first = publishActionItems(
      createClient(),
      publishInput(fiveActions(), {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase === "writing-details") controller.abort();
        },
      }),
    );
    await expect(first).rejects.toThrow(/abort/i);
    const halfDone = await occurrenceTasks();
    expect(halfDone).toHaveLength(5);
    expect(halfDone.every((task) => task.details?.description === "")).toBe(true);

    const result = await publishActionItems(createClient(), publishInput(fiveActions(), { previous: {} }));
    expect(result).toMatchObject({ created: 0, updated: 5, unchanged: 0 });
    await expectFiveCompleteTasks();
    await expectNoBadRequests();
  });

  it("(e) re-publish: one edited, one added → one PATCH with If-Match and one create; no change → no writes", async () => {
    const first = await publishActionItems(createClient(), publishInput(fiveActions()));
    const edited = fiveActions().map((action) =>
      action.id === "a2" ? { ...action, what: "更新客服话术（含退款）" } : action,
    );
    const added = [
      ...edited,
      buildAction("a6", { what: "复盘大促数据", owner: "chen.xiaodong@yunzhan.example", due: "2026-12-08" }),
    ];

    await clearRequests(emulator.url);
    const second = await publishActionItems(createClient(), publishInput(added, { previous: first.planner }));
    expect(second).toMatchObject({ created: 1, updated: 1, unchanged: 4 });
    const writes = await loggedWrites();
    const a2Task = first.planner.a2?.taskId ?? "";
    const a6Task = second.planner.a6?.taskId ?? "";
    expect(writes.map((w) => `${w.method} ${w.url} ${String(w.status)}`).sort()).toEqual(
      [
        `PATCH /planner/tasks/${a2Task} 204`,
        "POST /planner/tasks 201",
        `PATCH /planner/tasks/${a6Task}/details 204`,
      ].sort(),
    );
    expect((await occurrenceTasks()).map((task) => task.title).sort()).toEqual(
      added.map((action) => action.what).sort(),
    );
    await expectNoBadRequests();

    await clearRequests(emulator.url);
    const third = await publishActionItems(createClient(), publishInput(added, { previous: second.planner }));
    expect(third).toMatchObject({ created: 0, updated: 0, unchanged: 6 });
    expect(third.planner).toEqual(second.planner);
    expect(await loggedWrites()).toEqual([]);
    await expectNoBadRequests();
  });

  it("re-publish: the linked bucket and the details to rewrite are read with the buckets; no change → one round trip, edits → two", async () => {
    const first = await publishActionItems(createClient(), publishInput(fiveActions()));
    const a3Task = first.planner.a3?.taskId ?? "";
    // Some latency, so requests sent together overlap in the log as they would over a network.
    await setFaults(emulator.url, { latencyMs: 50 });

    await clearRequests(emulator.url);
    await publishActionItems(createClient(), publishInput(fiveActions(), { previous: first.planner }));
    expect(countSequentialRoundTrips(await listRequests(emulator.url))).toBe(1);

    const edited = fiveActions().map((action) =>
      action.id === "a3" ? { ...action, what: "确定直播排期（含预热）", standard: "排期表经主管签字" } : action,
    );
    await clearRequests(emulator.url);
    const second = await publishActionItems(createClient(), publishInput(edited, { previous: first.planner }));
    expect(second).toMatchObject({ created: 0, updated: 1, unchanged: 4 });
    expect(countSequentialRoundTrips(await listRequests(emulator.url))).toBe(2);
    const requests = await loggedRequests();
    expect(requests.filter((r) => r.url === `/planner/tasks/${a3Task}/details`).map((r) => r.method)).toEqual([
      "GET",
      "PATCH",
    ]);
    const [a3] = (await occurrenceTasks()).filter((task) => task.id === a3Task);
    expect(a3).toMatchObject({ title: "确定直播排期（含预热）" });
    expect(a3?.details?.description).toContain("排期表经主管签字");
    await expectNoBadRequests();
  });

  it("re-publish after someone deleted the bucket the links name: the tasks are made again in a new one", async () => {
    const client = createClient();
    const first = await publishActionItems(client, publishInput(fiveActions()));
    const bucketId = first.planner.a1?.bucketId ?? "";
    const buckets = await client.get<{ value: { id: string; "@odata.etag": string }[] }>(
      `/planner/plans/${planId}/buckets`,
      { operation: "listPlannerBuckets" },
    );
    // The app never deletes a bucket, so it has no operation of its own: the one of its scope.
    await client.delete(`/planner/buckets/${bucketId}`, {
      operation: "createPlannerBucket",
      ifMatch: buckets.body.value.find((bucket) => bucket.id === bucketId)?.["@odata.etag"] ?? "",
    });

    const result = await publishActionItems(client, publishInput(fiveActions(), { previous: first.planner }));
    expect(result).toMatchObject({ created: 5, updated: 0, unchanged: 0 });
    await expectFiveCompleteTasks();
    await expectNoBadRequests();
  });

  it("reads tasks from every bucket of the occurrence's name after a race, and picks the same one each time", async () => {
    const client = createClient();
    const makeBucket = async () =>
      (
        await client.post<{ id: string }>(
          "/planner/buckets",
          { name: bucketName, planId },
          { operation: "createPlannerBucket" },
        )
      ).body.id;
    const [one, two] = [await makeBucket(), await makeBucket()].sort();
    const [a1] = fiveActions();
    if (!a1 || !two || !one) throw new Error("fixture");
    // An interrupted publish created a1's task in the bucket that is not the chosen one.
    await client.post(
      "/planner/tasks",
      {
        planId,
        bucketId: two,
        title: a1.what,
        dueDateTime: endOfDueDay(a1.due, "Asia/Shanghai"),
        assignments: {
          [await userId(a1.owner)]: { "@odata.type": "#microsoft.graph.plannerAssignment", orderHint: " !" },
        },
      },
      { operation: "createPlannerTask" },
    );

    const result = await publishActionItems(client, publishInput(fiveActions()));
    expect(result).toMatchObject({ created: 4, updated: 1 });
    await expectFiveCompleteTasks();
    expect(new Set((await occurrenceTasks()).map((task) => task.bucketId))).toEqual(new Set([one]));
    await expectNoBadRequests();
  });

  it("keeps a task someone moved to another bucket, and recreates one someone deleted", async () => {
    const client = createClient();
    const first = await publishActionItems(client, publishInput(fiveActions()));
    const done = (
      await client.post<{ id: string }>(
        "/planner/buckets",
        { name: "已完成", planId },
        { operation: "createPlannerBucket" },
      )
    ).body.id;
    const moved = first.planner.a1?.taskId ?? "";
    const deleted = first.planner.a2?.taskId ?? "";
    const etagOf = async (id: string) =>
      (await client.get<unknown>(`/planner/tasks/${id}`, { operation: "getPlannerTask" })).etag ?? "";
    await client.patch(
      `/planner/tasks/${moved}`,
      { bucketId: done },
      { operation: "updatePlannerTask", ifMatch: await etagOf(moved) },
    );
    await client.delete(`/planner/tasks/${deleted}`, {
      operation: "updatePlannerTask",
      ifMatch: await etagOf(deleted),
    });

    const edited = fiveActions().map((action) =>
      action.id === "a1" ? { ...action, priority: "low" as const } : action,
    );
    const result = await publishActionItems(client, publishInput(edited, { previous: first.planner }));
    expect(result).toMatchObject({ created: 1, updated: 1, unchanged: 3 });
    expect(result.planner.a1).toMatchObject({ taskId: moved, bucketId: done });
    const state = await readState();
    expect(state.planner.tasks[moved]).toMatchObject({ bucketId: done, priority: 9 });
    expect(Object.values(state.planner.tasks).filter((task) => task.title === "更新客服话术")).toHaveLength(1);
    await expectNoBadRequests();
  });
});

describe("month buckets (bucket-names.ts)", () => {
  const month = getBucketName("2026-11-30", "周例会");

  /** Every task of the plan in a bucket of that name, with the action id its marker names. */
  async function tasksInBucket(name: string) {
    const state = await readState();
    const ids = new Set(
      Object.values(state.planner.buckets)
        .filter((b) => b.planId === planId && b.name === name)
        .map((b) => b.id),
    );
    return Object.values(state.planner.tasks)
      .filter((task) => task.bucketId !== null && ids.has(task.bucketId))
      .map((task) => {
        const key = Object.keys(state.planner.taskDetails[task.id]?.references ?? {})[0] ?? "";
        return { ...task, actionId: readKeyMarker(key) ?? "" };
      });
  }

  async function bucketsNamed(name: string) {
    return Object.values((await readState()).planner.buckets).filter((b) => b.planId === planId && b.name === name);
  }

  it("puts a month's occurrences in one bucket, each finding only its own tasks, even with the same title, owner and due", async () => {
    const client = createClient();
    const [a1, a2] = fiveActions();
    if (!a1 || !a2) throw new Error("fixture");
    const first = publishInput([a1, a2], {
      bucketName: month,
      occurrenceName: getOccurrenceName("2026-11-23", "周例会"),
    });
    await publishActionItems(client, first);
    // The next week repeats a1's item word for word (a new action id), and adds another.
    const repeated = { ...a1, id: "b1" };
    const b2 = buildAction("b2", { what: "复盘大促数据", owner: "chen.xiaodong@yunzhan.example", due: "2026-12-08" });
    const second = publishInput([repeated, b2], {
      bucketName: month,
      occurrenceName: getOccurrenceName("2026-11-30", "周例会"),
    });
    const published = await publishActionItems(client, second);
    expect(published).toMatchObject({ created: 2, removedCopies: 0 });
    // A retry that lost every link finds both of its tasks and leaves the first week's alone.
    const retried = await publishActionItems(client, { ...second, previous: {} });
    expect(retried).toMatchObject({ created: 0, removedCopies: 0 });
    expect(retried.planner).toEqual(published.planner);

    expect(await bucketsNamed(month)).toHaveLength(1);
    const tasks = await tasksInBucket(month);
    expect(tasks.map((task) => task.actionId).sort()).toEqual(["a1", "a2", "b1", "b2"]);
    expect(tasks.filter((task) => task.title === a1.what)).toHaveLength(2);
    await expectNoBadRequests();
  });

  it("re-publishes an occurrence published into a bucket of its own there: its tasks are found, no month bucket is made", async () => {
    const client = createClient();
    const occurrence = getOccurrenceName("2026-11-30", "周例会");
    // Published before month buckets: the bucket carried the occurrence's name.
    await publishActionItems(client, publishInput(fiveActions(), { bucketName: occurrence }));
    const amended = [
      ...fiveActions(),
      buildAction("a6", { what: "复盘大促数据", owner: "chen.xiaodong@yunzhan.example", due: "2026-12-08" }),
    ];
    const result = await publishActionItems(
      client,
      publishInput(amended, { bucketName: month, occurrenceName: occurrence, previous: {} }),
    );
    expect(result).toMatchObject({ created: 1, removedCopies: 0 });
    expect(result.unchanged + result.updated).toBe(5);
    expect(await bucketsNamed(month)).toEqual([]);
    expect((await tasksInBucket(occurrence)).map((task) => task.actionId).sort()).toEqual([
      "a1",
      "a2",
      "a3",
      "a4",
      "a5",
      "a6",
    ]);
    await expectNoBadRequests();
  });

  it("fails with Planner's MaximumBucketsInProject when the plan has no room for the month's bucket", async () => {
    const buckets = Object.values((await readState()).planner.buckets).filter((b) => b.planId === planId).length;
    await setLimits(emulator.url, { planner: { bucketsPerPlan: buckets } });
    const error: unknown = await publishActionItems(
      createClient(),
      publishInput(fiveActions(), { bucketName: month }),
    ).catch((e: unknown) => e);
    expect(findPlannerLimit(error)).toBe("MaximumBucketsInProject");
    expect(await tasksInBucket(month)).toEqual([]);
  });

  it("reports Planner's task limit for the items it could not create, keeping the tasks it did", async () => {
    const tasks = Object.values((await readState()).planner.tasks).filter((t) => t.planId === planId).length;
    await setLimits(emulator.url, { planner: { tasksPerPlan: tasks + 3 } });
    const error: unknown = await publishActionItems(
      createClient(),
      publishInput(fiveActions(), { bucketName: month }),
    ).catch((e: unknown) => e);
    expect(findPlannerLimit(error)).toBe("MaximumTasksInProject");
    expect(await tasksInBucket(month)).toHaveLength(3);
  });
});
