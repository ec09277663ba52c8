// Checks a report before it is sent. Pure: the form shows the issues inline and blocks submit,
// but never changes or drops what was typed — the person fixes it.
import type { ReportFieldId } from "@/meeting/model/templates/types";
import { parseKpiNumber } from "@/meeting/model/kpi";
import { isEmptyReport, orderFieldIds } from "./report";
import type { Complaints, KpiRow, ReportFields, ReportPerson, ReviewRow } from "@/meeting/model/records/report-record";

export const reportLimits = {
  /** Characters (code points, so an emoji counts once) in a text field. */
  textLength: 4000,
  /** Characters in one list item or one cell of a row. */
  itemLength: 1000,
  rowsPerList: 50,
} as const;

export type ReportColumn =
  | "item"
  | "problem"
  | "solution"
  | "target"
  | "what"
  | "name"
  | "metric"
  | "unit"
  | "kpiTarget"
  | "actual"
  | "lastYear"
  | "complaintCount"
  | "handling"
  | "platform"
  | "rating"
  | "newReviews";

/** An i18n key in the "reports" namespace with its parameters; rows are numbered from 1. */
export interface ValidationMessage {
  key: string;
  params: Record<string, string | number>;
}

export interface ReportIssue {
  /** Undefined for an issue with the report as a whole (nothing filled in). */
  field?: ReportFieldId;
  /** Zero-based row index inside a list field. */
  row?: number;
  column?: ReportColumn;
  message: ValidationMessage;
  /**
   * Something not filled in yet (a problem row without its problem). Shown only once the person
   * tries to submit: while typing, a half-filled new row is normal, not a mistake.
   */
  isMissing: boolean;
}

function countCharacters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    // The second half of a surrogate pair belongs to the character already counted.
    if (unit < 0xdc00 || unit > 0xdfff) count += 1;
  }
  return count;
}

function isBlank(text: string): boolean {
  return text.trim() === "";
}

interface Check {
  field: ReportFieldId;
  issues: ReportIssue[];
}

function addIssue(
  check: Check,
  message: ValidationMessage,
  where: { row?: number; column?: ReportColumn } = {},
  isMissing = false,
): void {
  check.issues.push({ field: check.field, ...where, message, isMissing });
}

function checkText(check: Check, text: string | undefined): void {
  if (text === undefined) return;
  const length = countCharacters(text);
  if (length > reportLimits.textLength)
    addIssue(check, { key: "validation.textTooLong", params: { max: reportLimits.textLength, length } });
}

function checkCell(check: Check, text: string, row: number, column: ReportColumn): void {
  const length = countCharacters(text);
  if (length > reportLimits.itemLength) {
    addIssue(
      check,
      { key: "validation.itemTooLong", params: { row: row + 1, max: reportLimits.itemLength, length } },
      { row, column },
    );
  }
}

function checkRowCount(check: Check, rows: readonly unknown[]): void {
  if (rows.length > reportLimits.rowsPerList) {
    addIssue(check, { key: "validation.tooManyRows", params: { max: reportLimits.rowsPerList, count: rows.length } });
  }
}

const kpiNumberColumns = [
  ["target", "kpiTarget"],
  ["actual", "actual"],
  ["lastYear", "lastYear"],
] as const satisfies readonly (readonly [keyof KpiRow, ReportColumn])[];

function checkKpiRows(check: Check, rows: KpiRow[]): void {
  checkRowCount(check, rows);
  rows.forEach((row, index) => {
    checkCell(check, row.metric, index, "metric");
    checkCell(check, row.unit, index, "unit");
    for (const [cell, column] of kpiNumberColumns) {
      const parsed = parseKpiNumber(row[cell]);
      if (parsed.kind === "invalid") {
        addIssue(
          check,
          { key: "validation.notANumber", params: { row: index + 1, column, text: parsed.text } },
          { row: index, column },
        );
      } else {
        checkCell(check, row[cell], index, column);
      }
    }
    const hasNumbers = kpiNumberColumns.some(([cell]) => !isBlank(row[cell]));
    if (hasNumbers && isBlank(row.metric)) {
      addIssue(
        check,
        { key: "validation.metricRequired", params: { row: index + 1 } },
        { row: index, column: "metric" },
        true,
      );
    }
  });
}

/** The highest 点评 rating: 美团 and 大众点评 both rate shops out of five stars. */
export const maxRating = 5;

/** A count (complaints, new reviews): blank, or a whole number of at least 0. */
function checkCount(check: Check, text: string, column: ReportColumn, row?: number): void {
  const parsed = parseKpiNumber(text);
  if (parsed.kind === "empty") return;
  if (parsed.kind === "invalid" || parsed.value < 0 || !Number.isInteger(parsed.value)) {
    const where = row === undefined ? { column } : { row, column };
    addIssue(check, { key: "validation.notACount", params: { column, text } }, where);
  }
}

function checkComplaints(check: Check, complaints: Complaints | undefined): void {
  if (!complaints) return;
  checkCount(check, complaints.count, "complaintCount");
  checkText(check, complaints.handling);
}

