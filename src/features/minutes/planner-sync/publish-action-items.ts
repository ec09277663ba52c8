// Publishes a minutes record's action items to the series' Planner plan: one bucket per month
// (bucket-names.ts), exactly one task per action item, details (standard of done, decision,
// supervisor, a reference back to the minutes) written after the task. The steps, and why none
// can duplicate:
//   read   — the plan's buckets ‖ owners' user ids ‖ on a re-publish, the bucket the links name
//            and the linked details about to be rewritten (plan-early-reads.ts); the tasks of the
//            occurrence's bucket — its own from an earlier publish, else the month's
//            (choose-bucket.ts), or the one the links name — unless already listed; linked tasks
//            found elsewhere ‖ details of unlinked tasks (they may be an interrupted publish's
//            leftovers, or another occurrence's tasks of the month).
//   plan   — plan-publish.ts pairs each action item with the task already standing for it; only
//            unpaired ones are created. Everything a retry needs is read from Planner itself, so
//            a retry with `previous` empty or stale still finds every task created before. Extra
//            copies of an action item's task (copy-repair.ts) are found here too.
//   write  — creates ‖ task PATCHes ‖ details PATCHes whose etag is known ‖ details reads ‖
//            deletes of untouched copies, in concurrent $batch chunks; then the other details
//            PATCHes with If-Match (read again and retried on 412) beside a second listing of the
//            bucket, whose untouched twins of new tasks go.
// A publish interrupted anywhere (dropped connection, closed tab, abort) leaves tasks the next
// run adopts. Planner has no unique key or conditional create, so a create can still land twice
// (a resent POST, two people publishing at the same instant); the copy repair removes the
// untouched twin in the same run or the next, and never a copy someone has worked on.
import type { GraphClient } from "@/lib/graph";
import type { ActionItem } from "@/meeting/model/records/minutes-record";
import { hashDetails, hashTaskFields } from "./fingerprint";
import { planPublish } from "./plan-publish";
import type { PublishPlan } from "./plan-publish";
import { planEarlyReads } from "./plan-early-reads";
import {
  createBucket,
  listBucketTasks,
  listBucketTasksIfPresent,
  listBuckets,
  readDetails,
  readTasks,
  resolveUserIds,
} from "./planner-read";
import { chooseBucket } from "./choose-bucket";
import { planCopyRepair } from "./copy-repair";
import { deleteUntouchedTasks, detailsPatchBody, patchWithEtags } from "./planner-write";
import type { EtagWrite } from "./planner-write";
import { detailsUrl, hasEtag, toDetailsWrite, writeTasks } from "./write-task-round";
import type { TaskOutcome } from "./write-task-round";
import { buildDesiredTask, buildTaskDetails } from "./task-content";
import type { DesiredTask, ExistingTask, PlannerLink, PublishProgress } from "./types";

export interface PublishInput {
  planId: string;
  /** The bucket new tasks go to, e.g. "2026-11 周例会" (bucket-names.ts). */
  bucketName: string;
  /**
   * The occurrence, e.g. "2026-11-30 周例会": named in each task's reference, and the name of the
   * bucket an earlier publish made for it alone, whose tasks stay there. Default: `bucketName`.
   */
  occurrenceName?: string;
  actions: readonly ActionItem[];
  /** The minutes record's `published.planner`; may miss tasks an interrupted publish created. */
  previous: Readonly<Record<string, PlannerLink>>;
  minutesUrl: string;
  decisionTextOf: (actionId: string) => string;
  /** The agenda item of an action linked to no decision, named in its task instead. */
  agendaItemOf?: (actionId: string) => string;
  supervisorNameOf: (upn: string) => string;
  /** Known Planner user ids; owners it does not know are looked up in one $batch. */
  userIdOf?: (upn: string) => string | undefined;
  /** The series' zone: due dates end there. */
  timeZone: string;
  signal?: AbortSignal;
  onProgress?: (progress: PublishProgress) => void;
}

export interface PublishResult {
  /** To store as the minutes record's `published.planner`. */
  planner: Record<string, PlannerLink>;
  created: number;
  updated: number;
  unchanged: number;
  /** Untouched extra copies of tasks deleted (left by a lost answer, a resend or an earlier version). */
  removedCopies: number;
  /** Extra copies someone has started on: the note-taker decides which to keep. */
  touchedCopies: { actionId: string; taskIds: string[] }[];
}

/** Some writes failed: `partial` holds every task that exists, so storing it spares the next run work. */
export class PublishIncompleteError extends Error {
  override readonly name = "PublishIncompleteError";
  constructor(
    readonly partial: PublishResult,
    readonly failures: { actionId: string; error: Error }[],
  ) {
    super(
      `${failures.length} action item(s) could not be published: ${failures.map((f) => `${f.actionId}: ${f.error.message}`).join("; ")}`,
    );
  }
}

