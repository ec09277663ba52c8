// A Planner task's progress as the personal tab shows it. Planner has three progress states and
// stores them as percentComplete: 0 not started, 1–99 in progress (its apps write 50), 100 done
// (https://learn.microsoft.com/graph/api/resources/plannertask, percentComplete).
import { getWallClock } from "@/lib/time/zoned-time";
import type { MyTask, TaskProgress, TaskStatus } from "./types";

export const progressPercent: Record<TaskProgress, number> = { notStarted: 0, inProgress: 50, done: 100 };

export function toProgress(percentComplete: number): TaskProgress {
  if (percentComplete >= 100) return "done";
  return percentComplete > 0 ? "inProgress" : "notStarted";
}

/**
 * Overdue the way Planner's own apps show it: by date, not by the minute — a task due on a day is late
 * from the next day in the viewer's zone, however the due instant falls within that day.
 */
export function computeTaskStatus(
  task: Pick<MyTask, "percentComplete" | "dueDateTime">,
  now: Date,
  timeZone: string,
): TaskStatus {
  const progress = toProgress(task.percentComplete);
  if (progress === "done" || task.dueDateTime === undefined) return { progress, overdueDays: 0 };
  const due = new Date(task.dueDateTime);
  if (Number.isNaN(due.getTime())) return { progress, overdueDays: 0 };
  return { progress, overdueDays: Math.max(0, countDaysBetween(due, now, timeZone)) };
}

/** Calendar days from `from`'s date to `to`'s date, both read in `timeZone`. */
export function countDaysBetween(from: Date, to: Date, timeZone: string): number {
  const a = getWallClock(from, timeZone);
  const b = getWallClock(to, timeZone);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** Earliest due first, so the most overdue lead; tasks without a due date last; then by title. */
export function sortTasks(tasks: readonly MyTask[]): MyTask[] {
  const dueOf = (task: MyTask): number =>
    task.dueDateTime === undefined ? Number.POSITIVE_INFINITY : new Date(task.dueDateTime).getTime();
  return [...tasks].sort((a, b) => dueOf(a) - dueOf(b) || a.title.localeCompare(b.title));
}

// Meetloop's minutes write a task's description as "验收标准：…" lines (the minutes feature's
// publish step); a task made elsewhere has free text, shown whole.
const standardPattern = /^\s*(?:验收标准|Standard of done)\s*[:：]\s*(.*)$/m;

/** The standard of done from a task's description, or the description itself when it has no such line. */
export function readStandardOfDone(description: string): { standard?: string; description: string } {
  const text = description.trim();
  const standard = standardPattern.exec(text)?.[1]?.trim();
  return standard !== undefined && standard !== "" && standard !== "—"
    ? { standard, description: text }
    : { description: text };
}
