// Results of the aggregations over several occurrences whose records arrive interleaved and reuse
// ids (decision and item ids restart in every minutes record): each record must land with its own
// occurrence, in the order the lists returned it, and a duplicate record counts as `find` saw it.
import { describe, expect, it } from "vitest";
import { buildDirectory, buildPerson } from "@/meeting/testing/build-directory";
import { buildPlannerTask } from "@/meeting/testing/build-planner-task";
import { weeklyMeeting } from "@/meeting/model/templates/presets";
import { buildAction, buildMinutes, buildReview, week1, week2, week3, week4 } from "../testing/builders";
import { buildDecisionRegister, buildDigests, trackActions } from "./history";
import type { OccurrenceReport } from "./history";
import { buildReviewItems } from "./review-items";
import { measureMeetingHealth } from "./rollups";

const now = new Date("2026-06-29T02:00:00Z");
const timeZone = "Asia/Shanghai";
const occurrences = [week3, week1, week4, week2].map((key) => ({
  key,
  start: new Date(key),
  end: new Date(new Date(key).getTime() + 90 * 60_000),
  status: "held",
}));
const minutesOf = (key: string, text: string) =>
  buildMinutes({
    occurrenceKey: key,
    start: key,
    end: new Date(new Date(key).getTime() + 60 * 60_000).toISOString(),
    items: [
      { id: "i1", title: `运营 ${text}`, notes: "", decisions: [{ id: "d1", text: `${text} 决议一` }] },
      { id: "i2", title: `客服 ${text}`, notes: "", decisions: [{ id: "d2", text: `${text} 决议二` }] },
    ],
  });
const minutes = [
  minutesOf(week2, "第二周"),
  minutesOf(week1, "第一周"),
  minutesOf(week3, "第三周"),
  minutesOf(week1, "第一周副本"),
];
const seriesActions = [
  buildAction({ actionId: "w2-a", occurrenceKey: week2, decisionId: "d1", taskId: undefined }),
  buildAction({ actionId: "w1-a", occurrenceKey: week1, decisionId: "d1", taskId: undefined }),
  buildAction({ actionId: "w1-b", occurrenceKey: week1, decisionId: "d2", taskId: undefined }),
  buildAction({ actionId: "w1-c", occurrenceKey: week1, decisionId: "d1", taskId: "t-c" }),
  buildAction({ actionId: "w3-free", occurrenceKey: week3, decisionId: undefined, taskId: undefined }),
];
const report = (key: string, author: string, submittedAt: string): OccurrenceReport => ({
  occurrenceKey: key,
  sectionId: "departments",
  author,
  submittedAt,
});
const reports = [
  report(week2, "zhang.min@yunzhan.example", "2026-06-05T01:00:00Z"),
  report(week1, "li.na@yunzhan.example", "2026-05-28T01:00:00Z"),
  report(week2, "li.na@yunzhan.example", "2026-06-08T01:00:00Z"),
  report(week1, "zhang.min@yunzhan.example", "2026-05-29T11:00:00Z"),
];
const actions = trackActions(
  seriesActions,
  new Map([["t-c", buildPlannerTask({ id: "t-c", percentComplete: 100, completedDateTime: "2026-06-03T02:00:00Z" })]]),
  now,
  timeZone,
  buildDirectory([buildPerson()]),
);
const register = buildDecisionRegister(minutes, actions, new Map(occurrences.map((o) => [o.key, o.start])));

describe("aggregations across occurrences", () => {
  it("gives each decision the action items of its own occurrence, in list order", () => {
    expect(register.map((d) => [d.occurrenceKey, d.text, d.actions.map((a) => a.actionId)])).toEqual([
      [week3, "第三周 决议一", []],
      [week3, "第三周 决议二", []],
      [week2, "第二周 决议一", ["w2-a"]],
      [week2, "第二周 决议二", []],
      [week1, "第一周 决议一", ["w1-a", "w1-c"]],
      [week1, "第一周 决议二", ["w1-b"]],
      [week1, "第一周副本 决议一", ["w1-a", "w1-c"]],
      [week1, "第一周副本 决议二", ["w1-b"]],
    ]);
  });

  it("puts each occurrence's first minutes, its reports in list order and its decisions in its digest", () => {
    const digests = buildDigests(occurrences, { agendas: [], reports, minutes }, register, now);
    expect(
      digests.map((d) => ({
        key: d.occurrence.key,
        minutes: d.minutes?.items?.[0]?.title,
        reports: d.reports.map((r) => r.author),
        decisions: d.decisions.map((e) => e.text),
      })),
    ).toEqual([
      { key: week4, minutes: undefined, reports: [], decisions: [] },
      { key: week3, minutes: "运营 第三周", reports: [], decisions: ["第三周 决议一", "第三周 决议二"] },
      {
        key: week2,
        minutes: "运营 第二周",
        reports: ["zhang.min@yunzhan.example", "li.na@yunzhan.example"],
        decisions: ["第二周 决议一", "第二周 决议二"],
      },
      {
        key: week1,
        minutes: "运营 第一周",
        reports: ["li.na@yunzhan.example", "zhang.min@yunzhan.example"],
        decisions: ["第一周 决议一", "第一周 决议二", "第一周副本 决议一", "第一周副本 决议二"],
      },
    ]);
  });

  it("measures each occurrence against its own first minutes and its own reports", () => {
    const health = measureMeetingHealth({
      occurrences,
      minutes,
      reports,
      config: {
        template: weeklyMeeting,
        speakers: { departments: ["li.na@yunzhan.example", "zhang.min@yunzhan.example"] },
        reportDue: { workingDaysBefore: 1, time: "18:00" },
      },
      timeZone,
      now,
    });
    expect(health.map((h) => [h.occurrenceKey, h.reportsOnTime, h.reportsExpected, h.lengthMinutes])).toEqual([
      [week1, 1, 2, 60],
      [week2, 1, 2, 60],
      [week3, 0, 2, 60],
    ]);
  });

  it("reviews each action against its own verdicts only", () => {
    const items = buildReviewItems({
      actions: seriesActions,
      reviews: [
        buildReview({ actionId: "w1-a", occurrenceKey: week2, verdict: "notAccepted" }),
        buildReview({ actionId: "w1-b", occurrenceKey: week2, verdict: "accepted" }),
        buildReview({ actionId: "w1-a", occurrenceKey: week3, verdict: "notAccepted" }),
        buildReview({ actionId: "w2-a", occurrenceKey: week3, verdict: "notAccepted" }),
        buildReview({ actionId: "w1-a", occurrenceKey: week4, verdict: "accepted", by: "sun.li@yunzhan.example" }),
      ],
      tasks: new Map(),
      directory: buildDirectory([buildPerson()]),
      occurrenceKey: week4,
      now,
      timeZone,
    });
    expect(items.map((i) => [i.actionId, i.carryCount, i.verdict?.verdict, i.verdict?.by])).toEqual([
      ["w1-c", 1, undefined, undefined],
      ["w1-a", 3, "accepted", "sun.li@yunzhan.example"],
      ["w2-a", 2, undefined, undefined],
      ["w3-free", 1, undefined, undefined],
    ]);
  });
});
