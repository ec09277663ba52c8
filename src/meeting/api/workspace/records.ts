// The series' records as items of the workspace's lists: read by key or by series/occurrence/owner
// (all indexed columns), created under a unique key, updated with If-Match on the item's etag,
// and upserted so that a retry after a lost response still leaves exactly one item per key.
import { GraphRequestError, quoteODataString } from "@/lib/graph";
import * as z from "zod/mini";
import type { GraphClient } from "@/lib/graph";
import { explainForbidden } from "./access";
import { RecordConflictError, WorkspaceError } from "./errors";
import type { InvalidRecordInfo } from "./errors";
import { columns } from "./list-layout";
import {
  anyJson,
  isSameRecord,
  itemQuery,
  prepareWrite,
  readRecordItem,
  recordFromCreated,
  recordFromPatched,
} from "./record-item";
import type { MergeRecord, RecordKeyParts, RecordListName, RecordSchema, StoredRecord, Workspace } from "./types";
const itemPageSchema = z.object({ value: z.array(z.unknown()), "@odata.nextLink": z.optional(z.string()) });

export interface RecordFilter {
  seriesId: string;
  occurrenceKey?: string;
  owner?: string;
}

export interface WriteOptions<T> {
  /**
   * The payload's schema. Given, a value it rejects is refused before sending, and a conflicting
   * record in RecordConflictError.latest is validated as T; without it, `latest.value` is plain JSON.
   */
  schema?: RecordSchema<T>;
}

export type UpsertOptions<T> = {
  /** Reads and writes in total before a conflict or lost connection is given up on. Default 4. */
  maxAttempts?: number;
  /**
   * The writer's Entra object id. A stored record whose last change SharePoint attributes to
   * someone else is not built on — the value replaces it without `merge` — and is written even
   * when equal, so that SharePoint names the writer as its author (docs/domain.md §9).
   */
  author?: string;
} & (
  | { schema?: RecordSchema<T>; merge?: undefined }
  | {
      schema: RecordSchema<T>;
      /** Combines the stored value (validated by `schema`) with yours when the record exists; default: yours wins. */
      merge: MergeRecord<T>;
    }
);

/** The record with this key, or undefined. */
export async function getRecord<T>(
  client: GraphClient,
  ws: Workspace,
  list: RecordListName,
  key: string,
  schema: RecordSchema<T>,
): Promise<StoredRecord<T> | undefined> {
  return guarded(client, ws, async () => {
    const [first] = await queryRecords(client, ws, list, keyFilter(key), schema);
    return first;
  });
}

/**
 * Every record of a series (optionally one occurrence's, one person's), all pages. SharePoint
 * answers a filter from the index of its first indexed comparison and refuses the query when that
 * alone yields more than 5,000 items, whatever the other clauses keep
 * (https://learn.microsoft.com/graph/api/listitem-list: "the service can only filter one indexed
 * field at a time"; docs/emulator.md "Service limits"). So the narrowest column leads: one
 * occurrence's items (a few dozen, whichever series), then one person's, and the series — which
 * grows by every meeting's reports — only when nothing narrower is asked for.
 */
export async function listRecords<T>(
  client: GraphClient,
  ws: Workspace,
  list: RecordListName,
  filter: RecordFilter,
  schema: RecordSchema<T>,
): Promise<StoredRecord<T>[]> {
  return guarded(client, ws, () => queryRecords(client, ws, list, buildRecordFilter(filter), schema));
}

/** The $filter for a listing, narrowest indexed column first (see listRecords). */
export function buildRecordFilter(filter: RecordFilter): string {
  const clauses = [
    ...(filter.occurrenceKey === undefined
      ? []
      : [`fields/${columns.occurrenceKey} eq ${quoteODataString(filter.occurrenceKey)}`]),
    ...(filter.owner === undefined ? [] : [`fields/${columns.owner} eq ${quoteODataString(filter.owner)}`]),
    `fields/${columns.seriesId} eq ${quoteODataString(filter.seriesId)}`,
  ];
  return clauses.join(" and ");
}

