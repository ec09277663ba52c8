// Pure: whether a task of the bucket is an action item's own — by the marker our details carry, or,
// before the details were written, by the fields its creation wrote. A bucket holds a month's
// occurrences (bucket-names.ts) and whatever people add to it, so the second test is kept to
// tasks that are exactly what an interrupted create leaves: no marker and no description at all.
// Another occurrence's task with the same title, owner and due date has both once published.
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

/** A task an interrupted publish may have created for these fields: nothing written but the creation. */
export function isBareCreation(task: ExistingTask, fields: TaskFields): boolean {
  return markerOf(task) === undefined && !task.hasDescription && hasCreationFields(task, fields);
}
