// A Planner task as Meetloop reads it, and the one rule for when it is done. Planner stores
// progress as percentComplete — 0 not started, 1–99 in progress (its apps write 50), 100 done — and
// sets completedDateTime when a task is completed (https://learn.microsoft.com/graph/api/resources/plannertask).

export interface PlannerTask {
  id: string;
  /** For If-Match on every PATCH (https://learn.microsoft.com/graph/api/resources/planner-overview#planner-resource-versioning). */
  etag: string;
  planId: string | undefined;
  bucketId: string | null;
  title: string;
  percentComplete: number;
  /** ISO instant, or null while not done. */
  completedDateTime: string | null;
  /** ISO instant (Planner's DateTimeOffset), or null when the task has no due date. */
  dueDateTime: string | null;
  /** 0 (urgent) … 10 (low); Planner's default is 5. */
  priority: number;
  /** Entra object ids of the people assigned. */
  assigneeIds: string[];
  hasDescription: boolean;
}

export type TaskProgress = "notStarted" | "inProgress" | "done";

/** The percentComplete Planner's own apps write for each progress state. */
export const progressPercent: Record<TaskProgress, number> = { notStarted: 0, inProgress: 50, done: 100 };

/** Done when Planner says 100 % or has a completion time: either is how a task is completed. */
export function isTaskDone(task: Pick<PlannerTask, "percentComplete" | "completedDateTime">): boolean {
  return task.percentComplete >= 100 || task.completedDateTime !== null;
}

export function getTaskProgress(task: Pick<PlannerTask, "percentComplete" | "completedDateTime">): TaskProgress {
  if (isTaskDone(task)) return "done";
  return task.percentComplete > 0 ? "inProgress" : "notStarted";
}
