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
// Warm, follow-up needs only the tasks the series' action items link to, so in the first round each
// linked task that was unfinished and live at the last sync — due within `liveDays` or later, or
// undated — is read again by id (https://learn.microsoft.com/graph/api/plannertask-get; 404:
// deleted), and in the next round each linked task not kept yet (a new minutes' items). A few dozen
// small GETs instead of a plan of thousands of done tasks; listing the buckets that held unfinished
// tasks (https://learn.microsoft.com/graph/api/plannerbucket-list-tasks) would re-read every month
// of a series whose old items stay open. What a warm open can miss: a done task reopened, or a
// long-overdue task completed, shows its last state until the plan is listed in full again — on a
// cold open, on an explicit refresh, or when the last full listing is older than `fullListingMaxAgeMs`.
//
// People — the group's members are listed in the first round; the action owners the directory does
// not know then (not members) are looked up by id or UPN in the next round (lookUpPeople), so the
// views need no round of their own for them.
//
// Nothing is kept until every page of every read has been applied: one write then stores the items
// and the delta links that cover them together, so a round whose answer is lost is simply asked
// again from the same links on the next open — no change lost, none applied twice to harm.
import * as z from "zod/mini";
import { plannerTaskSelect, tryToPlannerTask } from "@/meeting/api/planner/planner-task";
import { isUnavailableInCloud, readBatchBody } from "@/lib/graph";
import type { BatchRequest, GraphClient } from "@/lib/graph";
import type { KeyValueStore } from "@/lib/query-store/key-value-store";
import { itemQuery, readRecordItem } from "@/meeting/api/workspace/record-item";
import type { StoredRecord, Workspace } from "@/meeting/api/workspace";
import { getGroupMembersUrl, getPersonUrl, readPerson, toMembers } from "@/meeting/api/directory/directory";
import { listUnknownPeople } from "@/meeting/model/directory/directory";
import type { DirectoryPerson } from "@/meeting/model/directory/directory";
import type { PlannerTask } from "@/meeting/model/planner/planner-task";
import { listPageSize } from "./load-series-records";
import type { ListRead, SeriesRecords, SeriesRecordsRequest } from "./load-series-records";
import { buildSeriesFilter, isListThresholdError, listYearWindows, splitWindow } from "./read-windows";
import type { OccurrenceWindow } from "./read-windows";
import { readKeptLists, readKeptTasks, writeKept } from "./series-store";
import { applyListPage, buildRecords, isResyncError } from "./list-sync";
import type { ListSync } from "./list-sync";
import type { KeptTasks, KeptWrite } from "./series-store";

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

export interface SyncRequest<L extends Record<string, ListRead<unknown>>> extends SeriesRecordsRequest<L> {
  store: KeyValueStore;
  /** Read everything again, as on a first open. */
  refresh?: boolean;
  /** The task ids the records link to (the minutes' action items): the only tasks a warm open reads again. */
  listLinkedTaskIds?: (records: Record<string, StoredRecord<unknown>[]>) => string[];
  /** The people the views will name (action owners, assignees): those not members are looked up in the second round. */
  listPeopleKeys?: (
    records: Record<string, StoredRecord<unknown>[]>,
    tasks: ReadonlyMap<string, PlannerTask>,
  ) => string[];
}

export type SyncedRecords<L extends Record<string, ListRead<unknown>>> = SeriesRecords<L> & {
  /** Linked tasks Planner answered 404 for: deleted, not to be looked up again. */
  goneTaskIds: ReadonlySet<string>;
  /** People outside the group looked up (`listPeopleKeys`), by lower-cased id or UPN. */
  people: Map<string, DirectoryPerson | "gone">;
  /**
   * The cloud has no Planner (Microsoft 365 operated by 21Vianet, cloud-availability.ts): the
   * records are read without tasks, and the views say so.
   */
  plannerUnavailable: boolean;
};

type Pending =
  | {
      kind: "delta" | "latest" | "read";
      list: ListSync;
      url: string;
      window?: OccurrenceWindow;
      /** Sent in the same $batch after this one (`dependsOn`): the delta token before the snapshot. */
      after?: Pending;
    }
  | { kind: "planTasks" | "members"; url: string }
  | { kind: "task"; taskId: string; url: string }
  | { kind: "person"; key: string; url: string };

function isLive(task: PlannerTask, now: Date): boolean {
  if (task.percentComplete >= 100) return false;
  if (task.dueDateTime === null) return true;
  return Date.parse(task.dueDateTime) >= now.getTime() - liveDays * 86_400_000;
}

