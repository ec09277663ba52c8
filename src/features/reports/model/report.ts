// The report form's own logic over the stored report (src/meeting/model/records/report-record.ts):
// which fields a section asks for, in what order, and what counts as filled in.
import { reportFields } from "@/meeting/model/templates/report-fields";
import type { ReportFieldId } from "@/meeting/model/templates/types";
import type {
  Complaints,
  HelpRow,
  KpiRow,
  ProblemRow,
  ReportFields,
  ReviewRow,
} from "@/meeting/model/records/report-record";

export type KpiFieldId = "kpis" | "receivables" | "revenue";
export type TextFieldId = "review" | "expectedResult" | "notCompletedReasons" | "staffing" | "financialAnalysis";
export type TextListFieldId = "suggestions" | "plan";

/** One agenda section this user speaks in, and the fields its form asks for. */
export interface ReportSection {
  sectionId: string;
  title: { zh: string; en: string };
  fields: ReportFieldId[];
}

/** What the app shows of a stored report: its fields and when it reached the workspace. */
export interface SubmittedReport {
  fields: ReportFields;
  /** When the stored record last changed (ISO). */
  savedAt: string;
  revision: number;
  etag: string;
  /** Who SharePoint says last wrote it, when that was not the speaker (docs/domain.md §9). */
  onBehalfBy?: string;
}

export const emptyKpiRow: KpiRow = { metric: "", unit: "", target: "", actual: "", lastYear: "" };
export const emptyProblemRow: ProblemRow = { problem: "", solution: "" };
export const emptyHelpRow: HelpRow = { target: "", what: "" };
export const emptyComplaints: Complaints = { count: "", handling: "" };
export const emptyReviewRow: ReviewRow = { platform: "", rating: "", newReviews: "" };

const catalogueOrder = Object.keys(reportFields) as ReportFieldId[];

/** The section's fields in catalogue order, without repeats, whatever order the template lists them in. */
export function orderFieldIds(fieldIds: readonly ReportFieldId[]): ReportFieldId[] {
  return catalogueOrder.filter((id) => fieldIds.includes(id));
}

function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === "";
}

function isBlankRow(row: object): boolean {
  return Object.values(row).every((cell) => typeof cell !== "string" || isBlank(cell));
}

function keepText(text: string | undefined): string | undefined {
  return isBlank(text) ? undefined : text;
}

function keepRows<T extends object>(rows: T[] | undefined, pick: (row: T) => T): T[] | undefined {
  const kept = (rows ?? []).filter((row) => !isBlankRow(row)).map(pick);
  return kept.length > 0 ? kept : undefined;
}

function keepList(items: string[] | undefined): string[] | undefined {
  const kept = (items ?? []).filter((item) => !isBlank(item));
  return kept.length > 0 ? kept : undefined;
}

/**
 * What is sent for a section: only its fields, blank rows and blank texts left out, everything
 * else verbatim (no trimming — leading spaces can be indentation). Keys come in a fixed order so
 * two equal reports serialise the same (see `isSameReport`). The draft itself is never pruned.
 */
export function toSubmittedFields(fields: ReportFields, fieldIds: readonly ReportFieldId[]): ReportFields {
  const result: ReportFields = {};
  for (const id of orderFieldIds(fieldIds)) {
    switch (id) {
      case "review":
      case "staffing":
      case "financialAnalysis":
      case "expectedResult":
      case "notCompletedReasons": {
        const text = keepText(fields[id]);
        if (text !== undefined) result[id] = text;
        break;
      }
      case "suggestions":
      case "plan": {
        const items = keepList(fields[id]);
        if (items) result[id] = items;
        break;
      }
      case "problems": {
        const rows = keepRows(fields.problems, (r) => ({ problem: r.problem, solution: r.solution }));
        if (rows) result.problems = rows;
        break;
      }
      case "helpNeeded": {
        const rows = keepRows(fields.helpNeeded, (r) => ({ target: r.target, what: r.what }));
        if (rows) result.helpNeeded = rows;
        break;
      }
      case "complaints": {
        const complaints = fields.complaints;
        if (complaints && !isBlankRow(complaints))
          result.complaints = { count: complaints.count, handling: complaints.handling };
        break;
      }
      case "onlineReviews": {
        const rows = keepRows(fields.onlineReviews, (r) => ({
          platform: r.platform,
          rating: r.rating,
          newReviews: r.newReviews,
        }));
        if (rows) result.onlineReviews = rows;
        break;
      }
      case "kpis":
      case "receivables":
      case "revenue": {
        const rows = keepRows(fields[id], (r) => ({
          metric: r.metric,
          unit: r.unit,
          target: r.target,
          actual: r.actual,
          lastYear: r.lastYear,
        }));
        if (rows) result[id] = rows;
        break;
      }
      case "supervisor": {
        const person = fields.supervisor;
        if (person && !isBlank(person.name)) result.supervisor = { upn: person.upn, name: person.name };
        break;
      }
    }
  }
  return result;
}

export function isEmptyReport(fields: ReportFields, fieldIds: readonly ReportFieldId[]): boolean {
  return Object.keys(toSubmittedFields(fields, fieldIds)).length === 0;
}

/** True when sending `draft` would change nothing in `submitted`. */
export function isSameReport(
  draft: ReportFields,
  submitted: ReportFields,
  fieldIds: readonly ReportFieldId[],
): boolean {
  return JSON.stringify(toSubmittedFields(draft, fieldIds)) === JSON.stringify(toSubmittedFields(submitted, fieldIds));
}

/** The fields of `fieldIds` that hold something, for showing last time's values as reference. */
export function hasFieldContent(fields: ReportFields, id: ReportFieldId): boolean {
  return toSubmittedFields(fields, [id])[id] !== undefined;
}

/** Every catalogue field a draft holds something in, in catalogue order: what a draft shows on its own. */
export function listFilledFieldIds(fields: ReportFields): ReportFieldId[] {
  return catalogueOrder.filter((id) => hasFieldContent(fields, id));
}
