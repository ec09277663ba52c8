// What follow-up keeps of a series between opens, in the account's local store
// (lib/query-store/key-value-store.ts): for each record list, the series' items as Graph returned
// them (re-validated on every read, so a schema change drops them rather than trusting them) and
// the list's delta link; for the plan, its tasks as Graph returned them, the linked tasks known
// deleted, and when the plan was last listed in full. The link and the items are separate entries so that a
// warm open with nothing new for the series rewrites only the link.
import type { KeyValueStore } from "@/lib/query-store/key-value-store";

/** Bump when the kept shapes change: older entries are then read as absent (a cold open). */
const storeVersion = 1;

export interface KeptItem {
  raw: unknown;
  /** Whether it passed its schema when kept: only one that did and no longer does forces a cold read. */
  ok: boolean;
}

export interface KeptList {
  deltaLink: string;
  items: Map<string, KeptItem>;
}

export interface KeptTasks {
  /** When the plan's tasks were last listed in full (ISO). */
  listedAt: string;
  tasks: Map<string, unknown>;
  /** Linked tasks Planner answered 404 for. */
  gone: string[];
}

interface LinkEntry {
  v: number;
  deltaLink: string;
}

interface ItemsEntry {
  v: number;
  items: [string, KeptItem][];
}

interface TasksEntry {
  v: number;
  listedAt: string;
  tasks: [string, unknown][];
  gone: string[];
}

function listKey(listId: string, seriesId: string): string {
  return `follow-up|list|${listId}|${seriesId}`;
}

function tasksKey(planId: string): string {
  return `follow-up|tasks|${planId}`;
}

function isVersioned(value: unknown): value is { v: number } {
  return typeof value === "object" && value !== null && (value as { v?: unknown }).v === storeVersion;
}

export async function readKeptLists(
  store: KeyValueStore,
  seriesId: string,
  listIds: readonly string[],
): Promise<(KeptList | undefined)[]> {
  const keys = listIds.flatMap((id) => [`${listKey(id, seriesId)}|link`, `${listKey(id, seriesId)}|items`]);
  const values = await store.getMany(keys);
  return listIds.map((_id, index) => {
    const link = values[index * 2];
    const items = values[index * 2 + 1];
    if (!isVersioned(link) || !isVersioned(items)) return undefined;
    return { deltaLink: (link as LinkEntry).deltaLink, items: new Map((items as ItemsEntry).items) };
  });
}

export async function readKeptTasks(store: KeyValueStore, planId: string): Promise<KeptTasks | undefined> {
  const [value] = await store.getMany([tasksKey(planId)]);
  if (!isVersioned(value)) return undefined;
  const entry = value as TasksEntry;
  return { listedAt: entry.listedAt, tasks: new Map(entry.tasks), gone: entry.gone };
}

export interface KeptWrite {
  lists: { listId: string; deltaLink: string; items?: Map<string, KeptItem> }[];
  tasks?: { planId: string; kept: KeptTasks };
}

/**
 * One write of everything a sync learned. Items are written before (in the same transaction as)
 * the link that covers them, so a link is never kept without the changes it stands for.
 */
export async function writeKept(store: KeyValueStore, seriesId: string, write: KeptWrite): Promise<void> {
  const entries: [string, unknown][] = [];
  for (const list of write.lists) {
    const key = listKey(list.listId, seriesId);
    if (list.items !== undefined) entries.push([`${key}|items`, { v: storeVersion, items: [...list.items] }]);
    entries.push([`${key}|link`, { v: storeVersion, deltaLink: list.deltaLink }]);
  }
  if (write.tasks !== undefined) {
    const { kept } = write.tasks;
    entries.push([
      tasksKey(write.tasks.planId),
      { v: storeVersion, listedAt: kept.listedAt, tasks: [...kept.tasks], gone: kept.gone },
    ]);
  }
  if (entries.length > 0) await store.setMany(entries);
}
