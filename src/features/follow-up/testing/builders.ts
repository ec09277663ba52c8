// Fixtures with fixed defaults and overrides, for follow-up's model and component tests.
import type { MinutesRead } from "@/meeting/model/records/read-schemas";
import type { ReviewRecord } from "@/meeting/model/records/review-record";
import type { SeriesAction } from "../model/series-actions";

export const seriesId = "19:meeting_follow-up@thread.v2";
export const week1 = "2026-06-01T05:30:00.000Z";
export const week2 = "2026-06-08T05:30:00.000Z";
export const week3 = "2026-06-15T05:30:00.000Z";
export const week4 = "2026-06-22T05:30:00.000Z";

export function buildAction(overrides: Partial<SeriesAction> = {}): SeriesAction {
  return {
    actionId: "a1",
    occurrenceKey: week1,
    what: "整理双十一退款工单",
    owner: "li.na@yunzhan.example",
    ownerName: "李娜",
    due: "2026-06-05",
    standard: "退款工单清零",
    supervisor: "sun.li@yunzhan.example",
    supervisorName: "孙丽",
    itemId: "i1",
    itemTitle: "运营",
    decisionId: "d1",
    decisionText: "本周内清理积压退款",
    taskId: "t1",
    reassignedFromName: undefined,
    ...overrides,
  };
}

export function buildReview(overrides: Partial<ReviewRecord> = {}): ReviewRecord {
  return {
    schemaVersion: 1,
    actionId: "a1",
    occurrenceKey: week2,
    verdict: "notAccepted",
    by: "wang.jianguo@yunzhan.example",
    at: "2026-06-08T06:00:00.000Z",
    ...overrides,
  };
}

export function buildMinutes(overrides: Partial<MinutesRead> = {}): MinutesRead {
  return {
    occurrenceKey: week1,
    start: "2026-06-01T05:30:00.000Z",
    end: "2026-06-01T07:00:00.000Z",
    status: "published",
    version: 1,
    attendance: {
      "li.na@yunzhan.example": { status: "present" },
      "zhang.min@yunzhan.example": { status: "late", lateMinutes: 5 },
      "liu.yang@yunzhan.example": { status: "leave" },
    },
    items: [
      { id: "i1", title: "运营", notes: "退款积压 320 单", decisions: [{ id: "d1", text: "本周内清理积压退款" }] },
      { id: "i2", title: "客服", notes: "", decisions: [] },
    ],
    actions: [
      {
        id: "a1",
        itemId: "i1",
        decisionId: "d1",
        what: "整理双十一退款工单",
        owner: "li.na@yunzhan.example",
        ownerName: "李娜",
        due: "2026-06-05",
        standard: "退款工单清零",
        priority: "important",
      },
    ],
    published: { at: "2026-06-01T08:00:00.000Z", planner: { a1: { taskId: "t1", bucketId: "b1" } } },
    ...overrides,
  };
}
