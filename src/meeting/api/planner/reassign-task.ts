// Hands a Planner task to someone else: one PATCH of its assignments with If-Match. Planner keys
// assignments by user id; an assignment is removed by sending null for it and added with a
// plannerAssignment whose @odata.type and orderHint are required
// (https://learn.microsoft.com/graph/api/resources/plannerassignments). A 412 means someone changed
// the task since it was read (https://learn.microsoft.com/graph/api/resources/planner-overview#planner-resource-versioning):
// the task is read again and, if the change is still needed, written against the fresh etag. A
// retry after a lost answer finds the assignment already made and writes nothing.
import { GraphRequestError } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import type { PlannerTask } from "../../model/planner/planner-task";
import { plannerTaskSelect, toPlannerTask } from "./planner-task";

const maxAttempts = 3;

export interface TaskReassignment {
  /** Assignees to take off the task (object ids). */
  remove: readonly string[];
  /** The new owner's object id. */
  add: string;
}

export async function reassignTask(client: GraphClient, task: PlannerTask, change: TaskReassignment): Promise<void> {
  let current = task;
  for (let attempt = 1; ; attempt++) {
    const body = buildAssignmentsPatch(current, change);
    if (body === undefined) return;
    try {
      await client.patch(`/planner/tasks/${encodeURIComponent(current.id)}`, body, {
        operation: "updatePlannerTask",
        ifMatch: current.etag,
      });
      return;
    } catch (error) {
      if (!(error instanceof GraphRequestError) || error.status !== 412 || attempt >= maxAttempts) throw error;
      current = await getTask(client, current.id);
    }
  }
}

/** The assignments PATCH still needed, or undefined when the task already has the new owner alone of those. */
export function buildAssignmentsPatch(task: PlannerTask, change: TaskReassignment): object | undefined {
  const stale = change.remove.filter((id) => id !== change.add && task.assigneeIds.includes(id));
  const needsAdd = !task.assigneeIds.includes(change.add);
  if (stale.length === 0 && !needsAdd) return undefined;
  const assignments: Record<string, unknown> = Object.fromEntries(stale.map((id) => [id, null]));
  if (needsAdd) assignments[change.add] = { "@odata.type": "#microsoft.graph.plannerAssignment", orderHint: " !" };
  return { assignments };
}

async function getTask(client: GraphClient, taskId: string): Promise<PlannerTask> {
  const { body } = await client.get<unknown>(
    `/planner/tasks/${encodeURIComponent(taskId)}?$select=${plannerTaskSelect}`,
    { operation: "getPlannerTask" },
  );
  return toPlannerTask(body);
}
