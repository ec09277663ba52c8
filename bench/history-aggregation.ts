// The pure aggregations behind the series history, the rollups and the review, timed on their own
// over in-memory series (bench/history-data.ts) of 1, 2, 5 and 10 years × 40 speakers: the median
// of several runs per function, and per report / per decision, so that growth that is not linear
// shows as a rising cost per record. Figures only — no assertions.
import { performance } from "node:perf_hooks";
import { buildDecisionRegister, buildDigests, searchHistory, trackActions } from "@/features/follow-up/model/history";
import { buildReviewItems } from "@/features/follow-up/model/review-items";
import { buildKpiTrends, measureMeetingHealth, rollUpActions } from "@/features/follow-up/model/rollups";
import { listSeriesActions } from "@/features/follow-up/model/series-actions";
import { weeklyMeeting } from "@/meeting/model/templates/presets";
import { generateInMemoryHistory } from "./history-data";

const timeZone = "Asia/Shanghai";
const speakers = 40;
const runs = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(step: () => unknown): number {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const t0 = performance.now();
    step();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

export async function benchHistoryAggregation(yearsList: readonly number[] = [1, 2, 5, 10]): Promise<void> {
  for (const years of yearsList) {
    const { data, occurrences, people } = await generateInMemoryHistory(years, speakers);
    const now = new Date(Date.UTC(2026, 5, 1, 4));
    const config = {
      template: weeklyMeeting,
      speakers: { departments: people.map((p) => p.upn) },
      reportDue: { workingDaysBefore: 1, time: "18:00" },
    };
    const starts = new Map(occurrences.map((o) => [o.key, o.start]));
    const actions = trackActions(data.actions, data.tasks, now, timeZone, data.directory);
    const register = buildDecisionRegister(data.minutes, actions, starts);
    const nextKey = new Date(Date.parse(occurrences.at(-1)?.key ?? "") + 7 * 86_400_000).toISOString();
    const steps: [string, () => unknown][] = [
      ["listSeriesActions", () => listSeriesActions(data.minutes)],
      ["trackActions", () => trackActions(data.actions, data.tasks, now, timeZone, data.directory)],
      ["buildDecisionRegister", () => buildDecisionRegister(data.minutes, actions, starts)],
      ["buildDigests", () => buildDigests(occurrences, data, register, now)],
      ["searchHistory", () => searchHistory("决议 1", register, actions)],
      ["rollUpActions", () => rollUpActions(actions, (a) => ({ key: a.owner, label: a.ownerName }))],
      ["buildKpiTrends", () => buildKpiTrends(data.reports, occurrences, (r) => r.author)],
      [
        "measureMeetingHealth",
        () =>
          measureMeetingHealth({ occurrences, minutes: data.minutes, reports: data.reports, config, timeZone, now }),
      ],
      [
        "buildReviewItems",
        () =>
          buildReviewItems({
            actions: data.actions,
            reviews: data.reviews,
            tasks: data.tasks,
            directory: data.directory,
            occurrenceKey: nextKey,
            now,
            timeZone,
          }),
      ],
    ];
    const figures = steps.map(([name, step]) => [name, time(step)] as const);
    const total = figures.reduce((sum, [, ms]) => sum + ms, 0);
    const reports = data.reports.length;
    const decisions = register.length;
    console.log(
      `[aggregation, ${years} year${years === 1 ? "" : "s"} × ${speakers} speakers: ${occurrences.length} occurrences, ${reports} reports, ` +
        `${decisions} decisions, ${data.reviews.length} reviews] all: ${total.toFixed(1)} ms (median of ${runs}) — ` +
        `${((total * 1000) / reports).toFixed(1)} µs per report, ${((total * 1000) / decisions).toFixed(1)} µs per decision`,
    );
    console.log(`  ${figures.map(([name, ms]) => `${name} ${ms.toFixed(1)} ms`).join(", ")}`);
  }
}