export async function publishActionItems(client: GraphClient, input: PublishInput): Promise<PublishResult> {
  const { signal } = input;
  const progress = { total: input.actions.length, created: 0, updated: 0, unchanged: 0 };
  const report = (phase: PublishProgress["phase"]) => {
    input.onProgress?.({ phase, ...progress });
    signal?.throwIfAborted();
  };
  report("reading");
  const unknownOwners = input.actions
    .map((action) => action.owner)
    .filter((upn) => input.userIdOf?.(upn) === undefined);
  const contextOf = (action: ActionItem) => ({
    decisionText: input.decisionTextOf(action.id),
    ...(input.agendaItemOf === undefined ? {} : { agendaItemText: input.agendaItemOf(action.id) }),
    supervisorName: action.supervisor === undefined ? "" : input.supervisorNameOf(action.supervisor),
    minutesUrl: input.minutesUrl,
    occurrenceName: input.occurrenceName ?? input.bucketName,
    timeZone: input.timeZone,
  });
  const early = planEarlyReads(
    input.actions.map((action) => ({ actionId: action.id, details: buildTaskDetails(action, contextOf(action)) })),
    input.previous,
  );
  // One round: the buckets ‖ owners ‖ on a re-publish, the linked bucket's tasks and the details
  // about to be rewritten (plan-early-reads.ts), so an unchanged re-publish reads nothing more.
  const [buckets, resolved, earlyListing, earlyDetails] = await Promise.all([
    listBuckets(client, input.planId, signal),
    resolveUserIds(client, unknownOwners, signal),
    early.bucketId === undefined ? undefined : listBucketTasksIfPresent(client, early.bucketId, signal),
    readDetails(client, early.detailTaskIds, { signal, skipMissing: true }),
  ]);
  const desired = input.actions.map((action) =>
    buildDesiredTask(action, {
      assigneeId: input.userIdOf?.(action.owner) ?? resolved.get(action.owner.toLowerCase()) ?? "",
      ...contextOf(action),
    }),
  );
  if (desired.length === 0) return { planner: { ...input.previous }, ...progress, removedCopies: 0, touchedCopies: [] };

  const target = chooseBucket(buckets, input.bucketName, input.previous, input.occurrenceName);
  const bucketId = target.bucketId ?? (await createBucket(client, input.planId, input.bucketName, signal)).id;
  const listed = new Map(
    early.bucketId === undefined || earlyListing === undefined ? [] : [[early.bucketId, earlyListing]],
  );
  const existing = await readExisting(client, target.readBucketIds, listed, desired, input.previous, signal);
  const planned = planPublish({
    desired,
    previous: input.previous,
    existing,
    bucketId,
    duplicateBucketIds: target.duplicateBucketIds,
  });
  const plan = {
    ...planned,
    detailUpdates: planned.detailUpdates.map((update) => {
      const etag = update.etag ?? earlyDetails.get(update.taskId)?.etag;
      return etag === undefined ? update : { ...update, etag };
    }),
  };
  progress.unchanged = plan.unchanged.length;

  report("writing-tasks");
  // Details whose etag is known are written beside the tasks: each has its own etag
  // (https://learn.microsoft.com/graph/api/resources/planner-overview#planner-resource-versioning),
  // so neither write waits for the other.
  const [outcome, removedEarlier, earlyDetailFailures] = await Promise.all([
    writeTasks(client, input.planId, bucketId, plan, signal),
    deleteUntouchedTasks(client, plan.removals, signal),
    patchWithEtags(client, plan.detailUpdates.filter(hasEtag).map(toDetailsWrite), signal),
  ]);
  progress.created = outcome.created.size;
  report("writing-details");
  const detailWrites: EtagWrite[] = [
    ...[...outcome.created].map(([actionId, task]) => ({
      key: actionId,
      url: detailsUrl(task.id),
      body: detailsPatchBody(desiredOf(desired, actionId).details),
      kind: "details" as const,
    })),
    ...plan.detailUpdates
      .filter((update) => !hasEtag(update) && !outcome.failures.has(update.actionId))
      .map((update) => {
        const etag = outcome.detailEtags.get(update.actionId);
        return toDetailsWrite(etag === undefined ? update : { ...update, etag });
      }),
  ];
  // A create may have landed twice unheard (a resent POST): the bucket is listed again, beside the
  // details writes so it costs no extra round trip, and untouched twins of this run's tasks go.
  const bucketIds = [...new Set([bucketId, ...target.readBucketIds])];
  const [lateDetailFailures, relisted] = await Promise.all([
    patchWithEtags(client, detailWrites, signal),
    outcome.created.size > 0 ? listTasksOf(client, bucketIds, signal) : Promise.resolve(undefined),
  ]);
  const detailFailures = new Map([...earlyDetailFailures, ...lateDetailFailures]);
  const verified =
    relisted === undefined
      ? { removed: 0, touched: [] }
      : await removeCreatedCopies(client, relisted, desired, outcome, plan, signal);
  const result = {
    ...assembleResult(input.previous, desired, plan, outcome, detailFailures, bucketId),
    removedCopies: removedEarlier + verified.removed,
    touchedCopies: [...plan.touchedCopies, ...verified.touched],
  };
  Object.assign(progress, { created: result.created, updated: result.updated, unchanged: result.unchanged });
  input.onProgress?.({ phase: "done", ...progress });
  const failures = [...outcome.failures, ...detailFailures].map(([actionId, error]) => ({
    actionId,
    error,
  }));
  if (failures.length > 0) throw new PublishIncompleteError(result, failures);
  return result;
}

