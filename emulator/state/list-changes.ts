// The change feed of a SharePoint list, behind GET …/items/delta
// (https://learn.microsoft.com/graph/api/listitem-delta): every create and update stamps the item
// with the list's next change number, every delete leaves a tombstone with one. A delta token is a
// change number (and the epoch it was issued in): the changes since are the items stamped later
// plus the tombstones laid later. Items that predate the feed (scenario or seeded items) carry no
// stamp and count as change 0. Raising the epoch expires every token issued before, as SharePoint
// does when it "can't provide a list of changes for a given token" (410 Gone, same page).
import type { ListChangeState, ListItemState, ListState, TenantState } from "./tenant-state.ts";

function changesOf(list: ListState): ListChangeState {
  list.changes ??= { seq: 0, deleted: [], epoch: 0 };
  return list.changes;
}

export function markItemChanged(list: ListState, item: ListItemState): void {
  const changes = changesOf(list);
  item.changeSeq = ++changes.seq;
}

export function markItemDeleted(list: ListState, id: string): void {
  const changes = changesOf(list);
  changes.deleted.push({ id, seq: ++changes.seq });
}

export function getChangeSeq(list: ListState): number {
  return changesOf(list).seq;
}

export function getDeltaEpoch(list: ListState): number {
  return changesOf(list).epoch;
}

/** Every list's tokens stop working: the next delta call with one answers 410 Gone. */
export function expireDeltaTokens(state: TenantState): number {
  let count = 0;
  for (const site of Object.values(state.sites))
    for (const list of Object.values(site.lists)) {
      changesOf(list).epoch += 1;
      count += 1;
    }
  return count;
}

export type ListChange = { seq: number; item: ListItemState } | { seq: number; deletedId: string };

/**
 * The changes with a number in (after, upTo], oldest first. `after` < 0 is a first enumeration: every
 * item there is, no tombstones. An item changed again after `upTo` is left for the next token.
 */
export function listChanges(list: ListState, after: number, upTo: number): ListChange[] {
  const items: ListChange[] = Object.values(list.items)
    .map((item) => ({ seq: item.changeSeq ?? 0, item }))
    .filter((c) => c.seq > after && c.seq <= upTo);
  const deleted: ListChange[] =
    after < 0
      ? []
      : changesOf(list)
          .deleted.filter((d) => d.seq > after && d.seq <= upTo)
          .map((d) => ({ seq: d.seq, deletedId: d.id }));
  return [...items, ...deleted].sort((a, b) => a.seq - b.seq);
}
