// Words shared by the minutes card, the chat message and the .docx, in the two UI languages. One
// language per artefact — the publisher's — since a chat message or a file cannot follow each
// reader's locale. The Chinese terms are the ones the source documents use (docs/domain.md §5, §6).
// Status and priority words are the editor's own (strings.ts): what the note-taker picked in the
// panel is what the card and the document say, never a second wording of it.
import type { ActionPriority, AttendanceEntry } from "@/meeting/model/records/minutes-record";
import type { LatenessPolicy } from "@/meeting/model/series-config/series-config";
import { minutesStrings } from "../strings";

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

function statusWords(language: MinutesLanguage): Record<AttendanceStatus | "unrecorded", string> {
  const { present, late, leave, absent, unmarked } = minutesStrings[language].attendance;
  return { present, late, leave, absent, unrecorded: unmarked };
}

function countsLine(language: MinutesLanguage, counts: Record<AttendanceStatus | "unrecorded", number>): string {
  const words = statusWords(language);
  const shown = (["present", "late", "leave", "absent"] as const).map((status) => `${words[status]} ${counts[status]}`);
  if (counts.unrecorded > 0) shown.push(`${words.unrecorded} ${counts.unrecorded}`);
  return shown.join(" · ");
}

/** The action fields' names as the editor labels them. */
export function actionFieldLabels(language: MinutesLanguage): {
  owner: string;
  due: string;
  standard: string;
  supervisor: string;
  priority: string;
} {
  const { owner, due, standard, supervisor, priority } = minutesStrings[language].action;
  return { owner, due, standard, supervisor, priority };
}

export const sharedLabels: Record<MinutesLanguage, SharedLabels> = {
  "zh-CN": {
    status: statusWords("zh-CN"),
    priority: minutesStrings["zh-CN"].priority,
    minutesLate: (minutes) => `${minutes} 分钟`,
    attendanceCounts: (c) => countsLine("zh-CN", c),
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
    status: statusWords("en-US"),
    priority: minutesStrings["en-US"].priority,
    minutesLate: (minutes) => `${minutes} min`,
    attendanceCounts: (c) => countsLine("en-US", c),
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
