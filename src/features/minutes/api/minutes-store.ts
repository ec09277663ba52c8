// The minutes, leave requests and confirmations of an occurrence in the workspace lists
// ("minutes", "attendance", "confirmations"). Minutes are edited by the host and the note-taker at
// once: a save carries the etag it was read with, and a concurrent change is merged three-way
// (mergeMinutes) and saved again — conflicts go back to the editor, never a silent overwrite.
// Leave requests and confirmations are read with SharePoint's createdBy/lastModifiedBy, and written
// naming the writer's object id, so a record someone else wrote for them becomes theirs
// (docs/domain.md §9); a leave request is withdrawn by deleting its item. The minutes' history is
// the item's versions.
import type { GraphClient } from "@/lib/graph";
import {
  RecordConflictError,
  createRecord,
  deleteRecord,
  listRecordVersions,
  listRecords,
  getRecord,
  updateRecord,
  upsertRecord,
} from "@/meeting/api/workspace";
import type { RecordKeyParts, RecordVersion, StoredRecord, Workspace } from "@/meeting/api/workspace";
import { isLeaveRequestLate } from "../model/attendance";
import { getLeaveCutoff } from "@/meeting/model/series-config/deadlines";
import type { LeaveRuleConfig } from "@/meeting/model/series-config/deadlines";
import { mergeMinutes } from "../model/merge-minutes";
import type { MinutesConflict } from "../model/merge-minutes";
import { confirmationSchema, leaveRequestSchema, minutesRecordSchema } from "@/meeting/model/records/minutes-record";
import { getLeaveKey, getConfirmationKey, getMinutesKey } from "@/meeting/model/record-keys";
import type { ConfirmationRecord, LeaveRequestRecord, MinutesRecord } from "@/meeting/model/records/minutes-record";

/** The stored minutes, or null (TanStack Query does not cache undefined). */
export async function getMinutes(
  client: GraphClient,
  ws: Workspace,
  seriesId: string,
  occurrenceKey: string,
): Promise<StoredRecord<MinutesRecord> | null> {
  return (await getRecord(client, ws, "minutes", getMinutesKey(seriesId, occurrenceKey), minutesRecordSchema)) ?? null;
}

export interface SaveMinutesRequest {
  /** What the working copy started from: the stored value it was read with, or the generated first draft. */
  base: MinutesRecord;
  /** The stored record it was read with (If-Match on its etag); undefined before the first save. */
  stored: StoredRecord<MinutesRecord> | undefined;
  mine: MinutesRecord;
  /** The writer's UPN and the time, stamped on the record. */
  by: string;
  now: Date;
}

export interface SaveMinutesResult {
  record: StoredRecord<MinutesRecord>;
  /** Fields both sides changed differently; the record holds theirs, each conflict also holds mine. */
  conflicts: MinutesConflict[];
}

/** Published minutes are locked: a draft of the same version may not overwrite them (amend instead). */
export class MinutesLockedError extends Error {
  override readonly name = "MinutesLockedError";
  readonly kind = "minutesLocked";

  constructor(readonly latest: StoredRecord<MinutesRecord>) {
    super(`The minutes ${latest.key} were published (version ${latest.value.version}) and are locked`);
  }
}

export function isMinutesLockedError(error: unknown): error is MinutesLockedError {
  return error instanceof MinutesLockedError;
}

function assertWritable(latest: StoredRecord<MinutesRecord> | undefined, mine: MinutesRecord): void {
  if (latest?.value.status === "published" && mine.status === "draft" && mine.version <= latest.value.version)
    throw new MinutesLockedError(latest);
}

function toKeyParts(seriesId: string, minutes: MinutesRecord): RecordKeyParts {
  return {
    key: getMinutesKey(seriesId, minutes.occurrenceKey),
    seriesId: seriesId,
    occurrenceKey: minutes.occurrenceKey,
    title: `${minutes.meetingTitle} · ${minutes.occurrenceKey.slice(0, 10)} · v${minutes.version}`,
  };
}

/**
 * Saves with optimistic concurrency: update with the etag it was read with (or create); on a
 * conflict re-read, merge base/mine/latest and try again, at most `maxAttempts` writes.
 */
export async function saveMinutes(
  client: GraphClient,
  ws: Workspace,
  seriesId: string,
  request: SaveMinutesRequest,
  options: { maxAttempts?: number } = {},
): Promise<SaveMinutesResult> {
  const maxAttempts = options.maxAttempts ?? 4;
  const conflicts = new Map<string, MinutesConflict>();
  let base = request.base;
  let target = request.stored;
  let value: MinutesRecord = {
    ...request.mine,
    updatedBy: request.by.toLowerCase(),
    updatedAt: request.now.toISOString(),
  };
  for (let attempt = 1; ; attempt++) {
    assertWritable(target, value);
    try {
      const record =
        target === undefined
          ? await createRecord(client, ws, "minutes", toKeyParts(seriesId, value), value, {
              schema: minutesRecordSchema,
            })
          : await updateRecord(client, ws, "minutes", { ...target, ...toKeyParts(seriesId, value) }, value, {
              schema: minutesRecordSchema,
            });
      return { record, conflicts: [...conflicts.values()] };
    } catch (error) {
      if (!(error instanceof RecordConflictError) || attempt >= maxAttempts) throw error;
      const latest = readLatest(error);
      if (latest === undefined) {
        // Deleted meanwhile: what we hold is all there is, so it is created again.
        target = undefined;
        continue;
      }
      assertWritable(latest, value);
      const merged = mergeMinutes(base, value, latest.value);
      for (const conflict of merged.conflicts) {
        const key = conflict.path.join("\u0000");
        // Across attempts, "mine" stays what this person typed, "theirs" what is stored last.
        conflicts.set(key, { ...conflict, mine: conflicts.get(key)?.mine ?? conflict.mine });
      }
      base = latest.value;
      target = latest;
      value = merged.value;
    }
  }
}

