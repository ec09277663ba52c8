// Planner's own rules on what a client may write, as "Common Planner error conditions" states
// them (https://learn.microsoft.com/graph/api/resources/planner-overview#common-planner-error-conditions):
// - 400 when a value of an open type (plannerAssignments, plannerChecklistItems,
//   plannerExternalReferences) does not declare its @odata.type or has no property besides it;
// - 400 when an order hint is not in the client format of "Using order hints in Planner"
//   (https://learn.microsoft.com/graph/api/resources/planner-order-hint-format): characters from
//   ' ' to '~', `<previous> <next>!` — so a value the service returned cannot be sent back as is;
//   the service then stores a value of its own;
// - 403 with the limit's name as the code when a plan or task would pass one of Planner's limits
//   (state/limits.ts).
import { GraphError, badRequest } from "../http/graph-error.ts";
import type { PlannerLimits } from "../state/limits.ts";
import type { PlannerState } from "../state/tenant-state.ts";

type Body = Record<string, unknown>;

export type OpenType = "plannerAssignment" | "plannerChecklistItem" | "plannerExternalReference";

/** A non-null value of an open-type map must say what it is and carry at least one property. */
export function checkOpenTypeValue(path: string, value: Body, type: OpenType): void {
  const declared = value["@odata.type"];
  if (declared !== `#microsoft.graph.${type}` && declared !== `microsoft.graph.${type}`) {
    throw badRequest(
      `${path}: the value of an open type property must declare "@odata.type": "#microsoft.graph.${type}".`,
      "invalidRequest",
    );
  }
  if (Object.keys(value).every((key) => key.startsWith("@odata"))) {
    throw badRequest(`${path}: the value of an open type property has no properties.`, "invalidRequest");
  }
}

const clientHint = /^[\x20-\x7e]* [\x20-\x7e]*!$/;

/** Throws unless `value` is an order hint a client may send. */
export function checkOrderHint(path: string, value: unknown): void {
  if (typeof value !== "string" || !clientHint.test(value)) {
    throw badRequest(
      `${path}: the order hint ${JSON.stringify(value)} is not in the format '<previous hint> <next hint>!' (for example ' !' for the first place).`,
      "invalidRequest",
    );
  }
}

/** The short value the service keeps and returns in place of a client's order hint. */
export function createServiceOrderHint(revision: number): string {
  return String(8_585_000_000_000 + revision);
}

export function limitExceeded(code: string, message: string): GraphError {
  return new GraphError(403, code, message);
}

export function checkBucketLimit(planner: PlannerState, planId: string, limits: PlannerLimits): void {
  const buckets = Object.values(planner.buckets).filter((b) => b.planId === planId).length;
  if (buckets >= limits.bucketsPerPlan) {
    throw limitExceeded(
      "MaximumBucketsInProject",
      `The plan already has ${buckets} buckets, the most a plan can hold (${limits.bucketsPerPlan}).`,
    );
  }
}

function isActive(task: Body): boolean {
  return task.percentComplete !== 100;
}

/** For a new task: the plan's task limit, and its active-task limit when the task is not complete. */
export function checkTaskLimits(
  planner: PlannerState,
  planId: string,
  limits: PlannerLimits,
  becomesActive: boolean,
): void {
  const tasks = Object.values(planner.tasks).filter((t) => t.planId === planId);
  if (tasks.length >= limits.tasksPerPlan) {
    throw limitExceeded(
      "MaximumTasksInProject",
      `The plan already has ${tasks.length} tasks, the most a plan can hold (${limits.tasksPerPlan}).`,
    );
  }
  if (becomesActive) checkActiveTasks(tasks, limits);
}

/** For a completed task reopened (percentComplete below 100 again). */
export function checkReopen(planner: PlannerState, planId: string, limits: PlannerLimits): void {
  checkActiveTasks(
    Object.values(planner.tasks).filter((t) => t.planId === planId),
    limits,
  );
}

function checkActiveTasks(tasks: readonly Body[], limits: PlannerLimits): void {
  const active = tasks.filter(isActive).length;
  if (active >= limits.activeTasksPerPlan) {
    throw limitExceeded(
      "MaximumActiveTasksInProject",
      `The plan already has ${active} tasks that are not completed, the most a plan can hold (${limits.activeTasksPerPlan}).`,
    );
  }
}

export function checkMapSize(code: string, what: string, map: Body, max: number): void {
  const size = Object.keys(map).length;
  if (size > max) throw limitExceeded(code, `A task can have at most ${max} ${what}; this change would make ${size}.`);
}
