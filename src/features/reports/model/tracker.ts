// The host's view of who has handed in their report for an occurrence (docs/domain.md §1 "Before": each
// speaker prepares their report). Pure, so the late rules are pinned by tests.
import type { Bilingual } from "@/lib/i18n/bilingual";
import type { ReportValue } from "@/meeting/model/records/report-record";

export interface ExpectedSpeaker {
  upn: string;
  name: string;
  sectionId: string;
  sectionTitle: Bilingual;
}

/** A stored report as the tracker needs it (a `StoredRecord<ReportValue>` fits). */
export interface TrackedReport {
  value: ReportValue;
  modifiedAt: string;
}

export type SpeakerStatus =
  | { kind: "pending" }
  | { kind: "overdue" }
  | { kind: "submitted"; submittedAt: Date; updatedAt: Date; isLate: boolean };

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
 * reports from people who are not expected are not counted (the host changed the speakers).
 */
export function summarizeTracker(
  speakers: readonly ExpectedSpeaker[],
  reports: readonly TrackedReport[],
  due: Date,
  now: Date,
): TrackerSummary {
  const byKey = new Map<string, TrackedReport>();
  for (const report of reports) byKey.set(matchKey(report.value.author, report.value.sectionId), report);
  const rows = speakers.map((speaker): TrackerRow => {
    const report = byKey.get(matchKey(speaker.upn, speaker.sectionId));
    return { speaker, status: computeSpeakerStatus(report, due, now), ...(report ? { report } : {}) };
  });
  return {
    rows,
    submitted: rows.filter((row) => row.status.kind === "submitted").length,
    total: rows.length,
    late: rows.filter((row) => row.status.kind === "overdue" || (row.status.kind === "submitted" && row.status.isLate))
      .length,
  };
}
