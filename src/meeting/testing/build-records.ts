// Records as their writers store them, with every optional field filled, so a read-back test
// covers each field. Fixed defaults; override what a test is about.
import type { AgendaRecord } from "../model/records/agenda-record";
import type { ActionItem, MinutesRecord } from "../model/records/minutes-record";
import type { ReportValue } from "../model/records/report-record";

const occurrenceKey = "2026-12-07T05:30:00.000Z";
const kpi = { metric: "GMV", unit: "万元", target: "1,200", actual: "1,080", lastYear: "950" };

export function buildFullAgendaRecord(overrides: Partial<AgendaRecord> = {}): AgendaRecord {
  return {
    schemaVersion: 1,
    occurrenceKey,
    host: "wang.jianguo@yunzhan.example",
    noteTaker: "zhao.min@yunzhan.example",
    items: [
      {
        id: "i1",
        sectionId: "departments",
        kind: "reports",
        title: { zh: "运营部汇报", en: "Operations report" },
        speaker: "li.na@yunzhan.example",
        minutes: 10,
        fields: ["review", "kpis"],
        raisedBy: "li.na@yunzhan.example",
      },
    ],
    revision: 3,
    posts: [
      {
        messageId: "m1",
        revision: 2,
        postedAt: "2026-12-06T09:00:00Z",
        postedBy: "wang.jianguo@yunzhan.example",
        leftCopies: [{ messageId: "m2", senderName: "王建国" }],
      },
    ],
    updatedBy: "wang.jianguo@yunzhan.example",
    updatedAt: "2026-12-06T09:00:00Z",
    ...overrides,
  };
}

export function buildFullAction(overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id: "a1",
    itemId: "i1",
    decisionId: "d1",
    what: "整理双十一退款工单",
    owner: "li.na@yunzhan.example",
    ownerName: "李娜",
    due: "2026-12-11",
    standard: "积压工单清零",
    supervisor: "wang.jianguo@yunzhan.example",
    supervisorName: "王建国",
    priority: "important",
    source: { kind: "helpNeeded", reportKey: "report|x", index: 0 },
    ...overrides,
  };
}

export function buildFullMinutesRecord(overrides: Partial<MinutesRecord> = {}): MinutesRecord {
  return {
    schemaVersion: 1,
    occurrenceKey,
    meetingTitle: "周例会",
    start: occurrenceKey,
    end: "2026-12-07T07:00:00.000Z",
    joinUrl: "https://teams.microsoft.com/l/meetup-join/19%3ameeting_weekly%40thread.v2/0",
    host: "wang.jianguo@yunzhan.example",
    noteTaker: "zhao.min@yunzhan.example",
    attendees: [{ upn: "li.na@yunzhan.example", name: "李娜" }],
    attendance: {
      "li.na@yunzhan.example": {
        status: "late",
        lateMinutes: 5,
        note: "堵车",
        leave: { reason: "出差", requestedAt: "2026-12-05T01:00:00Z", isLate: false },
      },
    },
    items: [
      { id: "i1", title: "运营部汇报", notes: "退款积压", decisions: [{ id: "d1", text: "本周内清理积压退款" }] },
    ],
    actions: [buildFullAction()],
    status: "published",
    version: 1,
    published: {
      version: 1,
      at: "2026-12-07T08:00:00Z",
      by: "zhao.min@yunzhan.example",
      messageId: "m2",
      documentUrl: "https://yunzhan.sharepoint.com/minutes.docx",
      planner: { a1: { taskId: "t1", bucketId: "b1", fingerprint: "f1" } },
      started: { version: 1, language: "zh-CN", at: "2026-12-07T07:55:00Z" },
    },
    history: [
      { version: 1, publishedAt: "2026-12-07T08:00:00Z", publishedBy: "zhao.min@yunzhan.example", snapshot: "{}" },
    ],
    reassignments: [
      {
        actionId: "a1",
        from: "chen.xiaodong@yunzhan.example",
        fromName: "陈晓东",
        to: "li.na@yunzhan.example",
        toName: "李娜",
        reason: "gone",
        by: "wang.jianguo@yunzhan.example",
        at: "2026-12-10T02:00:00Z",
      },
    ],
    updatedBy: "zhao.min@yunzhan.example",
    updatedAt: "2026-12-07T08:00:00Z",
    ...overrides,
  };
}

export function buildFullReportValue(overrides: Partial<ReportValue> = {}): ReportValue {
  return {
    schemaVersion: 1,
    sectionId: "departments",
    author: "li.na@yunzhan.example",
    fields: {
      review: "完成上周计划",
      problems: [{ problem: "退款积压", solution: "加派人手" }],
      suggestions: ["每日复盘"],
      plan: ["清理退款"],
      expectedResult: "积压清零",
      helpNeeded: [{ target: "客服部", what: "支援两人" }],
      supervisor: { upn: "wang.jianguo@yunzhan.example", name: "王建国" },
      notCompletedReasons: "人手不足",
      kpis: [kpi],
      receivables: [{ ...kpi, metric: "应收账款" }],
    },
    submittedAt: "2026-12-06T10:00:00Z",
    revision: 2,
    ...overrides,
  };
}
