// The boundary between Graph's listItem (fields, @odata.etag, identity sets) and our records:
// validating what is read, and turning a value into the fields that are written. Pure; no I/O.
import * as z from "zod/mini";
import { RecordTooLargeError, WorkspaceError } from "./errors";
import type { InvalidRecordInfo } from "./errors";
import { columns, payloadLimit, singleLineLimit } from "./list-layout";
import type { ServerAuthors, ServerIdentity } from "@/meeting/model/authorship/authorship";
import type { RecordKeyParts, RecordListName, RecordSchema, StoredRecord } from "./types";

// SharePoint's own record of who wrote an item (https://learn.microsoft.com/graph/api/resources/identityset):
// `user.id` is the Entra object id. A write by an app alone names an `application` and no user.
export const identitySetSchema = z.optional(
  z.nullable(
    z.object({
      user: z.optional(
        z.nullable(
          z.object({
            id: z.optional(z.nullable(z.string())),
            displayName: z.optional(z.nullable(z.string())),
            email: z.optional(z.nullable(z.string())),
          }),
        ),
      ),
    }),
  ),
);

export type IdentitySet = z.infer<typeof identitySetSchema>;

const listItemSchema = z.object({
  id: z.string(),
  eTag: z.optional(z.string()),
  "@odata.etag": z.optional(z.string()),
  lastModifiedDateTime: z.string(),
  createdBy: identitySetSchema,
  lastModifiedBy: identitySetSchema,
  fields: z.optional(z.record(z.string(), z.unknown())),
});

const recordFieldsSchema = z.object({
  Title: z.optional(z.nullable(z.string())),
  RecordKey: z.string().check(z.minLength(1)),
  SeriesId: z.string(),
  OccurrenceKey: z.optional(z.nullable(z.string())),
  Owner: z.optional(z.nullable(z.string())),
  Payload: z.string(),
});

/**
 * The fields the record functions read. No `$select` on the item itself: its own properties are
 * few, and the emulator (unlike Graph) drops an expanded navigation that `$select` does not name.
 */
export const itemQuery = `$expand=fields($select=${[
  columns.title,
  columns.key,
  columns.seriesId,
  columns.occurrenceKey,
  columns.owner,
  columns.payload,
  columns.schemaVersion,
].join(",")})`;

export type ReadOutcome<T> = { ok: true; record: StoredRecord<T> } | { ok: false; invalid: InvalidRecordInfo };

/** A listItem with `fields` expanded → a record whose payload passed `schema`, or why it did not. */
export function readRecordItem<T>(list: RecordListName, item: unknown, schema: RecordSchema<T>): ReadOutcome<T> {
  const shape = listItemSchema.safeParse(item);
  if (!shape.success) {
    const itemId = readItemId(item);
    return {
      ok: false,
      invalid: {
        list,
        ...(itemId === undefined ? {} : { itemId }),
        reason: `not a list item: ${errorText(shape.error)}`,
      },
    };
  }
  const { id: itemId, fields } = shape.data;
  const fail = (reason: string, key?: string): ReadOutcome<T> => ({
    ok: false,
    invalid: { list, itemId, ...(key === undefined ? {} : { key }), reason },
  });
  const etag = shape.data.eTag ?? shape.data["@odata.etag"] ?? readString(fields?.["@odata.etag"]);
  if (etag === undefined) return fail("no eTag");
  const parsedFields = recordFieldsSchema.safeParse(fields);
  if (!parsedFields.success) return fail(`fields: ${errorText(parsedFields.error)}`, readString(fields?.[columns.key]));
  const f = parsedFields.data;
  let json: unknown;
  try {
    json = JSON.parse(f.Payload);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return fail(`Payload is not JSON: ${error.message}`, f.RecordKey);
  }
  const value = schema.safeParse(json);
  if (!value.success) return fail(`Payload does not match its schema: ${errorText(value.error)}`, f.RecordKey);
  return {
    ok: true,
    record: {
      itemId,
      etag,
      key: f.RecordKey,
      seriesId: f.SeriesId,
      ...(isPresent(f.OccurrenceKey) ? { occurrenceKey: f.OccurrenceKey } : {}),
      ...(isPresent(f.Owner) ? { owner: f.Owner } : {}),
      title: f.Title ?? f.RecordKey,
      value: value.data,
      modifiedAt: shape.data.lastModifiedDateTime,
      ...readAuthors(shape.data),
    },
  };
}

