// Reports in the workspace's "reports" list: one record per speaker, section and occurrence,
// keyed so that every submit of the same report updates the same item.
import type { GraphClient } from "@/lib/graph";
import {
  RecordConflictError,
  RecordTooLargeError,
  getRecord,
  listRecords,
  upsertRecord,
} from "@/meeting/api/workspace";
import type { StoredRecord, Workspace } from "@/meeting/api/workspace";
import { reportValueSchema } from "@/meeting/model/records/report-record";
import { getReportKey } from "@/meeting/model/record-keys";
import type { SubmittedReport } from "../model/report";
import type { ReportFields, ReportValue } from "@/meeting/model/records/report-record";
import { ReportSubmitError } from "../model/submit-error";

export interface ReportAddress {
  seriesId: string;
  occurrenceKey: string;
  sectionId: string;
  /** The speaker's person key (object id). */
  person: string;
  /** Names an older record may key the speaker by (their UPN): read when nothing is stored under the key. */
  legacyNames?: readonly string[];
}

/**
 * The speaker's stored report for their form. Given their object id, a report SharePoint says
 * someone else last wrote says so: it is not the speaker's submission until they send it.
 */
export function toSubmittedReport(record: StoredRecord<ReportValue>, myObjectId?: string): SubmittedReport {
  const writer = record.lastModifiedBy;
  const isSomeoneElse =
    myObjectId !== undefined && writer !== undefined && writer.id.toLowerCase() !== myObjectId.toLowerCase();
  return {
    fields: record.value.fields,
    savedAt: record.modifiedAt,
    revision: record.value.revision,
    etag: record.etag,
    ...(isSomeoneElse ? { onBehalfBy: writer.displayName } : {}),
  };
}

/**
 * The speaker's report for one section, or null (TanStack Query does not cache undefined). A report
 * written before people were keyed by id is under the speaker's UPN: read when none is under the key.
 */
export async function getMyReport(
  client: GraphClient,
  ws: Workspace,
  address: ReportAddress,
): Promise<StoredRecord<ReportValue> | null> {
  for (const person of [address.person, ...(address.legacyNames ?? [])]) {
    const found = await getRecord(client, ws, "reports", getReportKey({ ...address, person }), reportValueSchema);
    if (found !== undefined) return found;
  }
  return null;
}

export function listOccurrenceReports(
  client: GraphClient,
  ws: Workspace,
  seriesId: string,
  occurrenceKey: string,
): Promise<StoredRecord<ReportValue>[]> {
  return listRecords(client, ws, "reports", { seriesId, occurrenceKey }, reportValueSchema);
}

/**
 * Creates or updates the report. An update keeps the first submit time (lateness is judged on
 * it) and counts the revision up from what is stored; the fields are the speaker's. Given the
 * speaker's object id (`author`), a report someone else last wrote for them is replaced outright,
 * submit time included: it was not the speaker's submission (docs/domain.md §9).
 */
export async function submitReport(
  client: GraphClient,
  ws: Workspace,
  address: ReportAddress,
  fields: ReportFields,
  now: Date = new Date(),
  options: { author?: string } = {},
): Promise<StoredRecord<ReportValue>> {
  const author = address.person.toLowerCase();
  const value: ReportValue = {
    schemaVersion: 1,
    sectionId: address.sectionId,
    author,
    fields,
    submittedAt: now.toISOString(),
    revision: 1,
  };
  const parts = {
    key: getReportKey(address),
    seriesId: address.seriesId,
    occurrenceKey: address.occurrenceKey,
    owner: author,
    title: `${address.sectionId} · ${author}`,
  };
  try {
    return await upsertRecord(client, ws, "reports", parts, value, {
      schema: reportValueSchema,
      merge: (latest, mine) => ({ ...mine, submittedAt: latest.submittedAt, revision: latest.revision + 1 }),
      ...(options.author === undefined ? {} : { author: options.author }),
    });
  } catch (error) {
    // The form explains these two in its own words; everything else keeps its kind for ErrorNotice.
    if (error instanceof RecordTooLargeError) throw new ReportSubmitError("tooLarge", { cause: error });
    if (error instanceof RecordConflictError) throw new ReportSubmitError("conflict", { cause: error });
    throw error;
  }
}
