// Test fixtures: the minutes of one 周例会 (seven attendees: five present, one late, one on leave),
// with fixed defaults and overrides. Users match the emulator's ecommerce.zh scenario.
import type { ActionItem, MinutesRecord } from "@/meeting/model/records/minutes-record";

export const fixtureUsers = {
  host: { upn: "wang.jianguo@yunzhan.example", name: "王建国", id: "17dbf0fa-850a-4120-b6cf-88253a8163c8" },
  ops: { upn: "li.na@yunzhan.example", name: "李娜", id: "87a1b09d-3aae-4044-885e-3586036f047e" },
  design: { upn: "zhang.min@yunzhan.example", name: "张敏", id: "0485e40f-a299-43a2-b7ab-5777da1eaf69" },
  cs: { upn: "chen.xiaodong@yunzhan.example", name: "陈晓东", id: "d26271bc-7358-4a1c-9d41-ab09f4d1244e" },
  after: { upn: "liu.yang@yunzhan.example", name: "刘洋", id: "2784b2ff-53b8-41cc-ab9a-f22f149d5f58" },
  wh: { upn: "zhao.lei@yunzhan.example", name: "赵磊", id: "b8f3a0d3-b50b-4c85-a329-e6e8e52c8de9" },
  notes: { upn: "sun.li@yunzhan.example", name: "孙丽", id: "51dbed65-348c-466c-ade0-38c901b9df35" },
} as const;

export const fixtureDisplayNames: Record<string, string> = Object.fromEntries(
  Object.values(fixtureUsers).map((u) => [u.upn, u.name]),
);

export function buildActionItem(index: number, overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id: `a${index}`,
    itemId: "departments",
    what: `行动项 ${index}：整理双十二备货清单`,
    owner: fixtureUsers.ops.upn,
    ownerName: fixtureUsers.ops.name,
    due: "2026-12-07",
    standard: `标准 ${index}：清单经仓储确认并上传共享盘`,
    supervisor: fixtureUsers.notes.upn,
    supervisorName: fixtureUsers.notes.name,
    priority: "important",
    ...overrides,
  };
}

export function buildMinutes(overrides: Partial<MinutesRecord> = {}): MinutesRecord {
  const { host, ops, design, cs, after, wh, notes } = fixtureUsers;
  return {
    schemaVersion: 1,
    occurrenceKey: "2026-11-30T05:30:00.000Z",
    meetingTitle: "周例会",
    start: "2026-11-30T05:30:00.000Z",
    end: "2026-11-30T07:00:00.000Z",
    joinUrl: "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0",
    host: host.upn,
    noteTaker: notes.upn,
    attendees: [host, ops, design, cs, after, wh, notes].map(({ upn, name }) => ({ upn, name })),
    attendance: {
      [host.upn]: { status: "present" },
      [ops.upn]: { status: "present" },
      [design.upn]: { status: "late", lateMinutes: 10 },
      [cs.upn]: { status: "present" },
      [after.upn]: { status: "leave", note: "外出拜访客户" },
      [wh.upn]: { status: "present" },
      [notes.upn]: { status: "present" },
    },
    items: [
      {
        id: "review",
        title: "上次会议决策执行情况",
        notes: "上周 3 项行动项已完成 2 项。\n客服响应时长仍未达标。",
        decisions: [{ id: "d1", text: "客服响应时长目标维持 30 秒" }],
      },
      {
        id: "departments",
        title: "各部门负责人汇报",
        notes: "运营：双十二预热方案已定稿。",
        decisions: [{ id: "d2", text: "双十二预热 12 月 5 日上线" }],
      },
    ],
    actions: [
      buildActionItem(1),
      buildActionItem(2, {
        what: "客服话术更新",
        owner: cs.upn,
        ownerName: cs.name,
        due: "2026-12-04",
        standard: "新话术培训完成，抽检合格率 ≥ 95%",
        priority: "urgent",
        supervisor: undefined,
        supervisorName: undefined,
      }),
    ],
    status: "published",
    version: 1,
    history: [],
    updatedBy: notes.upn,
    updatedAt: "2026-11-30T08:00:00.000Z",
    ...overrides,
  };
}
