// Series history and rollups over long series (emulator/scenarios/generate-history.ts), at 150 ms
// emulator latency: the sequential Graph round trips and the time to load the series history (which
// the rollups share) and the review that opens the next occurrence, plus the time the pure
// aggregations take. Two series:
// - two years of weekly meetings × 10 reports × 6 action items, generated through the emulator's
//   Graph surface;
// - ten years × 40 speakers × 6 action items (20,800 reports, past SharePoint's 5,000-item list
//   view threshold, and action items in monthly Planner buckets), seeded straight into the
//   emulator's state.
// Figures only — no assertions.
import { performance } from "node:perf_hooks";
import { startEmulator } from "../emulator/start-emulator";
import { defaultScenarioPath, loadScenarioFile } from "../emulator/scenario/load";
import { generateHistory } from "../emulator/scenarios/generate-history";
import type { HistoryShape } from "../emulator/scenarios/generate-history";
import { seedHistory } from "../emulator/scenarios/seed-history";
import type { Scenario } from "../emulator/scenario/schema";
import { loadReviewItems, loadSeriesHistory } from "@/features/follow-up";
import { buildDecisionRegister, buildDigests, trackActions } from "@/features/follow-up/model/history";
import { buildKpiTrends, measureMeetingHealth, rollUpActions } from "@/features/follow-up/model/rollups";
import { getBucketName } from "@/features/minutes/planner-sync";
import { createGraphClient } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import { openWorkspace } from "@/meeting/api/workspace";
import type { Workspace } from "@/meeting/api/workspace";
import { weeklyMeeting } from "@/meeting/model/templates/presets";
import { clearRequests, listRequests, setFaults } from "../test/support/emulator-admin";
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
const tenYears: Series = {
  label: "10 years × 40 speakers",
  occurrences: 520,
  reportsPerOccurrence: 40,
  actionsPerOccurrence: 6,
};

const speakers: Person[] = Array.from({ length: 40 }, (_v, i) => {
  const n = String(i + 1).padStart(2, "0");
  return { upn: `speaker${n}@yunzhan.example`, name: `发言人${n}`, department: `第${n}部` };
});

/** The default tenant with 40 more members of the workspace group. */
function withSpeakers(): Scenario {
  const scenario = loadScenarioFile(defaultScenarioPath);
  return {
    ...scenario,
    users: [
      ...scenario.users,
      ...speakers.map((s, i) => ({
        id: `00000000-0000-4000-8000-0000000020${String(i).padStart(2, "0")}`,
        userPrincipalName: s.upn,
        mail: s.upn,
        displayName: s.name,
        department: s.department,
        preferredLanguage: "zh-CN",
        timeZone: "China Standard Time",
        accountEnabled: true,
        userType: "Member" as const,
      })),
    ],
    groups: scenario.groups.map((g) =>
      g.id === groupId ? { ...g, members: [...g.members, ...speakers.map((s) => s.upn)] } : g,
    ),
  };
}

async function measure(
  series: Series,
  graph: GraphClient,
  ws: Workspace,
  origin: string,
  people: Person[],
  occurrenceKeys: string[],
): Promise<void> {
  const occurrences = occurrenceKeys.map((key) => ({
    key,
    start: new Date(key),
    end: new Date(new Date(key).getTime() + 90 * 60_000),
    status: "held",
  }));
  const nextKey = new Date(lastMonday.getTime() + week).toISOString();
  await setFaults(origin, { latencyMs });

  await clearRequests(origin);
  let t0 = performance.now();
  const history = await loadSeriesHistory(graph, ws, { seriesId, planId });
  const historyMs = performance.now() - t0;
  const historyRequests = await listRequests(origin);
  console.log(
    `[${series.label}] series history + rollups load @${latencyMs} ms latency: ${countSequentialRoundTrips(historyRequests)} sequential Graph round trips ` +
      `(${historyRequests.length} HTTP requests, ${historyRequests.reduce((n, r) => n + (r.inner?.length ?? 1), 0)} Graph requests) in ${historyMs.toFixed(0)} ms (target ≤ 5); ` +
      `${history.minutes.length} minutes, ${history.reports.length} reports, ${history.agendas.length} agendas, ${history.reviews.length} reviews, ${history.tasks.size} tasks`,
  );

  t0 = performance.now();
  const now = new Date();
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

  await clearRequests(origin);
  t0 = performance.now();
  const review = await loadReviewItems(graph, ws, { seriesId, planId, occurrenceKey: nextKey, now, timeZone });
  const reviewMs = performance.now() - t0;
  const reviewRequests = await listRequests(origin);
  console.log(
    `[${series.label}] review of earlier decisions @${latencyMs} ms latency: ${countSequentialRoundTrips(reviewRequests)} sequential Graph round trips ` +
      `(${reviewRequests.length} HTTP requests) in ${reviewMs.toFixed(0)} ms; ${review.items.length} open items`,
  );
}

async function benchSeries(series: Series): Promise<void> {
  const seeded = series === tenYears;
  let clock: Date | undefined;
  const emulator = await startEmulator({
    port: 0,
    now: () => clock ?? new Date(),
    ...(seeded ? { scenario: withSpeakers() } : {}),
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
    await measure(series, graph, ws, emulator.url, people, generated.occurrenceKeys);
  } finally {
    await emulator.close();
  }
}

export async function benchHistory(): Promise<void> {
  await benchSeries(twoYears);
  await benchSeries(tenYears);
}
