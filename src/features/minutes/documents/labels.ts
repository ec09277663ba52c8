// Words shared by the minutes card, the chat message and the .docx, in the two UI languages. One
// language per artefact — the publisher's — since a chat message or a file cannot follow each
// reader's locale. The Chinese terms are the ones the source documents use (docs/domain.md §5, §6).
import type { ActionPriority, AttendanceEntry } from "@/meeting/model/records/minutes-record";
import type { LatenessPolicy } from "@/meeting/model/series-config/series-config";

export type MinutesLanguage = "zh-CN" | "en-US";
export type AttendanceStatus = AttendanceEntry["status"];

interface SharedLabels {
  status: Record<AttendanceStatus | "unrecorded", string>;
  priority: Record<ActionPriority, string>;
  minutesLate: (minutes: number) => string;
  /** "出席 5 · 迟到 1 · 请假 1 · 缺席 0"; unrecorded people are added only when there are some. */
  attendanceCounts: (counts: Record<AttendanceStatus | "unrecorded", number>) => string;
  /** Joins names in running text. */
  listSeparator: string;
  amended: (version: number) => string;
  notAssigned: string;
  /** The series' lateness policy and what it came to at this meeting (docs/domain.md §6). */
  latenessPolicy: (policy: LatenessPolicy) => string;
  penaltyTotal: (amount: number) => string;
  /** A late person's penalty beside their minutes late. */
  penalty: (amount: number) => string;
}

export const sharedLabels: Record<MinutesLanguage, SharedLabels> = {
  "zh-CN": {
    status: { present: "出席", late: "迟到", leave: "请假", absent: "缺席", unrecorded: "未记录" },
    priority: { urgent: "紧急", important: "重要", medium: "一般", low: "低" },
    minutesLate: (minutes) => `${minutes} 分钟`,
    attendanceCounts: (c) =>
      [
        `出席 ${c.present}`,
        `迟到 ${c.late}`,
        `请假 ${c.leave}`,
        `缺席 ${c.absent}`,
        ...(c.unrecorded > 0 ? [`未记录 ${c.unrecorded}`] : []),
      ].join(" · "),
    listSeparator: "、",
    amended: (version) => `纪要已修订（第 ${version} 版）`,
    notAssigned: "未指定",
    latenessPolicy: (policy) =>
      policy.kind === "flat"
        ? `迟到处理：凡迟到者罚款 ${policy.amount} 元`
        : policy.kind === "perMinute"
          ? `迟到处理：迟到每分钟罚款 ${policy.amount} 元`
          : "迟到处理：不罚款",
    penaltyTotal: (amount) => `本次迟到罚款合计 ${amount} 元`,
    penalty: (amount) => `罚款 ${amount} 元`,
  },
  "en-US": {
    status: { present: "Present", late: "Late", leave: "On leave", absent: "Absent", unrecorded: "Not recorded" },
    priority: { urgent: "Urgent", important: "Important", medium: "Medium", low: "Low" },
    minutesLate: (minutes) => `${minutes} min`,
    attendanceCounts: (c) =>
      [
        `Present ${c.present}`,
        `Late ${c.late}`,
        `On leave ${c.leave}`,
        `Absent ${c.absent}`,
        ...(c.unrecorded > 0 ? [`Not recorded ${c.unrecorded}`] : []),
      ].join(" · "),
    listSeparator: ", ",
    amended: (version) => `Minutes amended (version ${version})`,
    notAssigned: "Not assigned",
    latenessPolicy: (policy) =>
      policy.kind === "flat"
        ? `Lateness: CNY ${policy.amount} for anyone late`
        : policy.kind === "perMinute"
          ? `Lateness: CNY ${policy.amount} per minute late`
          : "Lateness: no penalty",
    penaltyTotal: (amount) => `Lateness penalties at this meeting: CNY ${amount}`,
    penalty: (amount) => `CNY ${amount}`,
  },
};
