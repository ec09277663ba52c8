// Pure: whether a task of the bucket is an action item's own — by the marker our details carry, or,
// before the details were written, by the fields its creation wrote. A bucket holds a month's
// occurrences (bucket-names.ts) and whatever people add to it, so the second test is kept to
// tasks that are exactly what an interrupted create leaves: no marker and no description at all.
// Another occurrence's task with the same title, owner and due date has both once published.
import { toEpochMs } from "./fingerprint";
import { readKeyMarker, readMarker } from "./task-content";
import type { ExistingTask, TaskFields } from "./types";

/**
 * The action id our reference carries, if the task's details were read: in its URL (the key), or
 * at the end of its alias where an earlier publish wrote it (task-content.ts).
 */
export function markerOf(task: ExistingTask): string | undefined {
  for (const [key, alias] of Object.entries(task.details?.references ?? {})) {
    const marker = readKeyMarker(key) ?? readMarker(alias);
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

/** A task an interrupted publish may have created for these fields: nothing written but the creation. */
export function isBareCreation(task: ExistingTask, fields: TaskFields): boolean {
  return markerOf(task) === undefined && !task.hasDescription && hasCreationFields(task, fields);
}
