// Reads a series' records from several workspace lists, its plan's tasks and its group's members, in
// as few round trips as Graph allows: the first page of every list (filtered on the indexed SeriesId
// column), of the plan's tasks and of the members go out together in one JSON $batch, and only a list longer than a page
// costs another round, whose next pages are again batched together. Each round is one $batch
// POST of ≤ 20 requests (https://learn.microsoft.com/graph/json-batching), so reading the whole
// history of a series is two round trips however many lists it spans, unless a list outgrows two pages.
// A series whose items in a list pass SharePoint's list view threshold has that list refused as a
// whole; it is then read in windows of occurrences (read-windows.ts) in the next round, all of
// them together, and a window still too full is halved in the round after.
import * as z from "zod/mini";
import { plannerTaskSelect, toPlannerTask } from "@/meeting/api/planner/planner-task";
import { isUnavailableInCloud, readBatchBody } from "@/lib/graph";
import type { BatchRequest, GraphClient } from "@/lib/graph";
// NOTE: the workspace's public index has no batched list read; these two pure helpers are the
// same boundary its own listRecords uses, so records are mapped and validated identically.
import { itemQuery, readRecordItem } from "@/meeting/api/workspace/record-item";
import type { InvalidRecordInfo, RecordListName, RecordSchema, StoredRecord, Workspace } from "@/meeting/api/workspace";
import { getGroupMembersUrl, toMembers } from "@/meeting/api/directory/directory";
import type { DirectoryPerson } from "@/meeting/model/directory/directory";
import type { PlannerTask } from "@/meeting/model/planner/planner-task";
import { buildSeriesFilter, isListThresholdError, listYearWindows, splitWindow } from "./read-windows";
import type { OccurrenceWindow } from "./read-windows";

/**
 * Items per list page. Graph's listItem reference gives no maximum for $top (it is an open
 * question on microsoftgraph/microsoft-graph-docs-contrib#28), and SharePoint answers with fewer
 * when it chooses; so we ask for a large page and always follow @odata.nextLink. $top does not
 * lift SharePoint's list view threshold: what counts is how many items the first indexed
 * comparison yields (read-windows.ts).
 */
export const listPageSize = 1000;

const pageSchema = z.object({ value: z.array(z.unknown()), "@odata.nextLink": z.optional(z.string()) });

/** $select keeps the pages small. */
const taskSelect = `$select=${plannerTaskSelect}`;

export interface ListRead<T> {
  list: RecordListName;
  schema: RecordSchema<T>;
}

export interface SeriesRecordsRequest<L extends Record<string, ListRead<unknown>>> {
  seriesId: string;
  lists: L;
  /** The series' plan: its tasks are listed in the same $batch. */
  planId?: string;
  /** The workspace group: its members are listed in the same $batch, to tell who has left. */
  groupId?: string;
  /** Where the year windows of a series too large to read at once end (read-windows.ts). Default: now. */
  now?: Date;
}

export type SeriesRecords<L extends Record<string, ListRead<unknown>>> = {
  [K in keyof L]: L[K] extends ListRead<infer T> ? StoredRecord<T>[] : never;
} & {
  tasks: Map<string, PlannerTask>;
  /** The group's members, when `groupId` was given. */
  members: Map<string, DirectoryPerson>;
  /**
   * Records whose payload did not pass its schema. Follow-up only reads, so one bad record must
   * not hide a whole series' history: it is left out and counted, and the views say so.
   */
  unreadable: InvalidRecordInfo[];
};

interface Pending {
  id: string;
  source: string;
  url: string;
  operation: "listListItems" | "listPlannerTasks" | "listGroupMembers";
  /** For a list read: its items path and the window of occurrences asked for (none: the whole series). */
  list?: { itemsPath: string; window: OccurrenceWindow | undefined };
}

const tasksSource = "tasks";
const membersSource = "members";

