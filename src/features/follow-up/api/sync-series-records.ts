// Reads a series' records, its plan's tasks and its group's members like load-series-records.ts,
// but keeps what it read in the account's local store (series-store.ts) and, on the next open,
// asks Graph only for what changed, so that a warm open costs the same whatever the series' age.
//
// Record lists — SharePoint's listItem delta (https://learn.microsoft.com/graph/api/listitem-delta):
// - Cold (nothing kept, a kept item whose schema no longer parses, or a refresh): the filtered read
//   of load-series-records.ts (the fast one, windowed past the list view threshold), preceded in the
//   same $batch by `items/delta?token=latest`, which returns an empty page and the latest deltaLink.
//   The read `dependsOn` the token (https://learn.microsoft.com/graph/json-batching#sequencing-requests-with-the-dependson-property),
//   so the token is taken before the snapshot: a change landing between the two is in the snapshot
//   and comes again with the next delta (the feed gives each item's latest state, so applying it
//   twice is harmless), and none can fall between the snapshot and the token.
// - Warm: one GET of each kept deltaLink in one $batch, following @odata.nextLink. The delta has no
//   $filter: it carries every series' changes in the list, and only items whose SeriesId is this
//   series are kept (an item moved to another series, or carrying the `deleted` facet, is dropped).
// - 410 Gone (or a resync error code): the token can no longer be served; the list is read cold.
// Records are validated with readRecordItem whichever way they came: from a read, a delta or the store.
//
// Planner tasks — Planner has no delta in v1.0 (plannerUser/plannerPlan delta exist only in beta:
// https://learn.microsoft.com/graph/api/planneruser-list-delta?view=graph-rest-beta). Cold, the
// plan's tasks are listed in full (https://learn.microsoft.com/graph/api/plannerplan-list-tasks).
// Warm, the plan's buckets are listed (https://learn.microsoft.com/graph/api/plannerplan-list-buckets)
// beside the tasks of each bucket that held a live unfinished task at the last sync — not done, and
// due within `liveDays` or later, or undated (https://learn.microsoft.com/graph/api/plannerbucket-list-tasks);
// the minutes write action items into monthly buckets (features/minutes/planner-sync), so that is a
// few recent buckets. A bucket new since the last sync has its tasks listed in the next round; a
// linked task still unknown is read by id in that round (404: deleted). What a warm open can miss: a
// done task reopened, or a long-overdue task completed, in a bucket not re-listed — it shows its
// last state until the plan is listed in full again: on a cold open, on an explicit refresh, or
// when the last full listing is older than `fullListingMaxAgeMs`.
//
// Nothing is kept until every page of every read has been applied: one write then stores the items
// and the delta links that cover them together, so a round whose answer is lost is simply asked
// again from the same links on the next open — no change lost, none applied twice to harm.
import * as z from "zod/mini";
import { plannerTaskSelect, tryToPlannerTask } from "@/meeting/api/planner/planner-task";
import { GraphRequestError, readBatchBody } from "@/lib/graph";
import type { BatchRequest, GraphClient } from "@/lib/graph";
import type { KeyValueStore } from "@/lib/query-store/key-value-store";
import { itemQuery, readRecordItem } from "@/meeting/api/workspace/record-item";
import type { InvalidRecordInfo, StoredRecord, Workspace } from "@/meeting/api/workspace";
import { getGroupMembersUrl, toMembers } from "@/meeting/api/directory/directory";
import type { PlannerTask } from "@/meeting/model/planner/planner-task";
import { listPageSize } from "./load-series-records";
import type { ListRead, SeriesRecords, SeriesRecordsRequest } from "./load-series-records";
import { buildSeriesFilter, isListThresholdError, listYearWindows, splitWindow } from "./read-windows";
import type { OccurrenceWindow } from "./read-windows";
import { readKeptLists, readKeptTasks, writeKept } from "./series-store";
import type { KeptItem, KeptTasks, KeptWrite } from "./series-store";

/** A full listing of the plan's tasks is trusted this long; after it, the next open lists it again. */
export const fullListingMaxAgeMs = 24 * 60 * 60_000;
/** An unfinished task due longer ago than this is not re-read on a warm open (see the header). */
export const liveDays = 62;