/** A new record; its key taken already → RecordConflictError("duplicateKey") with the stored one. */
export async function createRecord<T>(
  client: GraphClient,
  ws: Workspace,
  list: RecordListName,
  parts: RecordKeyParts,
  value: T,
  options: WriteOptions<T> = {},
): Promise<StoredRecord<T>> {
  const written = prepareWrite(list, parts, value, options.schema, "create");
  return guarded(client, ws, async () => {
    try {
      const result = await client.post<unknown>(
        itemsPath(ws, list),
        { fields: written.fields },
        { operation: "createListItem" },
      );
      return recordFromCreated(result.body, result.etag, parts, written);
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const [latest] = await queryRecords(client, ws, list, keyFilter(parts.key), options.schema ?? anyJson);
      throw new RecordConflictError(list, parts.key, "duplicateKey", latest, { cause: error });
    }
  });
}

/**
 * Replaces a record's value (and its summary and index columns, from `record`) if nobody changed
 * it since it was read: If-Match on its etag. A stale etag → RecordConflictError("stale") with the latest.
 */
export async function updateRecord<T>(
  client: GraphClient,
  ws: Workspace,
  list: RecordListName,
  record: StoredRecord<unknown>,
  value: T,
  options: WriteOptions<T> = {},
): Promise<StoredRecord<T>> {
  const written = prepareWrite(list, record, value, options.schema, "update");
  return guarded(client, ws, async () => {
    try {
      const result = await client.patch<unknown>(`${itemsPath(ws, list)}/${record.itemId}/fields`, written.fields, {
        operation: "updateListItem",
        ifMatch: record.etag,
      });
      return recordFromPatched(result.body, result.etag, record, written);
    } catch (error) {
      // 404: deleted meanwhile (perhaps re-created under the same key) — equally a stale copy.
      if (!(error instanceof GraphRequestError && (error.status === 412 || error.status === 404))) throw error;
      const [latest] = await queryRecords(client, ws, list, keyFilter(record.key), options.schema ?? anyJson);
      throw new RecordConflictError(list, record.key, "stale", latest, { cause: error });
    }
  });
}

/**
 * Deletes a record if nobody changed it since it was read: If-Match on its etag
 * (https://learn.microsoft.com/graph/api/listitem-delete — 204, or 412 when the etag no longer
 * matches and nothing is deleted). Idempotent: an item already gone (404, e.g. a retry after an
 * answer that was lost) is done. A stale etag is settled by reading the key again: gone → done,
 * else RecordConflictError("stale") with the latest, for the caller to judge.
 */
export async function deleteRecord(
  client: GraphClient,
  ws: Workspace,
  list: RecordListName,
  record: StoredRecord<unknown>,
): Promise<void> {
  await guarded(client, ws, async () => {
    try {
      await client.delete(`${itemsPath(ws, list)}/${record.itemId}`, {
        operation: "deleteListItem",
        ifMatch: record.etag,
      });
    } catch (error) {
      if (error instanceof GraphRequestError && error.status === 404) return;
      if (!(error instanceof GraphRequestError && error.status === 412)) throw error;
      const [latest] = await queryRecords(client, ws, list, keyFilter(record.key), anyJson);
      if (latest === undefined) return;
      throw new RecordConflictError(list, record.key, "stale", latest, { cause: error });
    }
  });
}

/**
 * Writes the record for `parts.key`, creating or updating it, idempotently: it reads by key
 * first, so a retry after a write whose response was lost (connection dropped) finds that write
 * and, when it already holds the value, sends nothing more. A concurrent create (409) or update
 * (412) is answered by merging with the latest and trying again, at most `maxAttempts` times.
 * A lost connection is retried the same way: the read settles whether the write landed.
 */
