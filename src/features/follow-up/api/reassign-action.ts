// Reassigns an action item whose owner can no longer do it (docs/domain.md §6): the Planner task
// first (reassign-task.ts, with If-Match), then the minutes that decided it — the action's owner
// becomes the new person and a reassignment entry keeps who it was, why, who decided and when.
// Both writes are idempotent, so a retry after any fault completes what the first attempt began.
import type { GraphClient } from "@/lib/graph";
import { reassignTask } from "@/meeting/api/planner/reassign-task";
import { getRecord, upsertRecord } from "@/meeting/api/workspace";
import type { Workspace } from "@/meeting/api/workspace";
import type { DirectoryPerson } from "@/meeting/model/directory/directory";
import type { PlannerTask } from "@/meeting/model/planner/planner-task";
import { getMinutesKey } from "@/meeting/model/record-keys";
import { minutesRecordSchema } from "@/meeting/model/records/minutes-record";
import type { MinutesRecord, ReassignmentReason } from "@/meeting/model/records/minutes-record";

export interface ReassignActionInput {
  seriesId: string;
  /** The occurrence whose minutes decided the action. */
  occurrenceKey: string;
  actionId: string;
  /** The linked Planner task as last read (its etag for If-Match); undefined when none exists. */
  task: PlannerTask | undefined;
  /** Planner assignees who can no longer do it (object ids), taken off the task. */
  removeIds: readonly string[];
  to: DirectoryPerson;
  reason: ReassignmentReason;
  /** Person key (object id) of the host or supervisor who reassigned it. */
  by: string;
  now?: Date;
}

export async function reassignAction(client: GraphClient, ws: Workspace, input: ReassignActionInput): Promise<void> {
  if (input.task !== undefined) await reassignTask(client, input.task, { remove: input.removeIds, add: input.to.id });
  const key = getMinutesKey(input.seriesId, input.occurrenceKey);
  const stored = await getRecord(client, ws, "minutes", key, minutesRecordSchema);
  if (stored === undefined) throw new Error(`The minutes of ${input.occurrenceKey} are gone; the task was reassigned.`);
  const at = (input.now ?? new Date()).toISOString();
  const apply = (minutes: MinutesRecord): MinutesRecord => recordReassignment(minutes, input, at);
  await upsertRecord(
    client,
    ws,
    "minutes",
    { key, seriesId: input.seriesId, occurrenceKey: input.occurrenceKey },
    apply(stored.value),
    { schema: minutesRecordSchema, merge: (latest) => apply(latest) },
  );
}

/** Pure: the minutes with the action handed on; unchanged when it already has that owner. */
export function recordReassignment(minutes: MinutesRecord, input: ReassignActionInput, at: string): MinutesRecord {
  const action = minutes.actions.find((a) => a.id === input.actionId);
  const to = input.to.id.toLowerCase();
  const isSameOwner = (owner: string) =>
    [to, input.to.userPrincipalName.toLowerCase()].includes(owner.trim().toLowerCase());
  if (action === undefined || isSameOwner(action.owner)) return minutes;
  return {
    ...minutes,
    updatedBy: input.by,
    updatedAt: at,
    actions: minutes.actions.map((a) => (a.id === input.actionId ? { ...a, owner: to, ownerName: input.to.name } : a)),
    reassignments: [
      ...(minutes.reassignments ?? []),
      {
        actionId: action.id,
        from: action.owner,
        fromName: action.ownerName,
        to,
        toName: input.to.name,
        reason: input.reason,
        by: input.by,
        at,
      },
    ],
  };
}
