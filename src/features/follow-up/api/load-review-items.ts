// Loads the review that opens an occurrence: the series' minutes and reviews, the plan's tasks and
// the group's members in one $batch, kept in the local store so a warm open reads only what changed
// (sync-series-records.ts: list deltas, and only the buckets of live unfinished tasks), then — only
// when a linked task is still unknown, or an owner is not a member — one more round: task GETs to
// tell a deleted task from one moved to another plan, and user GETs to tell who has left, side by side.
//
// Why list the plan's tasks rather than GET each linked task: the listing needs no ids, so it
// rides in the same first $batch as the records (one round trip instead of two), and it costs
// one request per page however many items are open. GETs by id would wait for the minutes to be
// read and cost one request per task. The fallback GETs cover the one case the listing cannot.
import type { GraphClient } from "@/lib/graph";
import { completeDirectory, lookUpPeople } from "@/meeting/api/directory/directory";
import { listCandidates, listUnknownPeople } from "@/meeting/model/directory/directory";
import type { Directory, DirectoryPerson } from "@/meeting/model/directory/directory";
import type { InvalidRecordInfo, Workspace } from "@/meeting/api/workspace";
import { minutesReadSchema } from "@/meeting/model/records/read-schemas";
import { reviewRecordSchema } from "@/meeting/model/records/review-record";
import { buildReviewItems, isAcceptedBefore, isEarlier } from "../model/review-items";
import type { ReviewItem } from "../model/review-items";
import { listSeriesActions } from "../model/series-actions";
import type { SeriesAction } from "../model/series-actions";
import type { PlannerTask } from "@/meeting/model/planner/planner-task";
import type { KeyValueStore } from "@/lib/query-store/key-value-store";
import { createMemoryKeyValueStore } from "@/lib/query-store/key-value-store";
import { findMissingTasks } from "./load-series-records";
import { syncSeriesRecords } from "./sync-series-records";
import { listLinkedTaskIds, listOwnerKeys, listPeopleKeys } from "./linked-tasks";

export interface ReviewLoadOptions {
  seriesId: string;
  planId: string;
  occurrenceKey: string;
  now: Date;
  /** The series' zone (IANA or Windows name): "overdue" is judged against today there. Default: this device's. */
  timeZone?: string;
  /** What the last open kept (series-store.ts). Default: none, so everything is read. */
  store?: KeyValueStore;
  /** Read everything again, kept data notwithstanding. */
  refresh?: boolean;
}

export interface ReviewLoad {
  items: ReviewItem[];
  /** The group's members who can take an action item over, by name. */
  candidates: DirectoryPerson[];
  unreadable: InvalidRecordInfo[];
  /** The cloud has no Planner: items come from the minutes alone, without task progress. */
  plannerUnavailable: boolean;
}

export async function loadReviewItems(
  client: GraphClient,
  ws: Workspace,
  options: ReviewLoadOptions,
): Promise<ReviewLoad> {
  const { seriesId, planId, occurrenceKey, now } = options;
  const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const records = await syncSeriesRecords(client, ws, {
    seriesId: seriesId,
    planId,
    groupId: ws.groupId,
    store: options.store ?? createMemoryKeyValueStore(),
    now,
    ...(options.refresh === undefined ? {} : { refresh: options.refresh }),
    listLinkedTaskIds,
    listPeopleKeys,
    lists: {
      minutes: { list: "minutes", schema: minutesReadSchema },
      reviews: { list: "reviews", schema: reviewRecordSchema },
    },
  });
  const reviews = records.reviews.map((r) => r.value);
  const open = listSeriesActions(records.minutes.map((r) => r.value)).filter(
    (a) => isEarlier(a.occurrenceKey, occurrenceKey) && !isAcceptedBefore(a.actionId, reviews, occurrenceKey),
  );
  const { tasks, directory } = await completeTasksAndOwners(
    client,
    open,
    records.tasks,
    records.members,
    records.goneTaskIds,
    records.people,
  );
  return {
    items: buildReviewItems({ actions: open, reviews, tasks, directory, occurrenceKey, now, timeZone }),
    candidates: listCandidates(directory),
    unreadable: records.unreadable,
    plannerUnavailable: records.plannerUnavailable,
  };
}

/**
 * The linked tasks missing from the plan listing, and the owners who are not group members, fetched
 * side by side: one more round trip at most, not two. Only an assignee of a task found outside the
 * plan costs one more lookup.
 */
export async function completeTasksAndOwners(
  client: GraphClient,
  actions: readonly SeriesAction[],
  listed: Map<string, PlannerTask>,
  members: ReadonlyMap<string, DirectoryPerson>,
  goneTaskIds: ReadonlySet<string> = new Set(),
  /** People outside the group already looked up (the sync's second round). */
  known: ReadonlyMap<string, DirectoryPerson | "gone"> = new Map(),
): Promise<{ tasks: Map<string, PlannerTask>; directory: Directory }> {
  const [tasks, directory] = await Promise.all([
    completeTasks(client, actions, listed, goneTaskIds),
    completeDirectory(client, members, listOwnerKeys(actions, listed), known),
  ]);
  const late = listUnknownPeople(directory, listOwnerKeys(actions, tasks));
  if (late.length === 0) return { tasks, directory };
  const others = new Map([...directory.others, ...(await lookUpPeople(client, late))]);
  return { tasks, directory: { members: directory.members, others } };
}

/**
 * The plan's tasks plus any linked task found outside it; a task found nowhere stays absent
 * (deleted), and one already known deleted is not asked for again.
 */
export async function completeTasks(
  client: GraphClient,
  actions: readonly SeriesAction[],
  listed: Map<string, PlannerTask>,
  goneTaskIds: ReadonlySet<string> = new Set(),
): Promise<Map<string, PlannerTask>> {
  const missing = [
    ...new Set(
      actions
        .map((a) => a.taskId)
        .filter((id): id is string => id !== undefined && !listed.has(id) && !goneTaskIds.has(id)),
    ),
  ];
  if (missing.length === 0) return listed;
  const found = await findMissingTasks(client, missing);
  return new Map([...listed, ...found]);
}