export async function loadSeriesRecords<L extends Record<string, ListRead<unknown>>>(
  client: GraphClient,
  ws: Workspace,
  request: SeriesRecordsRequest<L>,
): Promise<SeriesRecords<L>> {
  let sequence = 0;
  const listItems = (source: string, itemsPath: string, window: OccurrenceWindow | undefined): Pending => ({
    id: `${source}-${++sequence}`,
    source,
    url: `${itemsPath}?${itemQuery}&$filter=${encodeURIComponent(buildSeriesFilter(request.seriesId, window))}&$top=${listPageSize}`,
    operation: "listListItems",
    list: { itemsPath, window },
  });
  let pending: Pending[] = Object.entries(request.lists).map(([name, read]) =>
    listItems(name, `/sites/${ws.siteId}/lists/${ws.lists[read.list]}/items`, undefined),
  );
  if (request.planId !== undefined) {
    // Planner pages plan tasks on its own (no $top on this collection): we follow @odata.nextLink
    // (https://learn.microsoft.com/graph/api/plannerplan-list-tasks, https://learn.microsoft.com/graph/paging).
    pending.push({
      id: tasksSource,
      source: tasksSource,
      url: `/planner/plans/${encodeURIComponent(request.planId)}/tasks?${taskSelect}`,
      operation: "listPlannerTasks",
    });
  }
  if (request.groupId !== undefined) {
    pending.push({
      id: membersSource,
      source: membersSource,
      url: getGroupMembersUrl(request.groupId),
      operation: "listGroupMembers",
    });
  }
  /** The windows to read instead of a list read SharePoint refused as too large. */
  const narrower = (p: Pending, error: unknown): Pending[] => {
    if (p.list === undefined || !isListThresholdError(error)) throw error;
    const { itemsPath, window } = p.list;
    const windows = window === undefined ? listYearWindows(request.now ?? new Date()) : splitWindow(window);
    if (windows === undefined) throw error;
    return windows.map((w) => listItems(p.source, itemsPath, w));
  };
  const items = new Map<string, unknown[]>();
  while (pending.length > 0) {
    const requests: BatchRequest[] = pending.map((p) => ({
      id: p.id,
      operation: p.operation,
      method: "GET",
      url: p.url,
    }));
    // More than 20 pending pages → several $batch POSTs; sent at once, they stay one round trip.
    const responses = await client.batch(requests, { concurrency: Math.ceil(requests.length / 20) });
    const next: Pending[] = [];
    pending.forEach((p, index) => {
      let body: unknown;
      try {
        body = readBatchBody(responses[index]);
      } catch (error) {
        // Without Planner (Microsoft 365 operated by 21Vianet) the records are read without tasks.
        if (p.source === tasksSource && isUnavailableInCloud(error)) return;
        next.push(...narrower(p, error));
        return;
      }
      const page = pageSchema.parse(body);
      items.set(p.source, [...(items.get(p.source) ?? []), ...page.value]);
      const link = page["@odata.nextLink"];
      if (link !== undefined) next.push({ ...p, id: `${p.source}-${++sequence}`, url: link });
    });
    pending = next;
  }
  const unreadable: InvalidRecordInfo[] = [];
  const result: Record<string, unknown> = {};
  for (const [name, read] of Object.entries(request.lists)) {
    const records: StoredRecord<unknown>[] = [];
    for (const item of items.get(name) ?? []) {
      const outcome = readRecordItem(read.list, item, read.schema);
      if (outcome.ok) records.push(outcome.record);
      else unreadable.push(outcome.invalid);
    }
    result[name] = records;
  }
  const tasks = new Map<string, PlannerTask>();
  for (const raw of items.get(tasksSource) ?? []) {
    const task = toPlannerTask(raw);
    tasks.set(task.id, task);
  }
  const members = toMembers(items.get(membersSource) ?? []);
  return { ...result, tasks, members, unreadable } as SeriesRecords<L>;
}

/**
 * Tasks an action links to that the plan listing did not return: deleted, or moved to another
 * plan. One $batch of GETs tells which (404 → deleted). Returns the ones that still exist.
 */
export async function findMissingTasks(
  client: GraphClient,
  taskIds: readonly string[],
): Promise<Map<string, PlannerTask>> {
  const found = new Map<string, PlannerTask>();
  if (taskIds.length === 0) return found;
  const requests: BatchRequest[] = taskIds.map((id, index) => ({
    id: `t${index}`,
    operation: "getPlannerTask",
    method: "GET",
    url: `/planner/tasks/${encodeURIComponent(id)}?${taskSelect}`,
  }));
  const responses = await client.batch(requests, { concurrency: Math.ceil(requests.length / 20) });
  for (const response of responses) {
    if (response.status === 404) continue;
    const task = toPlannerTask(readBatchBody(response));
    found.set(task.id, task);
  }
  return found;
}
