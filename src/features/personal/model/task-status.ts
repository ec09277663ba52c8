// A Planner task's progress and lateness as the personal tab shows them. When a task is done is the
// kernel's one rule (src/meeting/model/planner); the personal tab counts lateness in the viewer's zone.
import { countDaysBetween, toLocalDate } from "@/meeting/model/planner/action-status";
import { getTaskProgress } from "@/meeting/model/planner/planner-task";
import type { MyTask, TaskStatus } from "./types";

/**
 * Overdue the way Planner's own apps show it: by date, not by the minute — a task due on a day is late
 * from the next day in the viewer's zone, however the due instant falls within that day.
 */
export function computeTaskStatus(
  task: Pick<MyTask, "percentComplete" | "completedDateTime" | "dueDateTime">,
  now: Date,
  timeZone: string,
): TaskStatus {
  const progress = getTaskProgress(task);
  if (progress === "done" || task.dueDateTime === undefined) return { progress, overdueDays: 0 };
  const due = new Date(task.dueDateTime);
  if (Number.isNaN(due.getTime())) return { progress, overdueDays: 0 };
  const days = countDaysBetween(toLocalDate(due, timeZone), toLocalDate(now, timeZone));
  return { progress, overdueDays: Math.max(0, days) };
}

/** Earliest due first, so the most overdue lead; tasks without a due date last; then by title. */
export function sortTasks(tasks: readonly MyTask[]): MyTask[] {
  const dueOf = (task: MyTask): number =>
    task.dueDateTime === undefined ? Number.POSITIVE_INFINITY : new Date(task.dueDateTime).getTime();
  return [...tasks].sort((a, b) => dueOf(a) - dueOf(b) || a.title.localeCompare(b.title));
}
