// Pure: finding the extra copies of an action item's task. Planner has no conditional create, and a
// create can happen twice without us hearing of it: a browser resends a POST whose kept-alive
// connection dropped before the answer, and a publish retried after a lost $batch answer cannot know
// which creates landed. So every publish that reads the bucket looks for copies — tasks that are an
// action item's own (its marker in the details, or, with neither marker nor description, the
// creation fields it would write: copy-match.ts) besides the one it keeps — and repairs them: the copy someone has started on, else the one
// with our details, else the linked one is kept; untouched copies are deleted; copies someone has
// started on are never deleted, only reported to the note-taker.
import { isBareCreation, markerOf } from "./copy-match";
import type { DesiredTask, ExistingTask } from "./types";

export interface CopyRepair {
  /** The task an action item keeps, where it is not the one it was matched to. */
  keepers: Map<string, ExistingTask>;
  /** Untouched copies to delete (with If-Match on their etag). */
  removals: ExistingTask[];
  /** Copies someone has started on besides the kept one: shown, never deleted. */
  touchedCopies: { actionId: string; taskIds: string[] }[];
}

/** Someone has worked on it in Planner: progress set, or completed. */
export function isTouched(task: ExistingTask): boolean {
  return task.percentComplete > 0 || task.completedDateTime !== null;
}

export function planCopyRepair(
  desired: readonly DesiredTask[],
  matched: ReadonlyMap<string, ExistingTask>,
  tasks: readonly ExistingTask[],
): CopyRepair {
  const repair: CopyRepair = { keepers: new Map(), removals: [], touchedCopies: [] };
  const claimed = new Set([...matched.values()].map((task) => task.id));
  // Sorted by id so every run, by anyone, sees the same copies for the same action items.
  const candidates = tasks.filter((task) => !claimed.has(task.id)).sort((a, b) => compareIds(a.id, b.id));
  for (const d of desired) {
    const own = matched.get(d.actionId);
    if (own === undefined) continue;
    const copies = candidates.filter(
      (task) => !claimed.has(task.id) && (markerOf(task) === d.actionId || isBareCreation(task, d.fields)),
    );
    if (copies.length === 0) continue;
    for (const copy of copies) claimed.add(copy.id);
    const group = [own, ...copies];
    const keeper =
      [...group].sort((a, b) => rank(b, d.actionId, own) - rank(a, d.actionId, own) || compareIds(a.id, b.id))[0] ??
      own;
    if (keeper.id !== own.id) repair.keepers.set(d.actionId, keeper);
    const others = group.filter((task) => task.id !== keeper.id);
    repair.removals.push(...others.filter((task) => !isTouched(task)));
    const touched = others.filter(isTouched).map((task) => task.id);
    if (touched.length > 0) repair.touchedCopies.push({ actionId: d.actionId, taskIds: touched });
  }
  return repair;
}

function rank(task: ExistingTask, actionId: string, own: ExistingTask): number {
  return (isTouched(task) ? 4 : 0) + (markerOf(task) === actionId ? 2 : 0) + (task.id === own.id ? 1 : 0);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
