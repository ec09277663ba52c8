// Pure: telling a publish that failed on one of Planner's limits from any other failure. Graph
// answers a write past a limit with 403 and the limit's name as the error code ("Common Planner
// error conditions", https://learn.microsoft.com/graph/api/resources/planner-overview#403-forbidden;
// the limits themselves: https://learn.microsoft.com/office365/planner/planner-limits). Retrying
// cannot help; someone has to make room in the plan, so the note-taker is told which limit it is.
import { GraphRequestError } from "@/lib/graph";
import { PublishIncompleteError } from "./publish-action-items";

export const plannerLimitCodes = [
  "MaximumBucketsInProject",
  "MaximumTasksInProject",
  "MaximumActiveTasksInProject",
  "MaximumTasksAssignedToUser",
  "MaximumTasksCreatedByUser",
  "MaximumAssigneesInTasks",
  "MaximumReferencesOnTask",
  "MaximumChecklistItemsOnTask",
] as const;

export type PlannerLimit = (typeof plannerLimitCodes)[number];

function readLimit(error: unknown): PlannerLimit | undefined {
  if (!(error instanceof GraphRequestError) || error.status !== 403) return undefined;
  return plannerLimitCodes.find((code) => code === error.code);
}

/** The Planner limit that stopped a publish (or one of its tasks), if that is why it failed. */
export function findPlannerLimit(error: unknown): PlannerLimit | undefined {
  if (error instanceof PublishIncompleteError)
    return error.failures.map((failure) => readLimit(failure.error)).find((limit) => limit !== undefined);
  return readLimit(error);
}
