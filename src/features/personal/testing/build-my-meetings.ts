// Fixtures for the personal tab's tests: fixed defaults, overrides per test; never shared mutable state.
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import { monthlyReview } from "@/meeting/model/templates/presets";
import { buildSeriesConfig, me, weeklyChat } from "@/meeting/testing/build-series-config";
import type { MyMeetings, MyOccurrence, MySeries, MyTask, OwedReport } from "../model/types";

export const monthlyChat = "19:meeting_monthly@thread.v2";

export function buildSeries(overrides: Partial<SeriesConfig> = {}): MySeries {
  const config = buildSeriesConfig(overrides);
  return { seriesId: config.seriesId, title: config.title, groupId: config.workspace.groupId, config };
}

export function buildMonthlySeries(): MySeries {
  return buildSeries({
    seriesId: monthlyChat,
    title: "月例会",
    template: monthlyReview,
    workspace: {
      groupId: "g1",
      groupName: "云栈管理层",
      siteId: "site-1",
      planId: "plan-monthly",
      planTitle: "月例会 · 行动项",
    },
    host: { mode: "fixed", host: "wang.jianguo@yunzhan.example" },
    noteTaker: me,
    speakers: { owners: [me] },
  });
}

export function buildOccurrence(overrides: Partial<MyOccurrence> = {}): MyOccurrence {
  return {
    seriesId: weeklyChat,
    seriesTitle: "周例会",
    occurrenceKey: "2026-12-07T05:30:00.000Z",
    start: new Date("2026-12-07T05:30:00.000Z"),
    end: new Date("2026-12-07T07:00:00.000Z"),
    isCancelled: false,
    timeZone: "Asia/Shanghai",
    groupId: "g1",
    leaveRule: { attendance: { leaveCutoffHours: 24, lateness: { kind: "none" } } },
    roles: {
      isHost: false,
      isNoteTaker: false,
      speaks: [{ sectionId: "departments", title: { zh: "部门负责人", en: "Department head" } }],
    },
    ...overrides,
  };
}

export function buildOwedReport(overrides: Partial<OwedReport> = {}): OwedReport {
  return {
    seriesId: weeklyChat,
    seriesTitle: "周例会",
    occurrenceKey: "2026-12-07T05:30:00.000Z",
    start: new Date("2026-12-07T05:30:00.000Z"),
    sectionId: "departments",
    sectionTitle: { zh: "部门负责人", en: "Department head" },
    due: new Date("2026-12-04T10:00:00.000Z"),
    timeZone: "Asia/Shanghai",
    ...overrides,
  };
}

export function buildTask(overrides: Partial<MyTask> = {}): MyTask {
  return {
    id: "task-1",
    etag: 'W/"JzEtVGFzayAgQEBAQEBAQEBAQEBAQEBAWCc="',
    planId: "plan-weekly",
    title: "整理双十一复盘数据",
    percentComplete: 50,
    completedDateTime: null,
    dueDateTime: "2026-11-28T15:59:59.000Z",
    hasDescription: true,
    series: [{ seriesId: weeklyChat, title: "周例会" }],
    ...overrides,
  };
}

export function buildMyMeetings(overrides: Partial<MyMeetings> = {}): MyMeetings {
  return {
    series: [buildSeries(), buildMonthlySeries()],
    occurrences: [buildOccurrence()],
    owedReports: [buildOwedReport()],
    tasks: [buildTask()],
    unreadable: [],
    ...overrides,
  };
}
