// A weekly series of five years × 40 speakers (10,400 reports, past SharePoint's 5,000-item list
// view threshold), seeded into the emulator, opened through the local store over real HTTP: cold
// within 8 round trips, then warm — the list deltas and the live buckets only, ≤ 2 round trips and
// ≤ 100 KB — seeing an edited report, new minutes, a deleted review and a task completed in
// Planner; surviving expired delta tokens (read again in full) and answers lost at each request
// boundary of a sync, each time ending exactly where a cold read of the same tenant does.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/start-emulator";
import { seedHistory } from "../../emulator/scenarios/seed-history";
import { createScenarioWithSpeakers, speakers } from "../../emulator/scenarios/with-speakers";
import { createGraphClient } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import { createMemoryKeyValueStore } from "@/lib/query-store/key-value-store";
import type { KeyValueStore } from "@/lib/query-store/key-value-store";
import { createRecord, deleteRecord, listRecords, openWorkspace, updateRecord } from "@/meeting/api/workspace";
import type { Workspace } from "@/meeting/api/workspace";
import { anyJson } from "@/meeting/api/workspace/record-item";
import { loadReviewItems, loadSeriesHistory } from "@/features/follow-up";
import type { SeriesHistoryData } from "@/features/follow-up";
import { getBucketName } from "@/features/minutes/planner-sync";
import { getMinutesKey } from "@/meeting/model/record-keys";
import { minutesRecordSchema } from "@/meeting/model/records/minutes-record";
import type { MinutesRecord } from "@/meeting/model/records/minutes-record";
import { countSequentialRoundTrips } from "../../bench/round-trips";
import {
  clearRequests,
  expireDeltaTokens,
  findChatByTopic,
  getTenant,
  listRequests,
  resetEmulator,
  setFaults,
} from "../support/emulator-admin";

const groupId = "5b9fcea3-2a7b-42a4-bf6e-1927c23bacca";
const planId = "jnVTfBjp90XMvMWirTLXXWCM51KN";
const host = "wang.jianguo@yunzhan.example";
const timeZone = "Asia/Shanghai";
const week = 7 * 86_400_000;
const occurrences = 260;
const lastHeld = (() => {
  const now = Date.now();
  let monday = Date.UTC(2026, 5, 1, 5, 30);
  while (monday + week < now) monday += week;
  while (monday > now) monday -= week;
  return monday;
})();
const lastKey = new Date(lastHeld).toISOString();
const shanghaiDate = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let client: GraphClient;
let ws: Workspace;
let seriesId: string;
let store: KeyValueStore;
let added = 0;

/** What the history shows, in an order that does not depend on how it was read. */
function summarize(history: SeriesHistoryData): Record<string, unknown> {
  const sorted = (values: unknown[]) => values.map((v) => JSON.stringify(v)).sort();
  return {
    agendas: sorted(history.agendas),
    reports: sorted(history.reports),
    minutes: sorted(history.minutes),
    reviews: sorted(history.reviews),
    actions: sorted(history.actions),
    tasks: sorted([...history.tasks.values()].map((t) => [t.id, t.percentComplete, t.bucketId, t.etag])),
    unreadable: history.unreadable,
  };
}

async function openHistory(withStore: KeyValueStore): Promise<SeriesHistoryData> {
  return loadSeriesHistory(client, ws, { seriesId, planId, store: withStore });
}

/**
 * Runs a load with some latency, so that $batch POSTs sent together overlap in the log as they do
 * on the network (without it the emulator answers one before it reads the next).
 */
async function measure<T>(run: () => Promise<T>): Promise<{ value: T; roundTrips: number; bytes: number }> {
  await clearRequests(emulator.url);
  await setFaults(emulator.url, { latencyMs: 30 });
  const value = await run();
  await setFaults(emulator.url, {});
  const requests = await listRequests(emulator.url);
  return {
    value,
    roundTrips: countSequentialRoundTrips(requests),
    bytes: requests.reduce((n, r) => n + (r.responseBytes ?? 0), 0),
  };
}

function buildMinutes(occurrenceKey: string, link?: { taskId: string; bucketId: string }): MinutesRecord {
  return {
    schemaVersion: 1,
    occurrenceKey,
    meetingTitle: "周例会",
    start: occurrenceKey,
    end: new Date(Date.parse(occurrenceKey) + 90 * 60_000).toISOString(),
    host,
    noteTaker: host,
    attendees: [],
    attendance: {},
    items: [
      {
        id: "departments",
        title: "各部门负责人汇报",
        notes: "",
        decisions: [{ id: "d1", text: `决议 ${occurrenceKey}` }],
      },
    ],
    actions: [
      {
        id: `new-${added}`,
        itemId: "departments",
        decisionId: "d1",
        what: `第 ${added} 个新行动项`,
        owner: speakers[0]?.upn ?? host,
        ownerName: speakers[0]?.name ?? "",
        due: shanghaiDate(occurrenceKey),
        standard: "提交验收材料",
        supervisor: host,
        priority: "important",
      },
    ],
    status: link === undefined ? "draft" : "published",
    version: 1,
    ...(link === undefined
      ? {}
      : {
          published: {
            version: 1,
            at: occurrenceKey,
            by: host,
            planner: { [`new-${added}`]: { ...link, fingerprint: "f" } },
          },
        }),
    history: [],
    updatedBy: host,
    updatedAt: occurrenceKey,
  };
}

