// Fixtures with fixed defaults; each test overrides only what it is about.
import type { StoredRecord } from "@/meeting/api/workspace";
import type { MinutesAgendaItem } from "../model/create-minutes";
import type { HelpRequest } from "../model/help-to-action";
import type {
  ActionItem,
  ConfirmationRecord,
  LeaveRequestRecord,
  MinutesPerson,
  MinutesRecord,
} from "@/meeting/model/records/minutes-record";

export const testChatId = "19:meeting_weekly@thread.v2";
export const testOccurrenceKey = "2026-11-30T05:30:00.000Z";

export const testPeople = {
  host: { upn: "wang.jianguo@yunzhan.example", name: "王建国" },
  noteTaker: { upn: "sun.li@yunzhan.example", name: "孙丽" },
  ops: { upn: "li.na@yunzhan.example", name: "李娜" },
  service: { upn: "zhang.min@yunzhan.example", name: "张敏" },
} as const satisfies Record<string, MinutesPerson>;

export function buildAgendaItems(): MinutesAgendaItem[] {
  return [
    { id: "review", title: "上次会议决议执行情况", minutes: 15 },
    { id: "ops", title: "运营部汇报", minutes: 10, speaker: testPeople.ops },
    { id: "service", title: "客服部汇报", minutes: 10, speaker: testPeople.service },
  ];
}

export function buildAction(overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id: "a1",
    itemId: "ops",
    what: "优化退货流程",
    owner: testPeople.ops.upn,
    ownerName: testPeople.ops.name,
    due: "2026-12-07",
    standard: "退货率降到 3% 以下",
    priority: "medium",
    ...overrides,
  };
}

export function buildMinutes(overrides: Partial<MinutesRecord> = {}): MinutesRecord {
  return {
    schemaVersion: 1,
    occurrenceKey: testOccurrenceKey,
    meetingTitle: "周例会",
    start: testOccurrenceKey,
    end: "2026-11-30T07:00:00.000Z",
    host: testPeople.host.upn,
    noteTaker: testPeople.noteTaker.upn,
    attendees: [testPeople.host, testPeople.noteTaker, testPeople.ops, testPeople.service],
    attendance: {},
    items: buildAgendaItems().map((item) => ({ id: item.id, title: item.title, notes: "", decisions: [] })),
    actions: [],
    status: "draft",
    version: 1,
    history: [],
    updatedBy: testPeople.noteTaker.upn,
    updatedAt: "2026-11-30T05:00:00.000Z",
    ...overrides,
  };
}

export function buildStoredMinutes(
  value: MinutesRecord = buildMinutes(),
  etag = '"etag-1"',
): StoredRecord<MinutesRecord> {
  const key = `minutes|${testChatId}|${value.occurrenceKey}`;
  return {
    key,
    title: key,
    seriesId: testChatId,
    occurrenceKey: value.occurrenceKey,
    itemId: "11",
    etag,
    value,
    modifiedAt: value.updatedAt,
  };
}

export function buildLeaveRequest(overrides: Partial<LeaveRequestRecord> = {}): LeaveRequestRecord {
  return {
    schemaVersion: 1,
    upn: testPeople.service.upn,
    reason: "外出拜访客户",
    requestedAt: "2026-11-28T09:00:00.000Z",
    isLate: false,
    ...overrides,
  };
}

export function buildConfirmation(overrides: Partial<ConfirmationRecord> = {}): ConfirmationRecord {
  return {
    schemaVersion: 1,
    upn: testPeople.ops.upn,
    version: 1,
    confirmedAt: "2026-11-30T09:00:00.000Z",
    ...overrides,
  };
}

export function buildHelpRequest(overrides: Partial<HelpRequest> = {}): HelpRequest {
  return {
    reportKey: `report|${testChatId}|${testOccurrenceKey}|ops|${testPeople.ops.upn}`,
    index: 0,
    from: testPeople.ops,
    target: "客服部",
    what: "协助整理双十一售后问题清单",
    ...overrides,
  };
}
