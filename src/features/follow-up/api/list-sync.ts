// No I/O: one record list's side of a sync (sync-series-records.ts) — applying a page of a filtered
// read or of a delta to the list's kept items, and the records and unreadable items they make.
// A delta page carries every series' changes in the list and the `deleted` facet for deleted items
// (https://learn.microsoft.com/graph/api/listitem-delta): an item deleted, or no longer of this
// series, leaves the kept items. Every item is validated with readRecordItem as it arrives.
import * as z from "zod/mini";
import { GraphRequestError } from "@/lib/graph";
import { readRecordItem } from "@/meeting/api/workspace/record-item";
import type { InvalidRecordInfo, StoredRecord } from "@/meeting/api/workspace";
import type { ListRead } from "./load-series-records";
import type { KeptItem } from "./series-store";

const deltaItemSchema = z.object({
  id: z.string(),
  deleted: z.optional(z.unknown()),
  fields: z.optional(z.record(z.string(), z.unknown())),
});

export interface ListSync {
  name: string;
  read: ListRead<unknown>;
  listId: string;
  itemsPath: string;
  items: Map<string, KeptItem>;
  parsed: Map<string, ReturnType<typeof readRecordItem<unknown>>>;
  deltaLink: string | undefined;
  keptLink: string | undefined;
  changed: boolean;
}

/** SharePoint can no longer serve the delta token: 410 Gone, or a resync error code (listitem-delta). */
export function isResyncError(error: unknown): boolean {
  return error instanceof GraphRequestError && (error.status === 410 || /^resync/i.test(error.code));
}

export function applyListPage(list: ListSync, seriesId: string, values: readonly unknown[], isDelta: boolean): void {
  for (const raw of values) {
    const item = deltaItemSchema.safeParse(raw);
    if (!item.success) continue;
    const { id } = item.data;
    if (isDelta && (item.data.deleted !== undefined || item.data.fields?.SeriesId !== seriesId)) {
      if (list.items.delete(id)) list.changed = true;
      list.parsed.delete(id);
      continue;
    }
    const outcome = readRecordItem(list.read.list, raw, list.read.schema);
    list.items.set(id, { raw, ok: outcome.ok });
    list.parsed.set(id, outcome);
    list.changed = true;
  }
}

export function buildRecords(lists: readonly ListSync[]): {
  records: Record<string, StoredRecord<unknown>[]>;
  unreadable: InvalidRecordInfo[];
} {
  const records: Record<string, StoredRecord<unknown>[]> = {};
  const unreadable: InvalidRecordInfo[] = [];
  for (const list of lists) {
    const values: StoredRecord<unknown>[] = [];
    for (const outcome of list.parsed.values()) {
      if (outcome.ok) values.push(outcome.record);
      else unreadable.push(outcome.invalid);
    }
    records[list.name] = values;
  }
  return { records, unreadable };
}
