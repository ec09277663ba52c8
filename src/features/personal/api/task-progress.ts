// Updating a Planner task's progress from the personal tab, under Planner's concurrency rules:
// every write carries the etag last read as If-Match, and a stale one is refused with 412
// (https://learn.microsoft.com/graph/api/plannertask-update,
// https://learn.microsoft.com/graph/api/resources/planner-overview#planner-resource-versioning).
// On 412 the task is read afresh so the UI can show what someone else changed; nothing is retried
// blindly over their change.
import { GraphRequestError } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import { toPlannerTask, tryToPlannerTask } from "@/meeting/api/planner/planner-task";
import { progressPercent } from "@/meeting/model/planner/planner-task";
import type { PlannerTask, TaskProgress } from "@/meeting/model/planner/planner-task";
import type { MyTask } from "../model/types";
import { taskDetailsSchema } from "./graph-shapes";

/** What a task looks like after a write or a fresh read: the parts the list shows, and the etag. */
export interface TaskState {
  id: string;
  etag: string;
  title: string;
  percentComplete: number;
  completedDateTime: string | null;
  dueDateTime?: string;
}

/** The task changed (412) or disappeared (404) since the list was read; `latest` is its state now. */
export class TaskChangedError extends Error {
  override readonly name = "TaskChangedError";
  constructor(
    readonly taskId: string,
    readonly latest: TaskState | undefined,
    options?: { cause?: unknown },
  ) {
    super(
      latest === undefined
        ? `Planner task ${taskId} no longer exists`
        : `Planner task ${taskId} was changed by someone else`,
      options,
    );
  }
}

export async function getTaskState(client: GraphClient, taskId: string): Promise<TaskState> {
  const { body } = await client.get<unknown>(`/planner/tasks/${encodeURIComponent(taskId)}`, {
    operation: "getPlannerTask",
  });
  return toTaskState(toPlannerTask(body));
}

export async function updateTaskProgress(
  client: GraphClient,
  task: Pick<MyTask, "id" | "etag">,
  progress: TaskProgress,
): Promise<TaskState> {
  const path = `/planner/tasks/${encodeURIComponent(task.id)}`;
  try {
    // return=representation: Planner answers 200 with the task and its new etag instead of 204,
    // which saves a read before the next write.
    const result = await client.patch<unknown>(
      path,
      { percentComplete: progressPercent[progress] },
      { operation: "updatePlannerTask", ifMatch: task.etag, headers: { Prefer: "return=representation" } },
    );
    const parsed = tryToPlannerTask(result.body);
    if (parsed !== undefined) return toTaskState(parsed);
    // 204 after all (the preference is a hint): read the new etag rather than guess it.
    return await getTaskState(client, task.id);
  } catch (error) {
    if (!(error instanceof GraphRequestError) || (error.status !== 412 && error.status !== 404)) throw error;
    const latest =
      error.status === 404
        ? undefined
        : await getTaskState(client, task.id).catch((reread: unknown) => {
            // Deleted between the 412 and the re-read: the same outcome as a 404.
            if (reread instanceof GraphRequestError && reread.status === 404) return undefined;
            throw reread;
          });
    throw new TaskChangedError(task.id, latest, { cause: error });
  }
}

/** The task's description (plannerTaskDetails), read only when someone asks for it. */
export async function getTaskDescription(client: GraphClient, taskId: string): Promise<string> {
  const { body } = await client.get<unknown>(`/planner/tasks/${encodeURIComponent(taskId)}/details`, {
    operation: "getPlannerTaskDetails",
  });
  return taskDetailsSchema.parse(body).description ?? "";
}

function toTaskState(task: PlannerTask): TaskState {
  return {
    id: task.id,
    etag: task.etag,
    title: task.title,
    percentComplete: task.percentComplete,
    completedDateTime: task.completedDateTime,
    ...(task.dueDateTime ? { dueDateTime: task.dueDateTime } : {}),
  };
}
