import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { GraphClient } from "@/lib/graph";
import type { Viewer } from "@/lib/app-services/services-context";
import { useServices } from "@/lib/app-services/services-context";
import { progressPercent } from "@/meeting/model/planner/planner-task";
import type { MyMeetings, MyTask } from "../model/types";
import type { TaskProgress } from "@/meeting/model/planner/planner-task";
import { loadMyMeetings } from "./load-my-meetings";
import { personalQueryKeys } from "./query-keys";
import { TaskChangedError, getTaskDescription, updateTaskProgress } from "./task-progress";
import type { TaskState } from "./task-progress";

/** Everything "My meetings" shows for the signed-in viewer. */
export function myMeetingsQueryOptions(client: GraphClient, viewer: Viewer) {
  return queryOptions({
    queryKey: personalQueryKeys.myMeetings(viewer.userObjectId ?? viewer.userPrincipalName ?? "me"),
    queryFn: () =>
      loadMyMeetings(client, { hostName: viewer.userPrincipalName, now: new Date(), timeZone: viewer.timeZone }),
    staleTime: 60_000,
  });
}

export function taskDescriptionQueryOptions(client: GraphClient, taskId: string) {
  return queryOptions({
    queryKey: personalQueryKeys.taskDescription(taskId),
    queryFn: () => getTaskDescription(client, taskId),
    staleTime: 5 * 60_000,
  });
}

export function useMyMeetings() {
  const { graph, viewer } = useServices();
  return useQuery(myMeetingsQueryOptions(graph, viewer));
}

export function useTaskDescription(taskId: string, enabled: boolean) {
  const { graph } = useServices();
  return useQuery({ ...taskDescriptionQueryOptions(graph, taskId), enabled });
}

export interface ProgressChange {
  task: MyTask;
  progress: TaskProgress;
}

/** Replaces one task in the cached view; `undefined` removes it (deleted or moved away). */
export function replaceTask(
  data: MyMeetings,
  taskId: string,
  next: ((task: MyTask) => MyTask) | undefined,
): MyMeetings {
  return {
    ...data,
    tasks:
      next === undefined
        ? data.tasks.filter((t) => t.id !== taskId)
        : data.tasks.map((t) => (t.id === taskId ? next(t) : t)),
  };
}

/** The task as Planner now holds it: its progress, title, due date and etag are Planner's. */
function applyState(state: TaskState): (task: MyTask) => MyTask {
  return (task) => {
    const next: MyTask = {
      id: task.id,
      etag: state.etag,
      planId: task.planId,
      title: state.title,
      percentComplete: state.percentComplete,
      completedDateTime: state.completedDateTime,
      hasDescription: task.hasDescription,
      series: task.series,
    };
    return state.dueDateTime === undefined ? next : { ...next, dueDateTime: state.dueDateTime };
  };
}

/**
 * Sets a task's progress optimistically: the list shows the new state at once; a failure puts back
 * that task's own previous state (not the whole list, so a concurrent change to another task
 * survives); a 412 shows the task as it now is.
 */
export function useUpdateTaskProgress() {
  const { graph, viewer } = useServices();
  const queryClient = useQueryClient();
  const { queryKey } = myMeetingsQueryOptions(graph, viewer);
  const setData = (update: (data: MyMeetings) => MyMeetings): void => {
    queryClient.setQueryData(queryKey, (data) => (data === undefined ? data : update(data)));
  };
  return useMutation({
    mutationFn: ({ task, progress }: ProgressChange) => updateTaskProgress(graph, task, progress),
    onMutate: async ({ task, progress }: ProgressChange) => {
      await queryClient.cancelQueries({ queryKey });
      setData((data) =>
        replaceTask(data, task.id, (t) => ({
          ...t,
          percentComplete: progressPercent[progress],
          completedDateTime: progress === "done" ? t.completedDateTime : null,
        })),
      );
    },
    onSuccess: (state, { task }) => {
      setData((data) => replaceTask(data, task.id, applyState(state)));
    },
    onError: (error, { task }) => {
      if (error instanceof TaskChangedError) {
        setData((data) =>
          replaceTask(data, task.id, error.latest === undefined ? undefined : applyState(error.latest)),
        );
        return;
      }
      setData((data) =>
        replaceTask(data, task.id, (t) => ({ ...t, percentComplete: task.percentComplete, etag: task.etag })),
      );
    },
  });
}