const taskSelect = `$select=${plannerTaskSelect}`;
const pageSchema = z.object({
  value: z.array(z.unknown()),
  "@odata.nextLink": z.optional(z.string()),
  "@odata.deltaLink": z.optional(z.string()),
});
const bucketSchema = z.object({ id: z.string() });
const deltaItemSchema = z.object({
  id: z.string(),
  deleted: z.optional(z.unknown()),
  fields: z.optional(z.record(z.string(), z.unknown())),
});

export interface SyncRequest<L extends Record<string, ListRead<unknown>>> extends SeriesRecordsRequest<L> {
  store: KeyValueStore;
  /** Read everything again, as on a first open. */
  refresh?: boolean;
  /** The task ids the kept records link to (the minutes' action items): any still unknown after the first round is read by id. */
  listLinkedTaskIds?: (records: Record<string, StoredRecord<unknown>[]>) => string[];
}

export type SyncedRecords<L extends Record<string, ListRead<unknown>>> = SeriesRecords<L> & {
  /** Linked tasks Planner answered 404 for: deleted, not to be looked up again. */
  goneTaskIds: ReadonlySet<string>;
};

interface ListSync {
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

type Pending =
  | { kind: "delta" | "latest" | "read"; list: ListSync; url: string; window?: OccurrenceWindow; dependsOn?: string }
  | { kind: "planTasks" | "buckets" | "members"; url: string }
  | { kind: "bucketTasks"; bucketId: string; url: string }
  | { kind: "task"; taskId: string; url: string };

function isResyncError(error: unknown): boolean {
  return error instanceof GraphRequestError && (error.status === 410 || /^resync/i.test(error.code));
}

function isLive(task: PlannerTask, now: Date): boolean {
  if (task.percentComplete >= 100) return false;
  if (task.dueDateTime === null) return true;
  return Date.parse(task.dueDateTime) >= now.getTime() - liveDays * 86_400_000;
}

function operationOf(kind: Pending["kind"]): BatchRequest["operation"] {
  if (kind === "members") return "listGroupMembers";
  if (kind === "buckets") return "listPlannerBuckets";
  if (kind === "task") return "getPlannerTask";
  if (kind === "planTasks" || kind === "bucketTasks") return "listPlannerTasks";
  return "listListItems";
}

export async function syncSeriesRecords<L extends Record<string, ListRead<unknown>>>(
  client: GraphClient,
  ws: Workspace,
  request: SyncRequest<L>,
): Promise<SyncedRecords<L>> {
  const now = request.now ?? new Date();
  const { seriesId, store } = request;
  const names = Object.keys(request.lists);
  const listIds = names.map((name) => ws.lists[(request.lists[name] as ListRead<unknown>).list]);
  const [keptLists, keptTasks] = await Promise.all([
    readKeptLists(store, seriesId, listIds),
    request.planId === undefined ? Promise.resolve(undefined) : readKeptTasks(store, request.planId),
  ]);

  let pending: Pending[] = [];
  const lists: ListSync[] = names.map((name, index) => {
    const read = request.lists[name] as ListRead<unknown>;
    const listId = listIds[index] ?? "";
    const list: ListSync = {
      name,
      read,
      listId,
      itemsPath: `/sites/${ws.siteId}/lists/${listId}/items`,
      items: new Map(),
      parsed: new Map(),
      deltaLink: undefined,
      keptLink: undefined,
      changed: true,
    };
    const kept = request.refresh === true ? undefined : keptLists[index];
    if (kept !== undefined) {
      for (const [id, item] of kept.items) list.parsed.set(id, readRecordItem(read.list, item.raw, read.schema));
      const stale = [...kept.items].some(([id, item]) => item.ok && list.parsed.get(id)?.ok !== true);
      if (!stale) {
        list.items = kept.items;
        list.keptLink = kept.deltaLink;
        list.changed = false;
        pending.push({ kind: "delta", list, url: kept.deltaLink });
        return list;
      }
      list.parsed.clear();
    }
    pending.push(...readCold(list));
    return list;
  });

  function readCold(list: ListSync): Pending[] {
    list.items = new Map();
    list.parsed.clear();
    list.changed = true;
    const token: Pending = { kind: "latest", list, url: `${list.itemsPath}/delta?token=latest&${itemQuery}` };
    return [token, readWindow(list, undefined, token)];
  }

  function readWindow(list: ListSync, window: OccurrenceWindow | undefined, after?: Pending): Pending {
    const filter = encodeURIComponent(buildSeriesFilter(seriesId, window));
    return {
      kind: "read",
      list,
      url: `${list.itemsPath}?${itemQuery}&$filter=${filter}&$top=${listPageSize}`,
      ...(window === undefined ? {} : { window }),
      ...(after === undefined ? {} : { dependsOn: "after" }),
    };
  }

  // Tasks: full listing, or the live buckets' tasks and the bucket listing.
  const taskMap = new Map<string, PlannerTask>();
  /** Each task as Graph returned it: what is kept, to be validated again on the next open. */
  const taskRaw = new Map<string, unknown>();
  const setTask = (raw: unknown): PlannerTask | undefined => {
    const task = tryToPlannerTask(raw);
    if (task === undefined) return undefined;
    taskMap.set(task.id, task);
    taskRaw.set(task.id, raw);
    return task;
  };
  const deleteTask = (id: string): void => {
    taskMap.delete(id);
    taskRaw.delete(id);
  };
  let tasksChanged = false;
  let listedAt = keptTasks?.listedAt ?? now.toISOString();
  let buckets = new Set(keptTasks?.buckets ?? []);
  const gone = new Set(keptTasks?.gone ?? []);
  const listedBuckets = new Map<string, PlannerTask[]>();
  let bucketListing: string[] | undefined;
  if (request.planId !== undefined) {
    const planId = encodeURIComponent(request.planId);
    const warm =
      request.refresh !== true &&
      keptTasks !== undefined &&
      now.getTime() - Date.parse(keptTasks.listedAt) < fullListingMaxAgeMs &&
      [...keptTasks.tasks.values()].every((raw) => tryToPlannerTask(raw) !== undefined);
    if (warm) {
      for (const raw of keptTasks.tasks.values()) setTask(raw);
      const live = new Set(
        [...taskMap.values()].filter((t) => t.bucketId !== null && isLive(t, now)).map((t) => t.bucketId as string),
      );
      pending.push({ kind: "buckets", url: `/planner/plans/${planId}/buckets` });
      for (const bucketId of live) pending.push(bucketTasks(bucketId));
    } else {
      tasksChanged = true;
      listedAt = now.toISOString();
      buckets = new Set();
      gone.clear();
      pending.push({ kind: "planTasks", url: `/planner/plans/${planId}/tasks?${taskSelect}` });
    }
  }
  function bucketTasks(bucketId: string): Pending {
    listedBuckets.set(bucketId, []);
    return {
      kind: "bucketTasks",
      bucketId,
      url: `/planner/buckets/${encodeURIComponent(bucketId)}/tasks?${taskSelect}`,
    };
  }
  const memberItems: unknown[] = [];
  if (request.groupId !== undefined) pending.push({ kind: "members", url: getGroupMembersUrl(request.groupId) });

  const applyListPage = (list: ListSync, values: readonly unknown[], isDelta: boolean): void => {
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
  };

  let round = 0;
  let sequence = 0;
  while (pending.length > 0) {
    round += 1;
    const ids = new Map<Pending, string>();
    for (const p of pending) ids.set(p, `r${round}-${++sequence}`);
    const requests: BatchRequest[] = pending.map((p, index) => {
      const previous = pending[index - 1];
      const dependsOn =
        "dependsOn" in p && p.dependsOn !== undefined && previous !== undefined ? ids.get(previous) : undefined;
      return {
        id: ids.get(p) ?? "",
        operation: operationOf(p.kind),
        method: "GET",
        url: p.url,
        ...(dependsOn === undefined ? {} : { dependsOn: [dependsOn] }),
      };
    });
    const responses = await client.batch(requests, { concurrency: Math.ceil(requests.length / 20) });
    const next: Pending[] = [];
    pending.forEach((p, index) => {
      const response = responses[index];
      if (p.kind === "task" && response?.status === 404) {
        gone.add(p.taskId);
        tasksChanged = true;
        return;
      }
      let body: unknown;
      try {
        body = readBatchBody(response);
      } catch (error) {
        if (p.kind === "delta" && isResyncError(error)) {
          next.push(...readCold(p.list));
          return;
        }
        if (p.kind !== "read" || !isListThresholdError(error)) throw error;
        const windows = p.window === undefined ? listYearWindows(now) : splitWindow(p.window);
        if (windows === undefined) throw error;
        next.push(...windows.map((w) => readWindow(p.list, w)));
        return;
      }
      if (p.kind === "task") {
        setTask(body);
        tasksChanged = true;
        return;
      }
      const page = pageSchema.parse(body);
      const link = page["@odata.nextLink"];
      if (link !== undefined) next.push({ ...p, url: link });
      switch (p.kind) {
        case "latest":
          p.list.deltaLink = page["@odata.deltaLink"];
          break;
        case "read":
          applyListPage(p.list, page.value, false);
          break;
        case "delta":
          applyListPage(p.list, page.value, true);
          if (page["@odata.deltaLink"] !== undefined) p.list.deltaLink = page["@odata.deltaLink"];
          break;
        case "members":
          memberItems.push(...page.value);
          break;
        case "buckets":
          bucketListing = [...(bucketListing ?? []), ...page.value.map((b) => bucketSchema.parse(b).id)];
          if (link === undefined) {
            for (const id of bucketListing) if (!buckets.has(id) && !listedBuckets.has(id)) next.push(bucketTasks(id));
          }
          break;
        case "planTasks":
        case "bucketTasks":
          for (const raw of page.value) {
            const task = setTask(raw);
            if (task === undefined) continue;
            if (p.kind === "bucketTasks") listedBuckets.get(p.bucketId)?.push(task);
            if (task.bucketId !== null) buckets.add(task.bucketId);
          }
          tasksChanged = true;
          break;
      }
    });
    // Warm: a task an action links to that no listing holds (a new minutes' item in a bucket not
    // re-listed, a task moved) is read by id in the next round rather than in a round after it.
    if (round === 1 && request.listLinkedTaskIds !== undefined && bucketListing !== undefined) {
      const known = new Set([...taskMap.keys(), ...gone]);
      const missing = new Set(request.listLinkedTaskIds(buildRecords(lists).records).filter((id) => !known.has(id)));
      for (const taskId of missing)
        next.push({ kind: "task", taskId, url: `/planner/tasks/${encodeURIComponent(taskId)}?${taskSelect}` });
    }
    pending = next;
  }

  // A re-listed bucket holds exactly what it listed: a kept task of it not listed again was deleted or moved.
  for (const [bucketId, listed] of listedBuckets) {
    const ids = new Set(listed.map((t) => t.id));
    for (const task of [...taskMap.values()])
      if (task.bucketId === bucketId && !ids.has(task.id)) {
        deleteTask(task.id);
        tasksChanged = true;
      }
  }
  if (bucketListing !== undefined) {
    const current = new Set(bucketListing);
    // A deleted bucket takes its tasks with it (https://learn.microsoft.com/graph/api/plannerbucket-delete).
    for (const task of [...taskMap.values()])
      if (task.bucketId !== null && !current.has(task.bucketId)) {
        deleteTask(task.id);
        tasksChanged = true;
      }
    if (current.size !== buckets.size || [...current].some((id) => !buckets.has(id))) tasksChanged = true;
    buckets = current;
  }

  const write: KeptWrite = {
    lists: lists.flatMap((list) =>
      list.deltaLink === undefined || (list.deltaLink === list.keptLink && !list.changed)
        ? []
        : [{ listId: list.listId, deltaLink: list.deltaLink, ...(list.changed ? { items: list.items } : {}) }],
    ),
  };
  if (request.planId !== undefined && tasksChanged) {
    const kept: KeptTasks = {
      listedAt,
      tasks: taskRaw,
      buckets: [...buckets],
      gone: [...gone],
    };
    write.tasks = { planId: request.planId, kept };
  }
  await writeKept(store, seriesId, write);

  const { records, unreadable } = buildRecords(lists);
  return {
    ...records,
    tasks: taskMap,
    members: toMembers(memberItems),
    unreadable,
    goneTaskIds: gone,
  } as SyncedRecords<L>;
}

function buildRecords(lists: readonly ListSync[]): {
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
