// What a sync of a series' records (sync-series-records.ts) asks follow-up: the Planner tasks the
// minutes' action items link to, and the people the views will name.
import { minutesReadSchema } from "@/meeting/model/records/read-schemas";
import type { StoredRecord } from "@/meeting/api/workspace";
import type { PlannerTask } from "@/meeting/model/planner/planner-task";
import { listSeriesActions } from "../model/series-actions";
import type { SeriesAction } from "../model/series-actions";

function listActions(records: Record<string, StoredRecord<unknown>[]>): SeriesAction[] {
  const minutes = (records.minutes ?? []).flatMap((r) => {
    const parsed = minutesReadSchema.safeParse(r.value);
    return parsed.success ? [parsed.data] : [];
  });
  return listSeriesActions(minutes);
}

export function listLinkedTaskIds(records: Record<string, StoredRecord<unknown>[]>): string[] {
  return listActions(records).flatMap((a) => (a.taskId === undefined ? [] : [a.taskId]));
}

/** The people the directory must know about: each action's owner in the minutes and in Planner. */
export function listOwnerKeys(actions: readonly SeriesAction[], tasks: ReadonlyMap<string, PlannerTask>): string[] {
  return actions.flatMap((a) => [a.owner, ...(a.taskId === undefined ? [] : (tasks.get(a.taskId)?.assigneeIds ?? []))]);
}

export function listPeopleKeys(
  records: Record<string, StoredRecord<unknown>[]>,
  tasks: ReadonlyMap<string, PlannerTask>,
): string[] {
  return listOwnerKeys(listActions(records), tasks);
}