function operationOf(kind: Pending["kind"]): BatchRequest["operation"] {
  if (kind === "members") return "listGroupMembers";
  if (kind === "person") return "getUser";
  if (kind === "task") return "getPlannerTask";
  if (kind === "planTasks") return "listPlannerTasks";
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
      ...(after === undefined ? {} : { after }),
    };
  }

  // Tasks: a full listing, or the live linked tasks by id.
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
  let tasksChanged = false;
  let listedAt = keptTasks?.listedAt ?? now.toISOString();
  const gone = new Set(keptTasks?.gone ?? []);
  /** Tasks read by id in this sync: none is read twice. */
  const reread = new Set<string>();
  const readTask = (taskId: string): Pending => {
    reread.add(taskId);
    return { kind: "task", taskId, url: `/planner/tasks/${encodeURIComponent(taskId)}?${taskSelect}` };
  };
  let isWarmTasks = false;
  if (request.planId !== undefined) {
    isWarmTasks =
      request.refresh !== true &&
      keptTasks !== undefined &&
      now.getTime() - Date.parse(keptTasks.listedAt) < fullListingMaxAgeMs &&
      [...keptTasks.tasks.values()].every((raw) => tryToPlannerTask(raw) !== undefined);
    if (isWarmTasks && keptTasks !== undefined) {
      for (const raw of keptTasks.tasks.values()) setTask(raw);
      const linked = new Set(request.listLinkedTaskIds?.(buildRecords(lists).records) ?? []);
      for (const task of taskMap.values())
        if (linked.has(task.id) && isLive(task, now)) pending.push(readTask(task.id));
    } else {
      tasksChanged = true;
      listedAt = now.toISOString();
      gone.clear();
      pending.push({
        kind: "planTasks",
        url: `/planner/plans/${encodeURIComponent(request.planId)}/tasks?${taskSelect}`,
      });
    }
  }
  const people = new Map<string, DirectoryPerson | "gone">();
  const memberItems: unknown[] = [];
  if (request.groupId !== undefined) pending.push({ kind: "members", url: getGroupMembersUrl(request.groupId) });

  let plannerUnavailable = false;
  let round = 0;
  let sequence = 0;
  while (pending.length > 0) {
    round += 1;
    const ids = new Map<Pending, string>();
    for (const p of pending) ids.set(p, `r${round}-${++sequence}`);
    const requests: BatchRequest[] = pending.map((p) => {
      const after = "after" in p && p.after !== undefined ? ids.get(p.after) : undefined;
      return {
        id: ids.get(p) ?? "",
        operation: operationOf(p.kind),
        method: "GET",
        url: p.url,
        ...(after === undefined ? {} : { dependsOn: [after] }),
      };
    });
    const responses = await client.batch(requests, { concurrency: Math.ceil(requests.length / 20) });
    const next: Pending[] = [];
    pending.forEach((p, index) => {
      const response = responses[index];
      if (p.kind === "task" && response?.status === 404) {
        gone.add(p.taskId);
        if (taskMap.delete(p.taskId)) taskRaw.delete(p.taskId);
        tasksChanged = true;
        return;
      }
      if (p.kind === "person") {
        const person = readPerson(response);
        if (person !== undefined) people.set(p.key, person);
        return;
      }
      let body: unknown;
      try {
        body = readBatchBody(response);
      } catch (error) {
        if ((p.kind === "planTasks" || p.kind === "task") && isUnavailableInCloud(error)) {
          plannerUnavailable = true;
          return;
        }
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
        const before = taskRaw.get(p.taskId);
        setTask(body);
        if (JSON.stringify(before) !== JSON.stringify(body)) tasksChanged = true;
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
          applyListPage(p.list, seriesId, page.value, false);
          break;
        case "delta":
          applyListPage(p.list, seriesId, page.value, true);
          if (page["@odata.deltaLink"] !== undefined) p.list.deltaLink = page["@odata.deltaLink"];
          break;
        case "members":
          memberItems.push(...page.value);
          break;
        case "planTasks":
          for (const raw of page.value) setTask(raw);
          tasksChanged = true;
          break;
      }
    });
    if (round === 1) {
      const { records } = buildRecords(lists);
      // Warm: a task an action links to that is not kept (a new minutes' item, a task moved into
      // the plan) is read by id now rather than in a round of its own after this one; so is a live
      // one that only a list read cold this round links to.
      if (isWarmTasks) {
        const linked = new Set(request.listLinkedTaskIds?.(records) ?? []);
        for (const taskId of linked) {
          if (reread.has(taskId) || gone.has(taskId)) continue;
          const kept = taskMap.get(taskId);
          if (kept === undefined || isLive(kept, now)) next.push(readTask(taskId));
        }
      }
      const keys = request.listPeopleKeys?.(records, taskMap) ?? [];
      for (const key of listUnknownPeople({ members: toMembers(memberItems), others: new Map() }, keys))
        next.push({ kind: "person", key, url: getPersonUrl(key) });
    }
    pending = next;
  }

  const write: KeptWrite = {
    lists: lists.flatMap((list) =>
      list.deltaLink === undefined || (list.deltaLink === list.keptLink && !list.changed)
        ? []
        : [{ listId: list.listId, deltaLink: list.deltaLink, ...(list.changed ? { items: list.items } : {}) }],
    ),
  };
  if (request.planId !== undefined && tasksChanged) {
    const kept: KeptTasks = { listedAt, tasks: taskRaw, gone: [...gone] };
    write.tasks = { planId: request.planId, kept };
  }
  await writeKept(store, seriesId, write);

  const { records, unreadable } = buildRecords(lists);
  return {
    ...records,
    tasks: taskMap,
    members: toMembers(memberItems),
    people,
    unreadable,
    goneTaskIds: gone,
    plannerUnavailable,
  } as SyncedRecords<L>;
}