export type FieldValues = Record<string, string | number | null>;

export interface PreparedWrite<T> {
  /** For POST …/items `{ fields }` (absent columns omitted) or PATCH …/fields (absent columns cleared). */
  fields: FieldValues;
  /** The value as a reader will see it: with a schema, the written JSON parsed back through it. */
  value: T;
  /** JSON of `value`, to tell whether a write would change anything. */
  canonical: string;
  title: string;
}

/**
 * Serializes a value and its key parts into item fields, refusing before any request what
 * SharePoint would cut or reject and — given the schema — what its own readers could not read back.
 */
export function prepareWrite<T>(
  list: RecordListName,
  parts: RecordKeyParts,
  value: T,
  schema: RecordSchema<T> | undefined,
  mode: "create" | "update",
): PreparedWrite<T> {
  const payload = JSON.stringify(value) as string | undefined;
  if (payload === undefined)
    throw new WorkspaceError({
      kind: "invalidRecord",
      records: [{ list, key: parts.key, reason: "the value is not JSON" }],
    });
  if (payload.length > payloadLimit)
    throw new RecordTooLargeError(list, parts.key, columns.payload, payload.length, payloadLimit);
  const title = summarize(parts.title ?? parts.key);
  const singleLines: [string, string | undefined][] = [
    [columns.key, parts.key],
    [columns.seriesId, parts.seriesId],
    [columns.occurrenceKey, parts.occurrenceKey],
    [columns.owner, parts.owner],
  ];
  for (const [column, text] of singleLines) {
    if (text !== undefined && text.length > singleLineLimit)
      throw new RecordTooLargeError(list, parts.key, column, text.length, singleLineLimit);
  }
  if (parts.key === "")
    throw new WorkspaceError({ kind: "invalidRecord", records: [{ list, key: parts.key, reason: "empty key" }] });
  let readBack = value;
  if (schema !== undefined) {
    const parsed = schema.safeParse(JSON.parse(payload));
    if (!parsed.success) {
      throw new WorkspaceError({
        kind: "invalidRecord",
        records: [
          { list, key: parts.key, reason: `refusing to write a value its schema rejects: ${errorText(parsed.error)}` },
        ],
      });
    }
    readBack = parsed.data;
  }
  const absent = mode === "create" ? undefined : null;
  const optional = (column: string, text: string | undefined): FieldValues => {
    const cell = text ?? absent;
    return cell === undefined ? {} : { [column]: cell };
  };
  return {
    fields: {
      [columns.title]: title,
      ...(mode === "create" ? { [columns.key]: parts.key } : {}),
      [columns.seriesId]: parts.seriesId,
      ...optional(columns.occurrenceKey, parts.occurrenceKey),
      ...optional(columns.owner, parts.owner),
      [columns.payload]: payload,
      [columns.schemaVersion]: readSchemaVersion(value),
    },
    value: readBack,
    canonical: schema === undefined ? payload : JSON.stringify(readBack),
    title,
  };
}

/** Whether writing `next` would change nothing a reader of `record` sees (so the write can be skipped). */
export function isSameRecord(
  record: StoredRecord<unknown>,
  parts: RecordKeyParts,
  next: PreparedWrite<unknown>,
): boolean {
  return (
    record.title === next.title &&
    record.seriesId === parts.seriesId &&
    record.occurrenceKey === parts.occurrenceKey &&
    record.owner === parts.owner &&
    JSON.stringify(record.value) === next.canonical
  );
}

/** Reads a payload as plain JSON, for callers that passed no schema. */
export const anyJson: RecordSchema<unknown> = { safeParse: (input) => ({ success: true, data: input }) };