function checkReviewRows(check: Check, rows: ReviewRow[]): void {
  checkRowCount(check, rows);
  rows.forEach((row, index) => {
    checkCell(check, row.platform, index, "platform");
    const rating = parseKpiNumber(row.rating);
    if (rating.kind === "invalid" || (rating.kind === "number" && (rating.value < 0 || rating.value > maxRating))) {
      addIssue(
        check,
        { key: "validation.ratingRange", params: { row: index + 1, max: maxRating, text: row.rating } },
        { row: index, column: "rating" },
      );
    }
    checkCount(check, row.newReviews, "newReviews", index);
    if (isBlank(row.platform) && (!isBlank(row.rating) || !isBlank(row.newReviews))) {
      addIssue(
        check,
        { key: "validation.platformRequired", params: { row: index + 1 } },
        { row: index, column: "platform" },
        true,
      );
    }
  });
}

/**
 * Every issue in the fields of `fieldIds`, in catalogue order then row order. Blank rows are not
 * issues (they are left out when sending); fields outside `fieldIds` are not looked at.
 */
export interface ValidateOptions {
  /**
   * A supervisor stored as a typed name, before the field became a pick (no person key): still
   * accepted while it is left as it was, so an older report can be resubmitted unchanged.
   */
  storedTypedSupervisor?: string;
}

/** A supervisor is a person picked from the list; a typed name that names nobody is refused. */
export function isUnknownPerson(person: ReportPerson | undefined, storedTypedName?: string): boolean {
  if (person === undefined || person.upn !== "" || person.name.trim() === "") return false;
  return person.name.trim() !== storedTypedName?.trim();
}

export function validateReport(
  fields: ReportFields,
  fieldIds: readonly ReportFieldId[],
  options: ValidateOptions = {},
): ReportIssue[] {
  const issues: ReportIssue[] = [];
  for (const field of orderFieldIds(fieldIds)) {
    const check: Check = { field, issues };
    switch (field) {
      case "review":
      case "staffing":
      case "financialAnalysis":
      case "expectedResult":
      case "notCompletedReasons":
        checkText(check, fields[field]);
        break;
      case "complaints":
        checkComplaints(check, fields.complaints);
        break;
      case "onlineReviews":
        checkReviewRows(check, fields.onlineReviews ?? []);
        break;
      case "suggestions":
      case "plan": {
        const items = fields[field] ?? [];
        checkRowCount(check, items);
        items.forEach((item, index) => {
          checkCell(check, item, index, "item");
        });
        break;
      }
      case "problems": {
        const rows = fields.problems ?? [];
        checkRowCount(check, rows);
        rows.forEach((row, index) => {
          checkCell(check, row.problem, index, "problem");
          checkCell(check, row.solution, index, "solution");
          if (isBlank(row.problem) && !isBlank(row.solution)) {
            addIssue(
              check,
              { key: "validation.problemRequired", params: { row: index + 1 } },
              { row: index, column: "problem" },
              true,
            );
          }
        });
        break;
      }
      case "helpNeeded": {
        const rows = fields.helpNeeded ?? [];
        checkRowCount(check, rows);
        rows.forEach((row, index) => {
          checkCell(check, row.target, index, "target");
          checkCell(check, row.what, index, "what");
          if (isBlank(row.target) && !isBlank(row.what)) {
            addIssue(
              check,
              { key: "validation.helpTargetRequired", params: { row: index + 1 } },
              { row: index, column: "target" },
              true,
            );
          }
          if (isBlank(row.what) && !isBlank(row.target)) {
            addIssue(
              check,
              { key: "validation.helpWhatRequired", params: { row: index + 1 } },
              { row: index, column: "what" },
              true,
            );
          }
        });
        break;
      }
      case "supervisor":
        if (fields.supervisor && countCharacters(fields.supervisor.name) > reportLimits.itemLength) {
          addIssue(
            check,
            { key: "validation.nameTooLong", params: { max: reportLimits.itemLength } },
            { column: "name" },
          );
        } else if (isUnknownPerson(fields.supervisor, options.storedTypedSupervisor)) {
          // Shown once a submit was tried: while the person is still typing to search, it is no mistake.
          addIssue(
            check,
            { key: "validation.personUnknown", params: { name: fields.supervisor?.name.trim() ?? "" } },
            { column: "name" },
            true,
          );
        }
        break;
      case "kpis":
      case "receivables":
      case "revenue":
        checkKpiRows(check, fields[field] ?? []);
        break;
    }
  }
  if (isEmptyReport(fields, fieldIds))
    issues.push({ message: { key: "validation.empty", params: {} }, isMissing: true });
  return issues;
}

/** The issues to show now: format problems always, missing parts once a submit was tried. */
export function selectVisibleIssues(issues: readonly ReportIssue[], hasTriedSubmit: boolean): ReportIssue[] {
  return hasTriedSubmit ? [...issues] : issues.filter((issue) => !issue.isMissing);
}

export function findIssues(
  issues: readonly ReportIssue[],
  where: { field: ReportFieldId; row?: number; column?: ReportColumn },
): ReportIssue[] {
  return issues.filter(
    (issue) => issue.field === where.field && issue.row === where.row && issue.column === where.column,
  );
}
