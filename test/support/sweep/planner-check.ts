// The Planner invariant after a run settles: exactly one task per action item in the bucket, each
// with its details (the standard of done and the reference back to the minutes) and its owner
// assigned. Read from the emulator's state, in Graph's JSON shapes.
import type { StartedEmulator } from "../../../emulator/start-emulator";
import type { ActionItem } from "@/meeting/model/records/minutes-record";
import { readKeyMarker } from "@/features/minutes/planner-sync";
import { planId } from "./common";

interface TaskView {
  id: string;
  title: string;
  bucketId: string | null;
  assignments: Record<string, unknown>;
}

interface DetailsView {
  description?: string;
  references?: Record<string, { alias?: string } | null>;
}

export function checkPlanner(emulator: StartedEmulator, actions: readonly ActionItem[], bucketName: string): string[] {
  const state = emulator.emulator.getState();
  const buckets = new Set(
    Object.values(state.planner.buckets)
      .filter((b) => b.planId === planId && b.name === bucketName)
      .map((b) => b.id),
  );
  const tasks = (Object.values(state.planner.tasks) as unknown as TaskView[]).filter(
    (t) => t.bucketId !== null && buckets.has(t.bucketId),
  );
  const detailsOf = (id: string) => state.planner.taskDetails[id] as DetailsView | undefined;
  const idOf = new Map(state.users.map((u) => [u.userPrincipalName.toLowerCase(), u.id]));
  const violations: string[] = [];
  const byAction = new Map<string, number>();
  for (const task of tasks) {
    const details = detailsOf(task.id);
    // The action's marker rides in the reference's URL (task-content.ts).
    const actionId = Object.entries(details?.references ?? {})
      .filter(([, reference]) => reference !== null)
      .map(([key]) => readKeyMarker(key))
      .find((marker) => marker !== undefined);
    if (actionId === undefined || !(details?.description ?? "").startsWith("验收标准：")) {
      violations.push(`task ${task.id} (${task.title}) has no details`);
      continue;
    }
    byAction.set(actionId, (byAction.get(actionId) ?? 0) + 1);
    const owner = actions.find((a) => a.id === actionId)?.owner ?? "";
    if (!Object.keys(task.assignments).includes(idOf.get(owner.toLowerCase()) ?? "?"))
      violations.push(`task of ${actionId} is not assigned to ${owner}`);
  }
  for (const action of actions) {
    const count = byAction.get(action.id) ?? 0;
    if (count !== 1) violations.push(`${action.id} has ${count} tasks`);
  }
  if (tasks.length !== actions.length) violations.push(`${tasks.length} tasks for ${actions.length} action items`);
  return violations;
}
