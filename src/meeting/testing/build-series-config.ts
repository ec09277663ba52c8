// A 周例会 series configuration with fixed defaults: a rotating host among three, a note-taker, two
// department heads speaking.
import type { SeriesConfig } from "../model/series-config/series-config";
import { weeklyMeeting } from "../model/templates/presets";

export const me = "li.na@yunzhan.example";
export const weeklyChat = "19:meeting_weekly@thread.v2";

export function buildSeriesConfig(overrides: Partial<SeriesConfig> = {}): SeriesConfig {
  return {
    schemaVersion: 1,
    seriesId: weeklyChat,
    title: "周例会",
    template: weeklyMeeting,
    workspace: {
      groupId: "g1",
      groupName: "云栈管理层",
      siteId: "site-1",
      planId: "plan-weekly",
      planTitle: "周例会 · 行动项",
    },
    host: {
      mode: "rotating",
      order: ["zhang.min@yunzhan.example", me, "chen.xiaodong@yunzhan.example"],
      startsAt: "2026-11-16T05:30:00.000Z",
    },
    noteTaker: "sun.li@yunzhan.example",
    speakers: { departments: [me, "zhang.min@yunzhan.example"] },
    reportDue: { workingDaysBefore: 1, time: "18:00" },
    noticeLeadHours: 4,
    attendance: { leaveCutoffHours: 24, lateness: { kind: "none" } },
    updatedBy: "wang.jianguo@yunzhan.example",
    updatedAt: "2026-11-01T00:00:00.000Z",
    ...overrides,
  };
}
