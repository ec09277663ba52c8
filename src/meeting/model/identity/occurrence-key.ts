// An occurrence's identity (docs/architecture.md §4): its original start as a UTC ISO instant, so a
// meeting moved to another time keeps its key, and with it its agenda, reports and minutes.

/** The occurrence key of an event: its original start when Graph gives one (a moved occurrence), else its start. */
export function toOccurrenceKey(event: { start: Date; originalStart?: Date | undefined }): string {
  return (event.originalStart ?? event.start).toISOString();
}

/** The held occurrence just before `key` among `heldKeys` (keys sort as instants), if any. */
export function findPreviousOccurrenceKey(heldKeys: readonly string[], key: string): string | undefined {
  let previous: string | undefined;
  for (const candidate of heldKeys) {
    if (candidate < key && (previous === undefined || candidate > previous)) previous = candidate;
  }
  return previous;
}
