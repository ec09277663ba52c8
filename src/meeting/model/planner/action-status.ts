// Pure: an action item's live status from its Planner task (docs/domain.md §5: action items become
// Planner tasks; their status is read back at the next occurrence). Done is planner-task.ts's rule.
import { getWallClock } from "@/lib/time/zoned-time";
import { isTaskDone } from "./planner-task";
import type { PlannerTask } from "./planner-task";

/** What Planner said about an action's task: found, gone (404 or absent from the plan), or never published. */
export type TaskLookup =
  { kind: "found"; task: PlannerTask } | { kind: "deleted"; taskId: string } | { kind: "unlinked" };

export type ActionStatus =
  | { kind: "overdue"; days: number; percentComplete: number }
  | { kind: "deleted" }
  | { kind: "notInPlanner" }
  | { kind: "notStarted" }
  | { kind: "inProgress"; percentComplete: number }
  | { kind: "done"; completedOn: string | undefined };

export type ActionStatusKind = ActionStatus["kind"];

// Dates already worked out, by zone and instant: a series' tasks share a handful of due dates and
// completion days, and Intl's formatToParts behind getWallClock is the costliest step of tracking
// years of action items. Bounded, so a long-lived page does not grow it without end.
const localDates = new Map<string, string>();
const localDatesLimit = 20_000;

/** The calendar date (YYYY-MM-DD) an instant falls on in a time zone. */
export function toLocalDate(instant: Date, timeZone: string): string {
  const key = `${timeZone}|${String(instant.getTime())}`;
  const known = localDates.get(key);
  if (known !== undefined) return known;
  const wall = getWallClock(instant, timeZone);
  const date = `${String(wall.year).padStart(4, "0")}-${String(wall.month).padStart(2, "0")}-${String(wall.day).padStart(2, "0")}`;
  if (localDates.size >= localDatesLimit) localDates.clear();
  localDates.set(key, date);
  return date;
}

/** Whole days from one YYYY-MM-DD to another (negative when `to` is earlier); NaN for a malformed date. */
export function countDaysBetween(from: string, to: string): number {
  return Math.round((parseDate(to) - parseDate(from)) / 86_400_000);
}

function parseDate(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return Number.NaN;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/**
 * The due date that counts: Planner's, when the task has one — the owner or supervisor may have
 * moved it there — read as a date in the series' zone; else the one in the minutes.
 */
export function getEffectiveDue(
  minutesDue: string | undefined,
  lookup: TaskLookup,
  timeZone: string,
): string | undefined {
  if (lookup.kind === "found" && lookup.task.dueDateTime !== null)
    return toLocalDate(new Date(lookup.task.dueDateTime), timeZone);
  return minutesDue;
}

/**
 * Overdue means not done and the due date is before today in the series' zone: a task due today
 * is not late until the day is over where the meeting is held.
 */
export function deriveActionStatus(
  due: string | undefined,
  lookup: TaskLookup,
  now: Date,
  timeZone: string,
): ActionStatus {
  if (lookup.kind === "deleted") return { kind: "deleted" };
  if (lookup.kind === "unlinked") return { kind: "notInPlanner" };
  const { task } = lookup;
  if (isTaskDone(task)) {
    return {
      kind: "done",
      completedOn:
        task.completedDateTime === null ? undefined : toLocalDate(new Date(task.completedDateTime), timeZone),
    };
  }
  if (due !== undefined) {
    const days = countDaysBetween(due, toLocalDate(now, timeZone));
    if (days > 0) return { kind: "overdue", days, percentComplete: task.percentComplete };
  }
  return task.percentComplete > 0
    ? { kind: "inProgress", percentComplete: task.percentComplete }
    : { kind: "notStarted" };
}

/** Completed on or before its due date (in the series' zone); undefined when either is unknown. */
export function isCompletedOnTime(completedOn: string | undefined, due: string | undefined): boolean | undefined {
  if (completedOn === undefined || due === undefined) return undefined;
  const days = countDaysBetween(completedOn, due);
  return Number.isNaN(days) ? undefined : days >= 0;
}

/** Review order: overdue (most overdue first), deleted tasks, not started, in progress, done. */
export const statusRank: Record<ActionStatusKind, number> = {
  overdue: 0,
  deleted: 1,
  notInPlanner: 2,
  notStarted: 3,
  inProgress: 4,
  done: 5,
};
