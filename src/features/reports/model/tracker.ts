// The host's view of who has handed in their report for an occurrence (docs/domain.md §1 "Before": each
// speaker prepares their report). A report counts as the speaker's only when SharePoint says they
// wrote it (docs/domain.md §9); one someone else entered is shown as such. Pure, so the rules are
// pinned by tests.
import type { Bilingual } from "@/lib/i18n/bilingual";
import { getWriterName } from "@/meeting/model/authorship/authorship";
import type { Authorship } from "@/meeting/model/authorship/authorship";
import type { ReportValue } from "@/meeting/model/records/report-record";

export interface ExpectedSpeaker {
  upn: string;
  name: string;
  sectionId: string;
  sectionTitle: Bilingual;
}

/** A stored report as the tracker needs it (an `AttributedRecord<ReportValue>` fits). */
export interface TrackedReport {
  value: ReportValue;
  modifiedAt: string;
  /** Whose it is on SharePoint's word. */
  authorship: Authorship;
}

export type SpeakerStatus =
  | { kind: "pending" }
  /** Asked for leave (their own request) and has not reported: not expected, not late. */
  | { kind: "onLeave" }
  | { kind: "overdue" }
  | { kind: "submitted"; submittedAt: Date; updatedAt: Date; isLate: boolean }
  /**
   * Someone else wrote it (`created`) or changed it since (`changed`), or the writer cannot be
   * verified (`unverified`): shown with its writer, not counted as the speaker's submission.
   */
  | { kind: "onBehalf"; by: string; change: "created" | "changed" | "unverified"; updatedAt: Date };

export interface TrackerRow {
  speaker: ExpectedSpeaker;
  status: SpeakerStatus;
  report?: TrackedReport;
}

export interface TrackerSummary {
  rows: TrackerRow[];
  submitted: number;
  total: number;
  /** Overdue plus submitted late. */
  late: number;
  /** Reports someone else wrote for the speaker: shown, counted in neither of the above. */
  onBehalf: number;
  /** Speakers on leave who have not reported: left out of `total`. */
  onLeave: number;
}

function matchKey(upn: string, sectionId: string): string {
  return `${sectionId}|${upn.toLowerCase()}`;
}

function readDate(iso: string): Date | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Late = not submitted once `now` is past `due`, or first submitted after `due`. */
export function computeSpeakerStatus(report: TrackedReport | undefined, due: Date, now: Date): SpeakerStatus {
  if (!report) return now.getTime() > due.getTime() ? { kind: "overdue" } : { kind: "pending" };
  const updatedAt = readDate(report.modifiedAt);
  const authorship = report.authorship;
  if (authorship.kind !== "own")
    return {
      kind: "onBehalf",
      by: getWriterName(authorship),
      change: authorship.kind === "onBehalf" ? authorship.change : "unverified",
      updatedAt: updatedAt ?? now,
    };
  // A record without a readable submit time still counts as submitted; its last change stands in.
  const submittedAt = readDate(report.value.submittedAt) ?? updatedAt ?? now;
  return {
    kind: "submitted",
    submittedAt,
    updatedAt: updatedAt ?? submittedAt,
    isLate: submittedAt.getTime() > due.getTime(),
  };
}

/**
 * One row per expected speaker, in the order given. Reports are matched on author and section;
 * reports from people who are not expected are not counted (the host changed the speakers). A
 * speaker on leave (`onLeave`: person keys of their own leave requests) owes no report unless they
 * send one anyway.
 */
export function summarizeTracker(
  speakers: readonly ExpectedSpeaker[],
  reports: readonly TrackedReport[],
  due: Date,
  now: Date,
  onLeave: ReadonlySet<string> = new Set(),
): TrackerSummary {
  const byKey = new Map<string, TrackedReport>();
  for (const report of reports) byKey.set(matchKey(report.value.author, report.value.sectionId), report);
  const rows = speakers.map((speaker): TrackerRow => {
    const report = byKey.get(matchKey(speaker.upn, speaker.sectionId));
    if (report === undefined && onLeave.has(speaker.upn.toLowerCase())) return { speaker, status: { kind: "onLeave" } };
    return { speaker, status: computeSpeakerStatus(report, due, now), ...(report ? { report } : {}) };
  });
  const onLeaveCount = rows.filter((row) => row.status.kind === "onLeave").length;
  return {
    rows,
    submitted: rows.filter((row) => row.status.kind === "submitted").length,
    total: rows.length - onLeaveCount,
    late: rows.filter((row) => row.status.kind === "overdue" || (row.status.kind === "submitted" && row.status.isLate))
      .length,
    onBehalf: rows.filter((row) => row.status.kind === "onBehalf").length,
    onLeave: onLeaveCount,
  };
}