export async function upsertRecord<T>(
  client: GraphClient,
  ws: Workspace,
  list: RecordListName,
  parts: RecordKeyParts,
  value: T,
  options: UpsertOptions<T> = {},
): Promise<StoredRecord<T>> {
  const { schema, merge, author } = options;
  prepareWrite(list, parts, value, schema, "create"); // too large or invalid: refuse before any request
  const maxAttempts = options.maxAttempts ?? 4;
  const readSchema = schema ?? anyJson;
  let known: { record: StoredRecord<unknown> | undefined } | undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      const latest = known === undefined ? await getRecord(client, ws, list, parts.key, readSchema) : known.record;
      known = undefined;
      if (latest === undefined)
        return await createRecord(client, ws, list, parts, value, { ...(schema === undefined ? {} : { schema }) });
      const isTheirs = author !== undefined && !isWrittenBy(latest, author);
      // NOTE: with a merge there is a schema, so latest.value was validated as T by readSchema.
      const next = merge === undefined || isTheirs ? value : merge(latest.value as T, value, latest as StoredRecord<T>);
      const target: StoredRecord<unknown> = { ...latest, ...parts, title: parts.title ?? latest.title };
      const written = prepareWrite(list, target, next, schema, "update");
      if (!isTheirs && isSameRecord(latest, target, written)) return { ...latest, value: written.value };
      return await updateRecord(client, ws, list, target, next, { ...(schema === undefined ? {} : { schema }) });
    } catch (error) {
      if (attempt >= maxAttempts) throw error;
      if (error instanceof RecordConflictError) {
        known = { record: error.latest };
      } else if (!isLostConnection(error)) {
        throw error;
      }
    }
  }
}

function isWrittenBy(record: StoredRecord<unknown>, author: string): boolean {
  return record.lastModifiedBy?.id.toLowerCase() === author.toLowerCase();
}

function keyFilter(key: string): string {
  return `fields/${columns.key} eq ${quoteODataString(key)}`;
}

async function queryRecords<T>(
  client: GraphClient,
  ws: Workspace,
  list: RecordListName,
  filter: string,
  schema: RecordSchema<T>,
): Promise<StoredRecord<T>[]> {
  const records: StoredRecord<T>[] = [];
  const invalid: InvalidRecordInfo[] = [];
  let next: string | undefined = `${itemsPath(ws, list)}?${itemQuery}&$filter=${encodeURIComponent(filter)}`;
  while (next !== undefined) {
    const page = itemPageSchema.parse((await client.get<unknown>(next, { operation: "listListItems" })).body);
    for (const item of page.value) {
      const outcome = readRecordItem(list, item, schema);
      if (outcome.ok) records.push(outcome.record);
      else invalid.push(outcome.invalid);
    }
    next = page["@odata.nextLink"];
  }
  // NOTE: a record that fails its schema is reported, never skipped: skipping would let an
  // upsert create a twin of it, or a reader act as if it did not exist.
  if (invalid.length > 0) throw new WorkspaceError({ kind: "invalidRecord", records: invalid });
  return records.sort(olderFirst);
}

/** Item ids are increasing integers: the smallest is the oldest, should a key ever have twins. */
function olderFirst(a: StoredRecord<unknown>, b: StoredRecord<unknown>): number {
  return Number(a.itemId) - Number(b.itemId) || a.itemId.localeCompare(b.itemId);
}

function itemsPath(ws: Workspace, list: RecordListName): string {
  return `/sites/${ws.siteId}/lists/${ws.lists[list]}/items`;
}

// SharePoint refuses a second item with the same value in a column that enforces unique values.
// Graph reports it as 409; the message names "duplicate values" (SPDuplicateValuesFoundException).
function isDuplicateKey(error: unknown): boolean {
  return (
    error instanceof GraphRequestError &&
    (error.status === 409 || (error.status === 400 && /duplicate value/i.test(error.message)))
  );
}

// fetch() rejects with a TypeError when the connection fails or drops; whether the write landed is
// then unknown, which the next attempt's read by key settles.
function isLostConnection(error: unknown): boolean {
  return error instanceof TypeError;
}

async function guarded<R>(client: GraphClient, ws: Workspace, run: () => Promise<R>): Promise<R> {
  try {
    return await run();
  } catch (error) {
    throw await explainForbidden(client, ws.groupId, error);
  }
}
