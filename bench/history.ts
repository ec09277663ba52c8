// Series history and rollups over long series (emulator/scenarios/generate-history.ts), at 150 ms
// emulator latency: the sequential Graph round trips, the JSON bytes Graph sent and the time to
// load the series history (which the rollups share) and the review that opens the next occurrence,
// cold (nothing kept locally) and warm (the second open through the local store, after one new
// minutes, 10 edited reports and 3 tasks completed in Planner), each against its budget, plus the
// time the pure aggregations take. Three series:
// - two years of weekly meetings × 10 reports × 6 action items, generated through the emulator's
//   Graph surface;
// - five and ten years × 40 speakers × 6 action items (10,400 and 20,800 reports, past SharePoint's
//   5,000-item list view threshold, and action items in monthly Planner buckets), seeded straight
//   into the emulator's state.
// Figures only — no assertions (test/integration/series-history-sync.test.ts asserts the budgets).
import { performance } from "node:perf_hooks";
import { startEmulator } from "../emulator/start-emulator";
import { generateHistory } from "../emulator/scenarios/generate-history";
import type { HistoryShape } from "../emulator/scenarios/generate-history";
import { seedHistory } from "../emulator/scenarios/seed-history";
import { createScenarioWithSpeakers, speakers } from "../emulator/scenarios/with-speakers";
import { loadReviewItems, loadSeriesHistory } from "@/features/follow-up";
import { buildDecisionRegister, buildDigests, trackActions } from "@/features/follow-up/model/history";
import { buildKpiTrends, measureMeetingHealth, rollUpActions } from "@/features/follow-up/model/rollups";
import { getBucketName } from "@/features/minutes/planner-sync";
import { createGraphClient } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import { createRecord, listRecords, openWorkspace, updateRecord } from "@/meeting/api/workspace";
import { anyJson } from "@/meeting/api/workspace/record-item";
import { createMemoryKeyValueStore } from "@/lib/query-store/key-value-store";
import { getMinutesKey } from "@/meeting/model/record-keys";
import { minutesRecordSchema } from "@/meeting/model/records/minutes-record";
import type { MinutesRecord } from "@/meeting/model/records/minutes-record";
import type { Workspace } from "@/meeting/api/workspace";
import { weeklyMeeting } from "@/meeting/model/templates/presets";
import { clearRequests, listRequests, setFaults } from "../test/support/emulator-admin";
import type { LoggedRequest } from "../test/support/emulator-admin";
import { countSequentialRoundTrips } from "./round-trips";

const latencyMs = 150;
const groupId = "5b9fcea3-2a7b-42a4-bf6e-1927c23bacca";
const planId = "jnVTfBjp90XMvMWirTLXXWCM51KN";
const seriesId = "19:meeting_bench-history@thread.v2";
const host = "wang.jianguo@yunzhan.example";
const timeZone = "Asia/Shanghai";
const week = 7 * 86_400_000;
// Mondays 13:30 in Shanghai, the last one a week ago.
const lastMonday = new Date(Date.UTC(2026, 4, 25, 5, 30));

type Person = HistoryShape["people"][number];

interface Series {
  label: string;
  occurrences: number;
  reportsPerOccurrence: number;
  actionsPerOccurrence: number;
}

const twoYears: Series = { label: "2 years", occurrences: 104, reportsPerOccurrence: 10, actionsPerOccurrence: 6 };
const fiveYears: Series = {
  label: "5 years × 40 speakers",
  occurrences: 260,
  reportsPerOccurrence: 40,
  actionsPerOccurrence: 6,
};
const tenYears: Series = {
  label: "10 years × 40 speakers",
  occurrences: 520,
  reportsPerOccurrence: 40,
  actionsPerOccurrence: 6,
};

const warmBudget = { roundTrips: 2, bytes: 100_000 };
const coldBudgetRoundTrips = 8;

function sumBytes(requests: readonly LoggedRequest[]): number {
  return requests.reduce((n, r) => n + (r.responseBytes ?? 0), 0);
}

function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

/** Runs a load with the request log cleared: its round trips, HTTP requests, JSON bytes and time. */
async function traceLoad<T>(
  origin: string,
  load: () => Promise<T>,
): Promise<{ value: T; roundTrips: number; requests: LoggedRequest[]; bytes: number; ms: number }> {
  // After seconds of aggregation the emulator may have closed the kept-alive socket (Node's 5 s
  // keepAliveTimeout) just as it is reused: the DELETE is idempotent, so it is sent once more.
  await clearRequests(origin).catch(() => clearRequests(origin));
  const t0 = performance.now();
  const value = await load();
  const ms = performance.now() - t0;
  const requests = await listRequests(origin);
  return { value, roundTrips: countSequentialRoundTrips(requests), requests, bytes: sumBytes(requests), ms };
}

