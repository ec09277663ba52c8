// Whether the viewer's report for an occurrence is in, and whether it is or was late (docs/domain.md §1
// "Before": speakers prepare their report ahead). The same rule as the meeting tab's tracker: late =
// not submitted once the due time has passed, or first submitted after it.
import type { OwedReport, ReportStatus } from "./types";

export function computeReportStatus(report: Pick<OwedReport, "due" | "submittedAt">, now: Date): ReportStatus {
  if (report.submittedAt === undefined)
    return now.getTime() > report.due.getTime() ? { kind: "overdue" } : { kind: "pending" };
  return { kind: "submitted", isLate: report.submittedAt.getTime() > report.due.getTime() };
}

/** Overdue first, then not yet submitted, then submitted; within each, the earliest due first. */
export function sortOwedReports(reports: readonly OwedReport[], now: Date): OwedReport[] {
  const rank = (report: OwedReport): number => {
    const status = computeReportStatus(report, now);
    return status.kind === "overdue" ? 0 : status.kind === "pending" ? 1 : 2;
  };
  return [...reports].sort(
    (a, b) => rank(a) - rank(b) || a.due.getTime() - b.due.getTime() || a.sectionId.localeCompare(b.sectionId),
  );
}
