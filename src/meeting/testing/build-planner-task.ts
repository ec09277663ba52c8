import type { PlannerTask } from "../model/planner/planner-task";

/** A Planner task with fixed defaults: not started, no due date, unassigned. */
export function buildPlannerTask(overrides: Partial<PlannerTask> = {}): PlannerTask {
  return {
    id: "t1",
    etag: 'W/"JzEtVGFzayAgQEBAQEBAQEBAQEBAQEBAWCc="',
    planId: "plan-1",
    bucketId: null,
    title: "整理双十一退款工单",
    percentComplete: 0,
    completedDateTime: null,
    dueDateTime: null,
    priority: 5,
    assigneeIds: [],
    hasDescription: false,
    ...overrides,
  };
}