function describeLoad(
  trace: { roundTrips: number; requests: LoggedRequest[]; bytes: number; ms: number },
  budget: { roundTrips: number; bytes?: number },
): string {
  const graphRequests = trace.requests.reduce((n, r) => n + (r.inner?.length ?? 1), 0);
  const within = trace.roundTrips <= budget.roundTrips && (budget.bytes === undefined || trace.bytes <= budget.bytes);
  return (
    `${trace.roundTrips} sequential Graph round trips (${trace.requests.length} HTTP requests, ${graphRequests} Graph requests), ` +
    `${formatKb(trace.bytes)} JSON in ${trace.ms.toFixed(0)} ms ` +
    `(budget ≤ ${budget.roundTrips} RT${budget.bytes === undefined ? "" : `, ≤ ${formatKb(budget.bytes)}`}: ${within ? "within" : "OVER"})`
  );
}

function buildMinutes(occurrenceKey: string): MinutesRecord {
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
    items: [{ id: "departments", title: "各部门负责人汇报", notes: "", decisions: [{ id: "d1", text: "新的一周" }] }],
    actions: [],
    status: "draft",
    version: 1,
    history: [],
    updatedBy: host,
    updatedAt: occurrenceKey,
  };
}

/** What happens between two opens: one new minutes, 10 reports edited, 3 tasks completed in Planner. */
async function changeSeries(graph: GraphClient, ws: Workspace, lastKey: string, nextKey: string, taskIds: string[]) {
  await createRecord(
    graph,
    ws,
    "minutes",
    { key: getMinutesKey(seriesId, nextKey), seriesId, occurrenceKey: nextKey },
    buildMinutes(nextKey),
    { schema: minutesRecordSchema },
  );
  const reports = await listRecords(graph, ws, "reports", { seriesId, occurrenceKey: lastKey }, anyJson);
  for (const report of reports.slice(0, 10)) {
    await updateRecord(graph, ws, "reports", report, { ...(report.value as object), submittedAt: nextKey });
  }
  for (const id of taskIds.slice(0, 3)) {
    const task = await graph.get<{ "@odata.etag": string }>(`/planner/tasks/${id}`, { operation: "getPlannerTask" });
    await graph.patch(
      `/planner/tasks/${id}`,
      { percentComplete: 100 },
      { operation: "updatePlannerTask", ifMatch: task.body["@odata.etag"] },
    );
  }
}

async function measure(
  series: Series,
  graph: GraphClient,
  ws: Workspace,
  origin: string,
  people: Person[],
  occurrenceKeys: string[],
  openTaskIds: string[],
): Promise<void> {
  const occurrences = occurrenceKeys.map((key) => ({
    key,
    start: new Date(key),
    end: new Date(new Date(key).getTime() + 90 * 60_000),
    status: "held",
  }));
  const lastKey = occurrenceKeys.at(-1) ?? lastMonday.toISOString();
  const nextKey = new Date(Date.parse(lastKey) + week).toISOString();
  const reviewKey = new Date(Date.parse(lastKey) + 2 * week).toISOString();
  // The loads run as of a few days after the last occurrence, as the series' data was written.
  const asOf = new Date(Date.parse(lastKey) + 4 * 86_400_000);
  const historyStore = createMemoryKeyValueStore();
  const reviewStore = createMemoryKeyValueStore();
  await setFaults(origin, { latencyMs });

  const cold = await traceLoad(origin, () =>
    loadSeriesHistory(graph, ws, { seriesId, planId, store: historyStore, now: asOf }),
  );
  const history = cold.value;
  console.log(
    `[${series.label}] history + rollups, cold @${latencyMs} ms latency: ${describeLoad(cold, { roundTrips: coldBudgetRoundTrips })}; ` +
      `${history.minutes.length} minutes, ${history.reports.length} reports, ${history.agendas.length} agendas, ${history.reviews.length} reviews, ${history.tasks.size} tasks`,
  );

  const t0 = performance.now();
  const now = asOf;
  const actions = trackActions(history.actions, history.tasks, now, timeZone, history.directory);
  const register = buildDecisionRegister(history.minutes, actions, new Map(occurrences.map((o) => [o.key, o.start])));
  buildDigests(occurrences, history, register, now);
  const byOwner = rollUpActions(actions, (a) => ({ key: a.owner, label: a.ownerName }));
  const trends = buildKpiTrends(history.reports, occurrences, (r) => r.author);
  const config = {
    template: weeklyMeeting,
    speakers: { departments: people.map((p) => p.upn) },
    reportDue: { workingDaysBefore: 1, time: "18:00" },
  };
  measureMeetingHealth({
    occurrences,
    minutes: history.minutes,
    reports: history.reports,
    config,
    timeZone,
    now: new Date(),
  });
  console.log(
    `  aggregation (register, digests, rollups, ${trends.length} KPI trends, health): ${(performance.now() - t0).toFixed(0)} ms; ` +
      `${register.length} decisions, ${byOwner.length} owners`,
  );

  const reviewOptions = { seriesId, planId, occurrenceKey: reviewKey, now, timeZone, store: reviewStore };
  const coldReview = await traceLoad(origin, () => loadReviewItems(graph, ws, reviewOptions));
  console.log(
    `[${series.label}] review of earlier decisions, cold: ${describeLoad(coldReview, { roundTrips: coldBudgetRoundTrips })}; ` +
      `${coldReview.value.items.length} open items`,
  );

  await setFaults(origin, { latencyMs: 0 });
  await changeSeries(graph, ws, lastKey, nextKey, openTaskIds);
  await setFaults(origin, { latencyMs });

  const warm = await traceLoad(origin, () =>
    loadSeriesHistory(graph, ws, { seriesId, planId, store: historyStore, now: asOf }),
  );
  console.log(
    `[${series.label}] history + rollups, warm after 1 new minutes, 10 edited reports, 3 completed tasks: ${describeLoad(warm, warmBudget)}; ` +
      `${warm.value.minutes.length} minutes, ${warm.value.reports.length} reports`,
  );
  const warmReview = await traceLoad(origin, () => loadReviewItems(graph, ws, reviewOptions));
  console.log(
    `[${series.label}] review of earlier decisions, warm: ${describeLoad(warmReview, warmBudget)}; ${warmReview.value.items.length} open items`,
  );
}

