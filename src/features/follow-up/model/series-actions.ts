// Pure: the action items of a series, flattened from its published minutes, each with the agenda
// item and decision it came from and the Planner task it was published as.
import type { MinutesRead } from "@/meeting/model/records/read-schemas";
import type { TaskLookup } from "@/meeting/model/planner/action-status";
import type { PlannerTask } from "@/meeting/model/planner/planner-task";

export interface SeriesAction {
  actionId: string;
  /** The occurrence whose minutes decided it. */
  occurrenceKey: string;
  what: string;
  owner: string;
  ownerName: string;
  /** YYYY-MM-DD as the minutes say; Planner's own due date wins when it has one (getEffectiveDue). */
  due: string | undefined;
  standard: string;
  supervisor: string | undefined;
  supervisorName: string | undefined;
  itemId: string | undefined;
  itemTitle: string | undefined;
  decisionId: string | undefined;
  decisionText: string | undefined;
  taskId: string | undefined;
  /** Who had it before, when it was reassigned from the review (the minutes' record of it). */
  reassignedFromName: string | undefined;
}

/**
 * Only published minutes count: a draft's action items were never sent to Planner or to anyone.
 * An amended record that is a draft again still counts with what it holds.
 */
export function isPublished(minutes: MinutesRead): boolean {
  return minutes.status === "published" || minutes.published !== undefined;
}

export function listSeriesActions(minutes: readonly MinutesRead[]): SeriesAction[] {
  const actions: SeriesAction[] = [];
  for (const record of minutes) {
    if (!isPublished(record)) continue;
    const items = record.items ?? [];
    for (const action of record.actions ?? []) {
      const item = items.find((i) => i.id === action.itemId);
      const decision =
        action.decisionId === undefined
          ? undefined
          : items.flatMap((i) => i.decisions ?? []).find((d) => d.id === action.decisionId);
      actions.push({
        actionId: action.id,
        occurrenceKey: record.occurrenceKey,
        what: action.what,
        owner: action.owner,
        ownerName: action.ownerName ?? action.owner,
        due: action.due,
        standard: action.standard ?? "",
        supervisor: action.supervisor,
        supervisorName: action.supervisorName,
        itemId: action.itemId,
        itemTitle: item?.title,
        decisionId: action.decisionId,
        decisionText: decision?.text,
        taskId: record.published?.planner?.[action.id]?.taskId,
        reassignedFromName: record.reassignments?.findLast((r) => r.actionId === action.id)?.fromName,
      });
    }
  }
  return actions;
}

/** The task an action was published as: found in what Planner returned, gone, or never published. */
export function lookUpTask(action: Pick<SeriesAction, "taskId">, tasks: ReadonlyMap<string, PlannerTask>): TaskLookup {
  if (action.taskId === undefined) return { kind: "unlinked" };
  const task = tasks.get(action.taskId);
  return task === undefined ? { kind: "deleted", taskId: action.taskId } : { kind: "found", task };
}
