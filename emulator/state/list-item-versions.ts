// List item version history, as SharePoint keeps it when versioning is on — the default for a list
// created in SharePoint Online (https://support.microsoft.com/office/how-versioning-works-in-lists-and-libraries-0f6cd105-974f-44a4-aadb-43ac5bdfd247).
// Every create and every update, whether PATCH …/items/{id} or PATCH …/items/{id}/fields, makes a
// new major version ("1.0", "2.0", …) naming who made it and when, with the item's field values as
// they then were (https://learn.microsoft.com/graph/api/resources/listitemversion).
import type { ListItemState, ListItemVersionState } from "./tenant-state.ts";

/** Records the item's current state as its newest version; call after every create or update. */
export function recordVersion(item: ListItemState): void {
  item.versions.push({
    id: `${String(item.version)}.0`,
    lastModifiedById: item.lastModifiedById,
    lastModifiedDateTime: item.lastModifiedDateTime,
    fields: structuredClone(item.fields),
  });
}

/** Newest first, as Graph lists them (https://learn.microsoft.com/graph/api/listitem-list-versions). */
export function listVersionsNewestFirst(item: ListItemState): ListItemVersionState[] {
  return [...item.versions].reverse();
}

export function findVersion(item: ListItemState, versionId: string): ListItemVersionState | undefined {
  return item.versions.find((v) => v.id === versionId);
}
