// Pure: whether a task of the bucket is an action item's own — by the marker our details carry, or,
// before the details were written, by the fields its creation wrote.
import { toEpochMs } from "./fingerprint";
import { readMarker } from "./task-content";
import type { ExistingTask, TaskFields } from "./types";

/** The action id in our reference's alias, if the task's details were read and carry one. */
export function markerOf(task: ExistingTask): string | undefined {
  for (const alias of Object.values(task.details?.references ?? {})) {
    const marker = readMarker(alias);
    if (marker !== undefined) return marker;
  }
  return undefined;
}

/** What creation wrote: title, the owner among the assignees (others may have been added), due. */
export function hasCreationFields(task: ExistingTask, fields: TaskFields): boolean {
  return (
    task.title === fields.title &&
    task.assigneeIds.includes(fields.assigneeId) &&
    toEpochMs(task.dueDateTime) === toEpochMs(fields.dueDateTime)
  );
}