/**
 * New minutes published into a new month's bucket (its action item's task: the id returned), an
 * edited report, a deleted review and a recent task completed in Planner.
 */
async function changeSeries(): Promise<string> {
  added += 1;
  const key = new Date(lastHeld + added * week).toISOString();
  const bucket = await client.post<{ id: string }>(
    "/planner/buckets",
    { name: `新月份 ${added}`, planId, orderHint: " !" },
    { operation: "createPlannerBucket" },
  );
  const task = await client.post<{ id: string }>(
    "/planner/tasks",
    { planId, bucketId: bucket.body.id, title: `新任务 ${added}` },
    { operation: "createPlannerTask" },
  );
  await createRecord(
    client,
    ws,
    "minutes",
    { key: getMinutesKey(seriesId, key), seriesId, occurrenceKey: key },
    buildMinutes(key, { taskId: task.body.id, bucketId: bucket.body.id }),
    { schema: minutesRecordSchema },
  );
  const [report] = await listRecords(client, ws, "reports", { seriesId, occurrenceKey: lastKey }, anyJson);
  if (report === undefined) throw new Error("no report to edit");
  await updateRecord(client, ws, "reports", report, { ...(report.value as object), submittedAt: `${key}#${added}` });
  const reviewed = new Date(lastHeld - added * week).toISOString();
  const reviews = await listRecords(client, ws, "reviews", { seriesId, occurrenceKey: reviewed }, anyJson);
  const review = reviews[0];
  if (review === undefined) throw new Error("no review to delete");
  await deleteRecord(client, ws, "reviews", review);
  const open = Object.values(emulator.emulator.getState().planner.tasks).find(
    (t) =>
      t.planId === planId &&
      t.percentComplete !== 100 &&
      typeof t.dueDateTime === "string" &&
      Date.parse(t.dueDateTime) > lastHeld - 30 * 86_400_000,
  );
  if (open === undefined) throw new Error("no recent open task");
  const current = await client.get<{ "@odata.etag": string }>(`/planner/tasks/${open.id}`, {
    operation: "getPlannerTask",
  });
  await client.patch(
    `/planner/tasks/${open.id}`,
    { percentComplete: 100 },
    { operation: "updatePlannerTask", ifMatch: current.body["@odata.etag"] },
  );
  return task.body.id;
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, scenario: createScenarioWithSpeakers() });
  client = createGraphClient({
    baseUrl: emulator.graphBaseUrl,
    auth: { getToken: () => Promise.resolve(`emu:${host}`) },
    sleep: () => Promise.resolve(),
  });
  ws = await openWorkspace(client, { groupId });
  seriesId = findChatByTopic(await getTenant(emulator.url), "周例会").id;
  await seedHistory(
    emulator.emulator.getState(),
    { graphBaseUrl: emulator.graphBaseUrl, upn: host, siteId: ws.siteId, lists: ws.lists, planId, chatId: seriesId },
    {
      occurrences,
      reportsPerOccurrence: speakers.length,
      actionsPerOccurrence: 6,
      firstStart: new Date(lastHeld - (occurrences - 1) * week),
      people: speakers,
      bucketNameOf: (key) => getBucketName(shanghaiDate(key), "周例会"),
    },
  );
  store = createMemoryKeyValueStore();
}, 120_000);

afterAll(async () => {
  await emulator.close();
});

beforeEach(async () => {
  await resetEmulator(emulator.url);
});