function readLatest(error: RecordConflictError): StoredRecord<MinutesRecord> | undefined {
  if (error.latest === undefined) return undefined;
  // The store validated it with our schema already; parsing again keeps the types honest.
  return { ...error.latest, value: minutesRecordSchema.parse(error.latest.value) };
}

export interface AttendeeWriteOptions {
  /** The attendee's Entra object id (getMyObjectId): a record someone else last changed is then replaced. */
  author?: string;
}

/**
 * The attendee's leave request for an occurrence; asking again updates the reason but keeps the
 * first request's time, so rewording cannot turn timely notice into late notice or back. A request
 * someone else wrote for them is replaced, time included: it was not theirs (docs/domain.md §9).
 * The cut-off counts in working time (in the meeting's zone) from the occurrence key, which is the
 * occurrence's original start in UTC.
 */
export function requestLeave(
  client: GraphClient,
  ws: Workspace,
  seriesId: string,
  occurrenceKey: string,
  person: string,
  reason: string,
  now: Date,
  config: LeaveRuleConfig,
  timeZone: string,
  options: AttendeeWriteOptions = {},
): Promise<StoredRecord<LeaveRequestRecord>> {
  const start = new Date(occurrenceKey);
  if (Number.isNaN(start.getTime())) throw new RangeError(`Not an occurrence key: ${occurrenceKey}`);
  const owner = person.toLowerCase();
  const value: LeaveRequestRecord = {
    schemaVersion: 1,
    upn: owner,
    reason: reason.trim(),
    requestedAt: now.toISOString(),
    isLate: isLeaveRequestLate(now, getLeaveCutoff(start, config, timeZone)),
  };
  return upsertRecord(
    client,
    ws,
    "attendance",
    {
      key: getLeaveKey(seriesId, occurrenceKey, owner),
      seriesId: seriesId,
      occurrenceKey,
      owner,
      title: `请假 · ${owner}`,
    },
    value,
    {
      schema: leaveRequestSchema,
      merge: (latest, mine) => ({ ...mine, requestedAt: latest.requestedAt, isLate: latest.isLate }),
      ...(options.author === undefined ? {} : { author: options.author }),
    },
  );
}

/**
 * Withdraws the attendee's leave request by deleting its item, If-Match on the etag it was read
 * with (https://learn.microsoft.com/graph/api/listitem-delete). Withdrawing again after an answer
 * was lost finds the item gone (404) and is done. If the request changed meanwhile (a reworded
 * reason from another window), the person still wants no leave: the latest is deleted instead.
 */
export async function withdrawLeave(
  client: GraphClient,
  ws: Workspace,
  record: StoredRecord<LeaveRequestRecord>,
  maxAttempts = 3,
): Promise<void> {
  let target: StoredRecord<unknown> = record;
  for (let attempt = 1; ; attempt++) {
    try {
      await deleteRecord(client, ws, "attendance", target);
      return;
    } catch (error) {
      if (!(error instanceof RecordConflictError) || error.latest === undefined || attempt >= maxAttempts) throw error;
      target = error.latest;
    }
  }
}

/** The occurrence's leave requests, with who SharePoint says wrote each. */
export function listLeaveRequests(
  client: GraphClient,
  ws: Workspace,
  seriesId: string,
  occurrenceKey: string,
): Promise<StoredRecord<LeaveRequestRecord>[]> {
  return listRecords(client, ws, "attendance", { seriesId: seriesId, occurrenceKey }, leaveRequestSchema);
}

/**
 * Records that the attendee confirmed this version; a later confirmation of an older version does
 * not go back. A confirmation someone else wrote for them is replaced by theirs.
 */
export function confirmMinutes(
  client: GraphClient,
  ws: Workspace,
  seriesId: string,
  occurrenceKey: string,
  person: string,
  version: number,
  now: Date = new Date(),
  options: AttendeeWriteOptions = {},
): Promise<StoredRecord<ConfirmationRecord>> {
  const owner = person.toLowerCase();
  const value: ConfirmationRecord = { schemaVersion: 1, upn: owner, version, confirmedAt: now.toISOString() };
  return upsertRecord(
    client,
    ws,
    "confirmations",
    {
      key: getConfirmationKey(seriesId, occurrenceKey, owner),
      seriesId: seriesId,
      occurrenceKey,
      owner,
      title: `确认 v${version} · ${owner}`,
    },
    value,
    {
      schema: confirmationSchema,
      merge: (latest, mine) => (latest.version > mine.version ? latest : mine),
      ...(options.author === undefined ? {} : { author: options.author }),
    },
  );
}

/** The occurrence's confirmations, with who SharePoint says wrote each. */
export function listConfirmations(
  client: GraphClient,
  ws: Workspace,
  seriesId: string,
  occurrenceKey: string,
): Promise<StoredRecord<ConfirmationRecord>[]> {
  return listRecords(client, ws, "confirmations", { seriesId: seriesId, occurrenceKey }, confirmationSchema);
}

/** Every version SharePoint keeps of the minutes' item, oldest first (for the change history). */
export function listMinutesVersions(
  client: GraphClient,
  ws: Workspace,
  minutes: Pick<StoredRecord<unknown>, "itemId">,
): Promise<RecordVersion<MinutesRecord>[]> {
  return listRecordVersions(client, ws, "minutes", minutes, minutesRecordSchema);
}