async function benchSeries(series: Series): Promise<void> {
  const seeded = series !== twoYears;
  let clock: Date | undefined;
  const emulator = await startEmulator({
    port: 0,
    now: () => clock ?? new Date(),
    ...(seeded ? { scenario: createScenarioWithSpeakers() } : {}),
  });
  try {
    const graph = createGraphClient({
      baseUrl: emulator.graphBaseUrl,
      auth: { getToken: () => Promise.resolve(`emu:${host}`) },
    });
    const ws = await openWorkspace(graph, { groupId });
    const people = seeded
      ? speakers
      : emulator.emulator
          .getState()
          .users.filter((u) => u.userPrincipalName !== "lin.xiao@yunzhan.example")
          .slice(0, series.reportsPerOccurrence)
          .map((u) => ({ upn: u.userPrincipalName, name: u.displayName, department: u.department ?? "" }));
    const target = {
      graphBaseUrl: emulator.graphBaseUrl,
      upn: host,
      siteId: ws.siteId,
      lists: ws.lists,
      planId,
      chatId: seriesId,
    };
    const shape: HistoryShape = {
      ...series,
      firstStart: new Date(lastMonday.getTime() - (series.occurrences - 1) * week),
      people,
      setClock: (now) => {
        clock = now;
      },
      bucketNameOf: (key) =>
        getBucketName(new Date(Date.parse(key) + 8 * 3_600_000).toISOString().slice(0, 10), "周例会"),
    };
    const started = performance.now();
    const generated = seeded
      ? await seedHistory(emulator.emulator.getState(), target, shape)
      : await generateHistory(target, shape);
    console.log(
      `[${series.label}] history scenario: ${series.occurrences} occurrences × ${series.reportsPerOccurrence} reports × ${series.actionsPerOccurrence} action items → ` +
        `${generated.listItems} list items, ${generated.tasks} Planner tasks ` +
        `${seeded ? "seeded in process" : `in ${generated.batches} $batch POSTs`} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    // The most recent unfinished tasks: the ones someone completes in Planner between two opens.
    const openTaskIds = Object.values(emulator.emulator.getState().planner.tasks)
      .filter((t) => t.planId === planId && t.percentComplete !== 100 && typeof t.dueDateTime === "string")
      .sort((a, b) => String(b.dueDateTime).localeCompare(String(a.dueDateTime)))
      .map((t) => t.id);
    await measure(series, graph, ws, emulator.url, people, generated.occurrenceKeys, openTaskIds);
  } finally {
    await emulator.close();
  }
}

export async function benchHistory(): Promise<void> {
  await benchSeries(twoYears);
  await benchSeries(fiveYears);
  await benchSeries(tenYears);
}
