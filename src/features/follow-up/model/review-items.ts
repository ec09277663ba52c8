// Pure: the review that opens every occurrence (docs/domain.md §1 "next time": 汇报上次会议决策执行情况).
// Every action item from an earlier occurrence that nobody has accepted yet, with its live status,
// how many times it has been followed up, and the verdict given at this occurrence, if any.
import type { ReviewRecord } from "@/meeting/model/records/review-record";
import { lookUpTask } from "./series-actions";
import type { SeriesAction } from "./series-actions";
import { groupBy } from "./index-records";
import { deriveActionStatus, getEffectiveDue, statusRank } from "@/meeting/model/planner/action-status";
import type { ActionStatus } from "@/meeting/model/planner/action-status";
import type { PlannerTask } from "@/meeting/model/planner/planner-task";
import { getTaskOwnership } from "@/meeting/model/planner/task-owners";
import type { TaskOwnership } from "@/meeting/model/planner/task-owners";
import type { Directory } from "@/meeting/model/directory/directory";

export interface ReviewItem extends SeriesAction {
  /** The due date that counts (Planner's when set there). */
  due: string | undefined;
  status: ActionStatus;
  /** 1 at the first review; +1 for every earlier occurrence at which it was not accepted. */
  carryCount: number;
  /** The verdict given at the occurrence being reviewed, if one was given yet. */
  verdict: ReviewRecord | undefined;
  /** Who has it now, as Planner and the directory say. */
  ownership: TaskOwnership;
  /** The Planner task, for a reassignment with If-Match; undefined when none is linked or it is gone. */
  task: PlannerTask | undefined;
}

export interface ReviewInput {
  actions: readonly SeriesAction[];
  reviews: readonly ReviewRecord[];
  tasks: ReadonlyMap<string, PlannerTask>;
  directory: Directory;
  /** The occurrence whose agenda opens with this review. */
  occurrenceKey: string;
  now: Date;
  timeZone: string;
}

/**
 * Occurrence keys are the original start as an ISO 8601 UTC instant (series feature), so they
 * sort chronologically as strings.
 */
export function isEarlier(occurrenceKey: string, than: string): boolean {
  return occurrenceKey < than;
}

/** Accepted at an occurrence before `occurrenceKey`: it left the review from the next one on. */
export function isAcceptedBefore(actionId: string, reviews: readonly ReviewRecord[], occurrenceKey: string): boolean {
  return reviews.some(
    (r) => r.actionId === actionId && r.verdict === "accepted" && isEarlier(r.occurrenceKey, occurrenceKey),
  );
}

/** 1 + the earlier occurrences at which it was reviewed and not accepted. */
export function countCarry(actionId: string, reviews: readonly ReviewRecord[], occurrenceKey: string): number {
  const rejectedAt = new Set(
    reviews
      .filter(
        (r) => r.actionId === actionId && r.verdict === "notAccepted" && isEarlier(r.occurrenceKey, occurrenceKey),
      )
      .map((r) => r.occurrenceKey),
  );
  return 1 + rejectedAt.size;
}

export function buildReviewItems(input: ReviewInput): ReviewItem[] {
  const { occurrenceKey, now, timeZone } = input;
  // Each action's own reviews, found once: searching every review per action grew with the square
  // of the series' age.
  const reviewsOf = groupBy(input.reviews, (r) => r.actionId);
  const items = input.actions
    .filter(
      (action) =>
        isEarlier(action.occurrenceKey, occurrenceKey) &&
        !isAcceptedBefore(action.actionId, reviewsOf.get(action.actionId) ?? [], occurrenceKey),
    )
    .map((action): ReviewItem => {
      const reviews = reviewsOf.get(action.actionId) ?? [];
      const lookup = lookUpTask(action, input.tasks);
      const due = getEffectiveDue(action.due, lookup, timeZone);
      const task = lookup.kind === "found" ? lookup.task : undefined;
      return {
        ...action,
        due,
        status: deriveActionStatus(due, lookup, now, timeZone),
        carryCount: countCarry(action.actionId, reviews, occurrenceKey),
        verdict: reviews.find((r) => r.actionId === action.actionId && r.occurrenceKey === occurrenceKey),
        ownership: getTaskOwnership(action, task, input.directory),
        task,
      };
    });
  return sortReviewItems(items);
}

/** Overdue first (most overdue first), then deleted, not started, in progress, done; then by due date. */
export function sortReviewItems<
  T extends { status: ActionStatus; due: string | undefined; occurrenceKey: string; actionId: string },
>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      statusRank[a.status.kind] - statusRank[b.status.kind] ||
      overdueDays(b.status) - overdueDays(a.status) ||
      (a.due ?? "9999").localeCompare(b.due ?? "9999") ||
      a.occurrenceKey.localeCompare(b.occurrenceKey) ||
      a.actionId.localeCompare(b.actionId),
  );
}

function overdueDays(status: ActionStatus): number {
  return status.kind === "overdue" ? status.days : 0;
}

/**
 * What the viewer may do with an item at the review. The host, the organizer or the item's supervisor
 * reviews it — never its owner, not even an owner who hosts this week (nobody accepts their own
 * work). Accepting needs the task done in Planner; otherwise only an explicit "accept anyway" with
 * a reason.
 */
export type ReviewRight = { kind: "none" } | { kind: "ownItem" } | { kind: "review"; isDone: boolean };

export function getReviewRight(
  item: Pick<ReviewItem, "owner" | "supervisor" | "status">,
  me: string | undefined,
  isHostOrOrganizer: boolean,
): ReviewRight {
  if (me === undefined || me === "") return { kind: "none" };
  const viewer = me.toLowerCase();
  if (item.owner.toLowerCase() === viewer) return { kind: "ownItem" };
  if (!isHostOrOrganizer && item.supervisor?.toLowerCase() !== viewer) return { kind: "none" };
  return { kind: "review", isDone: item.status.kind === "done" };
}

/**
 * The viewer's own item: Planner's owners first (a reassigned item is the new owner's), else the
 * owner the minutes name. `keyOf` maps older records' UPNs to person keys, like the viewer's.
 */
export function isOwnItem(
  item: Pick<ReviewItem, "owner" | "ownership">,
  me: string | undefined,
  keyOf: (person: string) => string,
): boolean {
  if (me === undefined) return false;
  const owners = item.ownership.owners;
  return owners.length > 0 ? owners.some((o) => keyOf(o.key) === me) : keyOf(item.owner) === me;
}
