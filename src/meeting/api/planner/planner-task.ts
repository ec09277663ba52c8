// The one adapter from Graph's plannerTask to our PlannerTask: every feature that reads tasks
// (the publish, the review, My meetings) checks and maps them here, keeping the etag for If-Match.
// Properties a $select leaves out arrive absent and take Planner's defaults
// (https://learn.microsoft.com/graph/api/resources/plannertask).
import * as z from "zod/mini";
import type { PlannerTask } from "../../model/planner/planner-task";

const plannerTaskSchema = z.object({
  id: z.string(),
  "@odata.etag": z.optional(z.string()),
  planId: z.optional(z.string()),
  bucketId: z.optional(z.nullable(z.string())),
  title: z.optional(z.nullable(z.string())),
  percentComplete: z.optional(z.nullable(z.number())),
  completedDateTime: z.optional(z.nullable(z.string())),
  dueDateTime: z.optional(z.nullable(z.string())),
  priority: z.optional(z.nullable(z.number())),
  // An assignment removed in a PATCH is sent as null and may come back so.
  assignments: z.optional(z.nullable(z.record(z.string(), z.nullable(z.unknown())))),
  hasDescription: z.optional(z.nullable(z.boolean())),
});

/** The plannerTask properties any of our reads needs, for $select. */
export const plannerTaskSelect =
  "id,planId,bucketId,title,percentComplete,completedDateTime,dueDateTime,priority,assignments,hasDescription";

/** The task in a body that may not hold one (a 204 where a representation was asked for): undefined. */
export function tryToPlannerTask(raw: unknown): PlannerTask | undefined {
  return plannerTaskSchema.safeParse(raw).success ? toPlannerTask(raw) : undefined;
}

export function toPlannerTask(raw: unknown): PlannerTask {
  const task = plannerTaskSchema.parse(raw);
  return {
    id: task.id,
    etag: task["@odata.etag"] ?? "",
    planId: task.planId,
    bucketId: task.bucketId ?? null,
    title: task.title ?? "",
    percentComplete: task.percentComplete ?? 0,
    completedDateTime: task.completedDateTime ?? null,
    dueDateTime: task.dueDateTime ?? null,
    priority: task.priority ?? 5,
    assigneeIds: Object.entries(task.assignments ?? {})
      .filter(([, value]) => value !== null)
      .map(([id]) => id),
    hasDescription: task.hasDescription ?? false,
  };
}
