// A record's history from its list item's versions
// (https://learn.microsoft.com/graph/api/listitem-list-versions): SharePoint keeps one version per
// write, each naming who made it and when, with the field values it held
// (https://learn.microsoft.com/graph/api/resources/listitemversion). `fields` is a navigation of
// listItemVersion, so it is expanded — to the payload only. Lists keep versions while versioning is
// on (the default for a new list); with it off, or past the retention limit, only the newest remain.
import * as z from "zod/mini";
import type { GraphClient } from "@/lib/graph";
import type { ServerIdentity } from "@/meeting/model/authorship/authorship";
import { explainForbidden } from "./access";
import { columns } from "./list-layout";
import { identitySetSchema, toServerIdentity } from "./record-item";
import type { RecordListName, RecordSchema, StoredRecord, Workspace } from "./types";

export interface RecordVersion<T> {
  /** SharePoint's version label: "1.0", "2.0", … */
  id: string;
  modifiedAt: string;
  /** Who SharePoint says made this version. */
  modifiedBy?: ServerIdentity;
  /** The payload this version held; absent when it is not JSON or fails today's schema. */
  value?: T;
}

const versionPageSchema = z.object({
  value: z.array(
    z.object({
      id: z.string(),
      lastModifiedDateTime: z.string(),
      lastModifiedBy: identitySetSchema,
      fields: z.optional(z.record(z.string(), z.unknown())),
    }),
  ),
  "@odata.nextLink": z.optional(z.string()),
});

/** Every version SharePoint keeps of the record's item, oldest first. */
export async function listRecordVersions<T>(
  client: GraphClient,
  ws: Workspace,
  list: RecordListName,
  record: Pick<StoredRecord<unknown>, "itemId">,
  schema: RecordSchema<T>,
): Promise<RecordVersion<T>[]> {
  const versions: RecordVersion<T>[] = [];
  let next: string | undefined =
    `/sites/${ws.siteId}/lists/${ws.lists[list]}/items/${encodeURIComponent(record.itemId)}/versions` +
    `?$expand=fields($select=${columns.payload})`;
  try {
    while (next !== undefined) {
      const page = versionPageSchema.parse(
        (await client.get<unknown>(next, { operation: "listListItemVersions" })).body,
      );
      for (const version of page.value) {
        const modifiedBy = toServerIdentity(version.lastModifiedBy);
        const value = readPayload(version.fields?.[columns.payload], schema);
        versions.push({
          id: version.id,
          modifiedAt: version.lastModifiedDateTime,
          ...(modifiedBy === undefined ? {} : { modifiedBy }),
          ...(value === undefined ? {} : { value: value.data }),
        });
      }
      next = page["@odata.nextLink"];
    }
  } catch (error) {
    throw await explainForbidden(client, ws.groupId, error);
  }
  return versions.sort(olderFirst);
}

function readPayload<T>(payload: unknown, schema: RecordSchema<T>): { data: T } | undefined {
  if (typeof payload !== "string") return undefined;
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { data: parsed.data } : undefined;
}

/** Labels are "major.minor": compared as numbers, so "10.0" follows "9.0". */
function olderFirst(a: RecordVersion<unknown>, b: RecordVersion<unknown>): number {
  const [aMajor = 0, aMinor = 0] = a.id.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.id.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor || a.modifiedAt.localeCompare(b.modifiedAt);
}