/** The Title column is single-line: cut long summaries with an ellipsis, never inside a surrogate pair. */
export function summarize(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  if (oneLine.length <= singleLineLimit) return oneLine;
  let cut = oneLine.slice(0, singleLineLimit - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

function readSchemaVersion(value: unknown): number {
  if (
    typeof value === "object" &&
    value !== null &&
    "schemaVersion" in value &&
    typeof value.schemaVersion === "number" &&
    Number.isInteger(value.schemaVersion)
  ) {
    return value.schemaVersion;
  }
  return 1;
}

function isPresent(text: string | null | undefined): text is string {
  return text !== undefined && text !== null && text !== "";
}

function readString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function readItemId(item: unknown): string | undefined {
  return typeof item === "object" && item !== null && "id" in item ? readString(item.id) : undefined;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The server's createdBy and lastModifiedBy of an item, each left out when it names no user. */
export function readAuthors(item: { createdBy?: IdentitySet; lastModifiedBy?: IdentitySet }): ServerAuthors {
  const createdBy = toServerIdentity(item.createdBy);
  const lastModifiedBy = toServerIdentity(item.lastModifiedBy);
  return {
    ...(createdBy === undefined ? {} : { createdBy }),
    ...(lastModifiedBy === undefined ? {} : { lastModifiedBy }),
  };
}

/** An identitySet's user, or undefined when it has none with an id. */
export function toServerIdentity(identity: IdentitySet): ServerIdentity | undefined {
  const user = identity?.user;
  if (user === undefined || user === null || !isPresent(user.id)) return undefined;
  return { id: user.id, displayName: user.displayName ?? user.email ?? "" };
}

const writtenItemSchema = z.object({
  id: z.string(),
  lastModifiedDateTime: z.string(),
  createdBy: identitySetSchema,
  lastModifiedBy: identitySetSchema,
});

const writtenFieldsSchema = z.object({ Modified: z.optional(z.string()) });

/**
 * The record a successful create made, from the created listItem (id, modified, by whom) and what
 * was sent — Graph's echo of `fields` is not relied on.
 */
export function recordFromCreated<T>(
  item: unknown,
  etag: string | undefined,
  parts: RecordKeyParts,
  written: PreparedWrite<T>,
): StoredRecord<T> {
  const shape = writtenItemSchema.parse(item);
  return {
    ...withoutTitle(parts),
    itemId: shape.id,
    etag: requireEtag(etag, item),
    title: written.title,
    value: written.value,
    modifiedAt: shape.lastModifiedDateTime,
    ...readAuthors(shape),
  };
}

/**
 * The record after PATCH …/items/{id}/fields, which answers with the fieldValueSet only
 * (https://learn.microsoft.com/graph/api/listitem-update): createdBy never changes and is kept;
 * SharePoint has made the caller lastModifiedBy, which the next read of the item shows.
 */
export function recordFromPatched<T>(
  fields: unknown,
  etag: string | undefined,
  record: StoredRecord<unknown>,
  written: PreparedWrite<T>,
): StoredRecord<T> {
  const modified = writtenFieldsSchema.parse(fields).Modified;
  return {
    ...withoutTitle({
      key: record.key,
      seriesId: record.seriesId,
      occurrenceKey: record.occurrenceKey,
      owner: record.owner,
    }),
    itemId: record.itemId,
    etag: requireEtag(etag, fields),
    title: written.title,
    value: written.value,
    modifiedAt: modified ?? new Date().toISOString(),
    ...(record.createdBy === undefined ? {} : { createdBy: record.createdBy }),
  };
}

function withoutTitle(parts: RecordKeyParts): RecordKeyParts {
  return {
    key: parts.key,
    seriesId: parts.seriesId,
    ...(isPresent(parts.occurrenceKey) ? { occurrenceKey: parts.occurrenceKey } : {}),
    ...(isPresent(parts.owner) ? { owner: parts.owner } : {}),
  };
}

function requireEtag(etag: string | undefined, body: unknown): string {
  const found =
    etag ??
    (typeof body === "object" && body !== null && "@odata.etag" in body ? readString(body["@odata.etag"]) : undefined);
  if (found === undefined) throw new Error("Graph answered a list item write without an eTag");
  return found;
}
