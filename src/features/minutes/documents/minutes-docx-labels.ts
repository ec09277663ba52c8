// Fixed wording of the .docx minutes, laid out like the 会议记录 forms in the source documents
// (the companies' own 会议记录 forms, docs/domain.md §5: 会议名称、会议时间、会议地点、参会人员、会议主持、会议记录、会议主题).
// The action columns and the attendance status column carry the editor's own field names (labels.ts).
import { minutesStrings } from "../strings";
import { actionFieldLabels } from "./labels";
import type { MinutesLanguage } from "./labels";

export interface MinutesDocxLabels {
  title: string;
  version: (version: number) => string;
  meetingName: string;
  meetingTime: string;
  place: string;
  host: string;
  noteTaker: string;
  headcount: string;
  /** 应到 / 实到 */
  expectedAttended: (expected: number, attended: number) => string;
  absentAndLeave: string;
  none: string;
  theme: string;
  attendanceHeading: string;
  attendanceColumns: {
    number: string;
    name: string;
    status: string;
    minutesLate: string;
    penalty: string;
    note: string;
  };
  penalty: (amount: number) => string;
  contentHeading: string;
  notes: string;
  decisions: string;
  noDecisions: string;
  actionsHeading: string;
  actionColumns: {
    number: string;
    what: string;
    owner: string;
    due: string;
    standard: string;
    supervisor: string;
    priority: string;
  };
  noActions: string;
  confirmationHeading: string;
  confirmation: string;
  signature: string;
  date: string;
  headingNumber: (index: number) => string;
  decisionNumber: (index: number) => string;
}

export const minutesDocxLabels: Record<MinutesLanguage, MinutesDocxLabels> = {
  "zh-CN": {
    title: "会议记录",
    version: (version) => `（第${version}版，修订稿）`,
    meetingName: "会议名称",
    meetingTime: "会议时间",
    place: "会议地点/链接",
    host: "主持人",
    noteTaker: "记录人",
    headcount: "应到/实到",
    expectedAttended: (expected, attended) => `应到 ${expected} 人，实到 ${attended} 人`,
    absentAndLeave: "缺席及请假",
    none: "无",
    theme: "会议主题",
    attendanceHeading: "出勤情况",
    attendanceColumns: {
      number: "序号",
      name: "姓名",
      status: minutesStrings["zh-CN"].attendance.status,
      minutesLate: "迟到（分钟）",
      penalty: "迟到处理",
      note: "备注",
    },
    penalty: (amount) => `罚款 ${amount} 元`,
    contentHeading: "会议内容",
    notes: "记录：",
    decisions: "决议：",
    noDecisions: "本议题未形成决议。",
    actionsHeading: "行动项",
    actionColumns: {
      number: "序号",
      what: "行动项",
      ...actionFieldLabels("zh-CN"),
    },
    noActions: "本次会议无行动项。",
    confirmationHeading: "与会人员确认",
    confirmation: "以上会议记录经与会人员确认无误，对会议提出的结论严格执行，并由监督人跟进执行进度。",
    signature: "与会人员确认（签字）：",
    date: "日期：",
    headingNumber: (index) =>
      `${["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][index] ?? String(index + 1)}、`,
    decisionNumber: (index) => `（${index + 1}）`,
  },
  "en-US": {
    title: "Minutes",
    version: (version) => ` (version ${version}, amended)`,
    meetingName: "Meeting",
    meetingTime: "Date and time",
    place: "Place / link",
    host: "Host",
    noteTaker: "Note-taker",
    headcount: "Expected / present",
    expectedAttended: (expected, attended) => `${expected} expected, ${attended} present`,
    absentAndLeave: "Absent and on leave",
    none: "None",
    theme: "Theme",
    attendanceHeading: "Attendance",
    attendanceColumns: {
      number: "No.",
      name: "Name",
      status: minutesStrings["en-US"].attendance.status,
      minutesLate: "Minutes late",
      penalty: "Lateness penalty",
      note: "Note",
    },
    penalty: (amount) => `CNY ${amount}`,
    contentHeading: "Discussion",
    notes: "Notes:",
    decisions: "Decisions:",
    noDecisions: "No decision on this item.",
    actionsHeading: "Action items",
    actionColumns: {
      number: "No.",
      what: "Action",
      ...actionFieldLabels("en-US"),
    },
    noActions: "No action items.",
    confirmationHeading: "Confirmation by attendees",
    confirmation:
      "The attendees confirm these minutes; the decisions are carried out and their progress followed up by the supervisors.",
    signature: "Confirmed by attendees (signature):",
    date: "Date:",
    headingNumber: (index) => `${index + 1}. `,
    decisionNumber: (index) => `(${index + 1}) `,
  },
};