describe("series history kept in the local store", () => {
  it("opens cold within 8 round trips past the list view threshold, then warm in ≤ 2 round trips and ≤ 100 KB", async () => {
    const cold = await measure(() => openHistory(store));
    expect(cold.value.reports).toHaveLength(occurrences * speakers.length);
    expect(cold.value.unreadable).toEqual([]);
    expect(cold.roundTrips).toBeLessThanOrEqual(8);

    const taskId = await changeSeries();
    const warm = await measure(() => openHistory(store));
    expect(warm.value.tasks.has(taskId)).toBe(true);
    expect(warm.roundTrips).toBeLessThanOrEqual(2);
    expect(warm.bytes).toBeLessThanOrEqual(100_000);
    expect(warm.value.minutes).toHaveLength(cold.value.minutes.length + 1);
    expect(warm.value.reviews).toHaveLength(cold.value.reviews.length - 1);
    expect(warm.value.reports.some((r) => r.submittedAt?.endsWith(`#${added}`) === true)).toBe(true);
    expect(summarize(warm.value)).toEqual(summarize(await openHistory(createMemoryKeyValueStore())));

    const review = await measure(() =>
      loadReviewItems(client, ws, {
        seriesId,
        planId,
        occurrenceKey: new Date(lastHeld + 9 * week).toISOString(),
        now: new Date(),
        timeZone,
        store,
      }),
    );
    expect(review.roundTrips).toBeLessThanOrEqual(2);
    expect(review.bytes).toBeLessThanOrEqual(100_000);
    // Open items only: the live linked tasks by id, never the plan's whole task list.
    const reviewUrls = (await listRequests(emulator.url)).flatMap((r) => (r.inner ?? []).map((i) => i.url));
    expect(reviewUrls.some((url) => url.startsWith("/planner/plans/"))).toBe(false);
  });

  it("reads a list again in full when its delta token has expired", async () => {
    await openHistory(store);
    await changeSeries();
    await expireDeltaTokens(emulator.url);
    const warm = await measure(() => openHistory(store));
    const gone = (await listRequests(emulator.url)).flatMap((r) => r.inner ?? []).filter((r) => r.status === 410);
    expect(gone.length).toBeGreaterThan(0);
    expect(summarize(warm.value)).toEqual(summarize(await openHistory(createMemoryKeyValueStore())));
    // The links taken while reading again work: the next open is warm.
    const next = await measure(() => openHistory(store));
    expect(next.roundTrips).toBeLessThanOrEqual(2);
  });

  it("reads a list again in full when a kept record no longer passes its schema", async () => {
    await openHistory(store);
    const key = `follow-up|list|${ws.lists.minutes}|${seriesId}|items`;
    const [entry] = (await store.getMany([key])) as [
      { v: number; items: [string, { raw: { fields: object }; ok: boolean }][] },
    ];
    const [first] = entry.items;
    if (first === undefined) throw new Error("no minutes kept");
    first[1].raw = { ...first[1].raw, fields: { ...first[1].raw.fields, Payload: "{}" } };
    await store.setMany([[key, entry]]);
    const history = await measure(() => openHistory(store));
    const inner = (await listRequests(emulator.url)).flatMap((r) => r.inner ?? []);
    expect(inner.some((r) => r.url.includes(`${ws.lists.minutes}/items/delta?token=latest`))).toBe(true);
    expect(history.value.unreadable).toEqual([]);
    expect(summarize(history.value)).toEqual(summarize(await openHistory(createMemoryKeyValueStore())));
  });

  const boundaries: { name: string; rule: (newTaskId: string) => Record<string, unknown> }[] = [
    {
      name: "the first $batch, resent by the transport",
      rule: () => ({ method: "POST", path: "/$batch", drop: "resend", count: 1 }),
    },
    {
      name: "the first $batch, lost after it ran",
      rule: () => ({ method: "POST", path: "/$batch", drop: "after", count: 1 }),
    },
    {
      name: "a delta page, lost after it ran",
      rule: () => ({ path: "/sites/*/lists/*/items/delta", drop: "after", count: 1 }),
    },
    {
      name: "a live task re-read in the first round, lost after it was read",
      rule: () => ({ method: "GET", path: "/planner/tasks/*", drop: "after", count: 1 }),
    },
    {
      name: "the new minutes' task read in the second round, resent by the transport",
      rule: (id) => ({ method: "GET", path: `/planner/tasks/${id}`, drop: "resend", count: 1 }),
    },
    {
      name: "the new minutes' task read in the second round, lost after it was read",
      rule: (id) => ({ method: "GET", path: `/planner/tasks/${id}`, drop: "after", count: 1 }),
    },
  ];
  for (const boundary of boundaries) {
    it(`loses and duplicates no change, answer lost: ${boundary.name}`, async () => {
      await openHistory(store);
      const taskId = await changeSeries();
      await setFaults(emulator.url, { rules: [boundary.rule(taskId)] });
      const first = await openHistory(store).catch((error: unknown) => error);
      const faults = (await (await fetch(`${emulator.url}/graph/_admin/faults`)).json()) as { fired: number[] };
      expect(faults.fired).toEqual([1]);
      await setFaults(emulator.url, {});
      const history = first instanceof Error ? await openHistory(store) : (first as SeriesHistoryData);
      expect(summarize(history)).toEqual(summarize(await openHistory(createMemoryKeyValueStore())));
      await changeSeries();
      expect(summarize(await openHistory(store))).toEqual(summarize(await openHistory(createMemoryKeyValueStore())));
    });
  }
});
