// Pure: desired tasks (from the action items) against what Planner holds → the writes a publish
// needs. This is where "never a duplicate" is decided: an action item gets a new task only when no
// task in the occurrence's bucket(s) can be its own, found in this order:
//   1. the link the minutes record kept (`previous`), if that task still exists;
//   2. a task whose details carry the action's marker (details written by an earlier publish);
//   3. a task with neither marker nor description whose creation-time fields — title, assignee,
//      due — are the ones this publish would create (a task created by an interrupted publish
//      before its details; copy-match.ts).
// Tasks linked to other action items are never taken by 2 or 3, and each task serves one action.
import { isBareCreation, markerOf } from "./copy-match";
import { planCopyRepair } from "./copy-repair";
import type { CopyRepair } from "./copy-repair";
import { hashDetails, hashTaskFields, splitFingerprint, toEpochMs } from "./fingerprint";
import type { DesiredTask, DetailsContent, ExistingTask, PlannerLink, TaskFields, TaskPatch } from "./types";

export interface PublishPlanInput {
  desired: readonly DesiredTask[];
  previous: Readonly<Record<string, PlannerLink>>;
  /** Tasks of the occurrence's bucket(s), plus linked tasks found elsewhere in the plan. */
  existing: readonly ExistingTask[];
  /** Where new tasks go. */
  bucketId: string;
  /** Other buckets of the same name (left by a race): tasks found there move to `bucketId` when written. */
  duplicateBucketIds?: readonly string[];
}

export interface TaskUpdate {
  actionId: string;
  taskId: string;
  etag: string;
  patch: TaskPatch;
}

export interface DetailsUpdate {
  actionId: string;
  taskId: string;
  /** Known when the details were read while planning; otherwise read before writing. */
  etag?: string;
  details: DetailsContent;
}

export interface PublishPlan {
  creates: DesiredTask[];
  taskUpdates: TaskUpdate[];
  detailUpdates: DetailsUpdate[];
  /** Action ids whose task needs no write. */
  unchanged: string[];
  /** The link each matched action item will have once the writes succeed. */
  links: Record<string, PlannerLink>;
  /** Untouched extra copies of action items' tasks, to delete (copy-repair.ts). */
  removals: ExistingTask[];
  /** Extra copies someone has started on: reported, never deleted. */
  touchedCopies: CopyRepair["touchedCopies"];
}

type MatchSource = "link" | "marker" | "fields";

export function planPublish(input: PublishPlanInput): PublishPlan {
  const matches = matchTasks(input);
  const repair = planCopyRepair(
    input.desired,
    new Map([...matches].map(([actionId, match]) => [actionId, match.task])),
    input.existing,
  );
  for (const [actionId, keeper] of repair.keepers) {
    matches.set(actionId, { task: keeper, source: markerOf(keeper) === actionId ? "marker" : "fields" });
  }
  const plan: PublishPlan = {
    creates: [],
    taskUpdates: [],
    detailUpdates: [],
    unchanged: [],
    links: {},
    removals: repair.removals,
    touchedCopies: repair.touchedCopies,
  };
  const duplicateBuckets = new Set(input.duplicateBucketIds ?? []);
  for (const desired of input.desired) {
    const match = matches.get(desired.actionId);
    if (!match) {
      plan.creates.push(desired);
      continue;
    }
    const { task, source } = match;
    const link = source === "link" ? input.previous[desired.actionId] : undefined;
    if (link?.fingerprint === desired.fingerprint) {
      plan.unchanged.push(desired.actionId);
      plan.links[desired.actionId] = link;
      continue;
    }
    const written = link === undefined ? undefined : splitFingerprint(link.fingerprint);
    const patch = written?.task === hashTaskFields(desired.fields) ? {} : diffTask(task, desired.fields);
    if (task.bucketId !== null && duplicateBuckets.has(task.bucketId)) patch.bucketId = input.bucketId;
    const hasTaskWrite = Object.keys(patch).length > 0;
    const hasDetailsWrite = written?.details !== hashDetails(desired.details) && !holdsDetails(task, desired.details);
    if (hasTaskWrite) plan.taskUpdates.push({ actionId: desired.actionId, taskId: task.id, etag: task.etag, patch });
    if (hasDetailsWrite) {
      plan.detailUpdates.push({
        actionId: desired.actionId,
        taskId: task.id,
        details: desired.details,
        ...(task.details ? { etag: task.details.etag } : {}),
      });
    }
    if (!hasTaskWrite && !hasDetailsWrite) plan.unchanged.push(desired.actionId);
    plan.links[desired.actionId] = {
      taskId: task.id,
      bucketId: patch.bucketId ?? task.bucketId ?? input.bucketId,
      fingerprint: desired.fingerprint,
    };
  }
  return plan;
}

function matchTasks(input: PublishPlanInput): Map<string, { task: ExistingTask; source: MatchSource }> {
  const byId = new Map(input.existing.map((task) => [task.id, task]));
  const matches = new Map<string, { task: ExistingTask; source: MatchSource }>();
  const taken = new Set(Object.values(input.previous).map((link) => link.taskId));
  for (const desired of input.desired) {
    const task = byId.get(input.previous[desired.actionId]?.taskId ?? "");
    if (task) matches.set(desired.actionId, { task, source: "link" });
  }
  // Sorted by id so every retry, by anyone, pairs the same tasks with the same action items.
  const candidates = input.existing
    .filter((task) => !taken.has(task.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const claim = (desired: DesiredTask, source: MatchSource, accepts: (task: ExistingTask) => boolean) => {
    if (matches.has(desired.actionId)) return;
    const task = candidates.find((candidate) => !taken.has(candidate.id) && accepts(candidate));
    if (!task) return;
    taken.add(task.id);
    matches.set(desired.actionId, { task, source });
  };
  for (const desired of input.desired) claim(desired, "marker", (task) => markerOf(task) === desired.actionId);
  for (const desired of input.desired) claim(desired, "fields", (task) => isBareCreation(task, desired.fields));
  return matches;
}

/** Only the fields that differ; an owner change replaces the assignees, an extra helper is kept. */
export function diffTask(task: ExistingTask, fields: TaskFields): TaskPatch {
  const patch: TaskPatch = {};
  if (task.title !== fields.title) patch.title = fields.title;
  if (toEpochMs(task.dueDateTime) !== toEpochMs(fields.dueDateTime)) patch.dueDateTime = fields.dueDateTime;
  if (task.priority !== fields.priority) patch.priority = fields.priority;
  if (!task.assigneeIds.includes(fields.assigneeId)) {
    patch.assignments = Object.fromEntries([
      ...task.assigneeIds.map((id) => [id, null] as const),
      [fields.assigneeId, assignment()],
    ]);
  }
  return patch;
}

export function assignment() {
  // orderHint " !" asks Planner to place the task first in the assignee's list
  // (https://learn.microsoft.com/graph/api/resources/planner-order-hint-format).
  return { "@odata.type": "#microsoft.graph.plannerAssignment" as const, orderHint: " !" };
}

/** Details read while planning that already say what we would write. */
function holdsDetails(task: ExistingTask, details: DetailsContent): boolean {
  const alias = task.details?.references[details.referenceKey];
  if (task.details === undefined || alias === undefined) return false;
  return (
    hashDetails({
      description: task.details.description,
      referenceKey: details.referenceKey,
      referenceAlias: alias,
    }) === hashDetails(details)
  );
}
