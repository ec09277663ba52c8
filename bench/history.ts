// Series history and rollups over two years of weekly meetings: 104 occurrences × 10 reports × 6
// action items, generated through the emulator's Graph surface (emulator/scenarios/generate-history.ts).
// At 150 ms emulator latency, prints the sequential Graph round trips and the time to load the
// series history (which the rollups share) and the review that opens the next occurrence, plus
// the time the pure aggregations take. Figures only — no assertions.
import { performance } from "node:perf_hooks";
import { startEmulator } from "../emulator/start-emulator";
import { generateHistory } from "../emulator/scenarios/generate-history";
import { loadReviewItems, loadSeriesHistory } from "@/features/follow-up";
import { buildDecisionRegister, buildDigests, trackActions } from "@/features/follow-up/model/history";
import { buildKpiTrends, measureMeetingHealth, rollUpActions } from "@/features/follow-up/model/rollups";
import { createGraphClient } from "@/lib/graph";
import { openWorkspace } from "@/meeting/api/workspace";
import { weeklyMeeting } from "@/meeting/model/templates/presets";
import { clearRequests, getTenant, listRequests, setFaults } from "../test/support/emulator-admin";
import { countSequentialRoundTrips } from "./round-trips";

const latencyMs = 150;
const groupId = "5b9fcea3-2a7b-42a4-bf6e-1927c23bacca";
const planId = "jnVTfBjp90XMvMWirTLXXWCM51KN";
const seriesId = "19:meeting_bench-history@thread.v2";
const host = "wang.jianguo@yunzhan.example";
const timeZone = "Asia/Shanghai";
const shape = { occurrences: 104, reportsPerOccurrence: 10, actionsPerOccurrence: 6 };

export async function benchHistory(): Promise<void> {
  let clock: Date | undefined;
  const emulator = await startEmulator({ port: 0, now: () => clock ?? new Date() });
  try {
    const graph = createGraphClient({
      baseUrl: emulator.graphBaseUrl,
      auth: { getToken: () => Promise.resolve(`emu:${host}`) },
    });
    const ws = await openWorkspace(graph, { groupId });
    const people = (await getTenant(emulator.url)).users
      .filter((u) => u.userPrincipalName !== "lin.xiao@yunzhan.example")
      .slice(0, shape.reportsPerOccurrence)
      .map((u) => ({ upn: u.userPrincipalName, name: u.displayName, department: u.department ?? "" }));
    // Mondays 13:30 in Shanghai, the last one a week ago.
    const lastMonday = new Date(Date.UTC(2026, 4, 25, 5, 30));
    const firstStart = new Date(lastMonday.getTime() - (shape.occurrences - 1) * 7 * 86_400_000);
    const started = performance.now();
    const generated = await generateHistory(
      { graphBaseUrl: emulator.graphBaseUrl, upn: host, siteId: ws.siteId, lists: ws.lists, planId, chatId: seriesId },
      {
        ...shape,
        firstStart,
        people,
        setClock: (now) => {
          clock = now;
        },
      },
    );
    console.log(
      `history scenario: ${shape.occurrences} occurrences × ${shape.reportsPerOccurrence} reports × ${shape.actionsPerOccurrence} action items → ` +
        `${generated.listItems} list items, ${generated.tasks} Planner tasks in ${generated.batches} $batch POSTs (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );

    const occurrences = generated.occurrenceKeys.map((key) => ({
      key,
      start: new Date(key),
      end: new Date(new Date(key).getTime() + 90 * 60_000),
      status: "held",
    }));
    const nextKey = new Date(lastMonday.getTime() + 7 * 86_400_000).toISOString();
    await setFaults(emulator.url, { latencyMs });

    await clearRequests(emulator.url);
    let t0 = performance.now();
    const history = await loadSeriesHistory(graph, ws, { seriesId, planId });
    const historyMs = performance.now() - t0;
    const historyRequests = await listRequests(emulator.url);
    console.log(
      `series history + rollups load @${latencyMs} ms latency: ${countSequentialRoundTrips(historyRequests)} sequential Graph round trips ` +
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
    measureMeetingHealth({ occurrences, minutes: history.minutes, reports: history.reports, config, timeZone });
    console.log(
      `  aggregation (register, digests, rollups, ${trends.length} KPI trends, health): ${(performance.now() - t0).toFixed(0)} ms; ` +
        `${register.length} decisions, ${byOwner.length} owners`,
    );

    await clearRequests(emulator.url);
    t0 = performance.now();
    const review = await loadReviewItems(graph, ws, {
      seriesId,
      planId,
      occurrenceKey: nextKey,
      now,
      timeZone,
    });
    const reviewMs = performance.now() - t0;
    const reviewRequests = await listRequests(emulator.url);
    console.log(
      `review of earlier decisions @${latencyMs} ms latency: ${countSequentialRoundTrips(reviewRequests)} sequential Graph round trips ` +
        `(${reviewRequests.length} HTTP requests) in ${reviewMs.toFixed(0)} ms; ${review.items.length} open items`,
    );
  } finally {
    await emulator.close();
  }
}