async function readExisting(
  client: GraphClient,
  bucketIds: readonly string[],
  alreadyListed: ReadonlyMap<string, ExistingTask[]>,
  desired: readonly DesiredTask[],
  previous: Readonly<Record<string, PlannerLink>>,
  signal: AbortSignal | undefined,
): Promise<ExistingTask[]> {
  const listed = [
    ...bucketIds.flatMap((id) => alreadyListed.get(id) ?? []),
    ...(await listTasksOf(
      client,
      bucketIds.filter((id) => !alreadyListed.has(id)),
      signal,
    )),
  ];
  const listedIds = new Set(listed.map((task) => task.id));
  const linkedIds = new Set(Object.values(previous).map((link) => link.taskId));
  // A linked task missing from the listing was moved to another bucket, or deleted (then recreated).
  const movedIds = desired
    .map((d) => previous[d.actionId]?.taskId)
    .filter((id): id is string => id !== undefined && !listedIds.has(id));
  // Details tell whose an unlinked task is (marker) and whether they were written: read them only
  // when some action item has no live link — never on a plain re-publish.
  const unlinked = listed.filter((task) => !linkedIds.has(task.id));
  const someUnlinked = desired.some((d) => !listedIds.has(previous[d.actionId]?.taskId ?? ""));
  const [moved, details] = await Promise.all([
    readTasks(client, movedIds, signal),
    readDetails(client, someUnlinked ? unlinked.map((task) => task.id) : [], { signal }),
  ]);
  return [...listed.map((task) => withDetails(task, details.get(task.id))), ...moved];
}

function withDetails(task: ExistingTask, details: ExistingTask["details"]): ExistingTask {
  return details === undefined ? task : { ...task, details };
}

function assembleResult(
  previous: Readonly<Record<string, PlannerLink>>,
  desired: readonly DesiredTask[],
  plan: PublishPlan,
  outcome: TaskOutcome,
  detailFailures: ReadonlyMap<string, Error>,
  bucketId: string,
): Omit<PublishResult, "removedCopies" | "touchedCopies"> {
  // Links of action items no longer in the minutes are kept: their tasks stay theirs.
  const planner: Record<string, PlannerLink> = { ...previous };
  let updated = 0;
  for (const d of desired) {
    const taskFailed = outcome.failures.has(d.actionId);
    const detailsFailed = detailFailures.has(d.actionId);
    const created = outcome.created.get(d.actionId);
    const link = created ? { taskId: created.id, bucketId, fingerprint: d.fingerprint } : plan.links[d.actionId];
    if (link === undefined) continue;
    // A half-done write leaves a fingerprint that cannot match, so the next publish completes it.
    planner[d.actionId] = {
      ...link,
      fingerprint: taskFailed || detailsFailed ? partialFingerprint(d, !taskFailed, !detailsFailed) : link.fingerprint,
    };
    if (!created && !plan.unchanged.includes(d.actionId) && !taskFailed && !detailsFailed) updated += 1;
  }
  return { planner, created: outcome.created.size, updated, unchanged: plan.unchanged.length };
}

function partialFingerprint(desired: DesiredTask, taskWritten: boolean, detailsWritten: boolean): string {
  return `v1.${taskWritten ? hashTaskFields(desired.fields) : "-"}.${detailsWritten ? hashDetails(desired.details) : "-"}`;
}

function desiredOf(desired: readonly DesiredTask[], actionId: string): DesiredTask {
  const found = desired.find((d) => d.actionId === actionId);
  if (!found) throw new Error(`No action item ${actionId}`);
  return found;
}

/**
 * Lists the bucket again after creating and deletes untouched copies of the tasks this run
 * created: the one whose answer we got is kept (it has the details), the unheard twin goes.
 */
async function listTasksOf(
  client: GraphClient,
  bucketIds: readonly string[],
  signal: AbortSignal | undefined,
): Promise<ExistingTask[]> {
  return (await Promise.all(bucketIds.map((id) => listBucketTasks(client, id, signal)))).flat();
}

async function removeCreatedCopies(
  client: GraphClient,
  listed: readonly ExistingTask[],
  desired: readonly DesiredTask[],
  outcome: TaskOutcome,
  plan: PublishPlan,
  signal: AbortSignal | undefined,
): Promise<{ removed: number; touched: PublishResult["touchedCopies"] }> {
  const byId = new Map(listed.map((task) => [task.id, task]));
  const matched = new Map<string, ExistingTask>();
  for (const [actionId, link] of Object.entries(plan.links)) {
    const task = byId.get(link.taskId);
    if (task) matched.set(actionId, task);
  }
  for (const [actionId, created] of outcome.created) matched.set(actionId, byId.get(created.id) ?? created);
  const createdDesired = desired.filter((d) => outcome.created.has(d.actionId));
  const repair = planCopyRepair(createdDesired, matched, listed);
  const removed = await deleteUntouchedTasks(client, repair.removals, signal);
  return { removed, touched: repair.touchedCopies };
}
