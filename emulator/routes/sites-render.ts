// Graph shapes for SharePoint sites, lists, columns and list items, shared by the site routes
// and the group entry point (/groups/{id}/sites/root).
import { requireUserRecord } from "../state/lookups.ts";
import type { ListItemState, ListItemVersionState, ListState, SiteState, TenantState } from "../state/tenant-state.ts";

export function renderIdentity(state: TenantState, userId: string): Record<string, unknown> {
  const user = state.users.find((u) => u.id === userId);
  return { user: { id: userId, displayName: user?.displayName ?? null, email: user?.mail ?? null } };
}

export function renderSite(state: TenantState, site: SiteState): Record<string, unknown> {
  return {
    id: site.id,
    createdDateTime: site.createdDateTime,
    lastModifiedDateTime: state.loadedAt,
    description: "",
    name: site.name,
    displayName: site.displayName,
    webUrl: site.webUrl,
    root: {},
    siteCollection: { hostname: state.tenant.sharePointHost },
  };
}

export function renderList(
  state: TenantState,
  site: SiteState,
  list: ListState,
  withColumns = false,
): Record<string, unknown> {
  const etag = `"${list.id},${Object.keys(list.items).length + list.columns.length}"`;
  return {
    "@odata.etag": etag,
    id: list.id,
    createdDateTime: list.createdDateTime,
    description: list.description,
    eTag: etag,
    lastModifiedDateTime: list.lastModifiedDateTime,
    name: list.name,
    webUrl: `${site.webUrl}/Lists/${encodeURIComponent(list.name)}`,
    displayName: list.displayName,
    createdBy: renderIdentity(state, list.createdById),
    lastModifiedBy: renderIdentity(state, findLastModifierId(list)),
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
    ...(withColumns ? { columns: list.columns } : {}),
  };
}

// Who last changed the list (https://learn.microsoft.com/graph/api/resources/list, lastModifiedBy):
// the writer of its newest item, or its creator. The emulator keeps no record of list-level edits.
function findLastModifierId(list: ListState): string {
  const newest = Object.values(list.items).reduce<ListItemState | undefined>(
    (found, item) => (found === undefined || item.lastModifiedDateTime > found.lastModifiedDateTime ? item : found),
    undefined,
  );
  return newest?.lastModifiedById ?? list.createdById;
}

export function getItemEtag(item: ListItemState): string {
  return `"${item.etagGuid},${item.version}"`;
}

export function renderFields(state: TenantState, item: ListItemState): Record<string, unknown> {
  return {
    "@odata.etag": getItemEtag(item),
    id: item.id,
    ...item.fields,
    ...renderSystemFields(state, item, {
      id: `${String(item.version)}.0`,
      lastModifiedById: item.lastModifiedById,
      lastModifiedDateTime: item.lastModifiedDateTime,
    }),
  };
}

/** SharePoint's own columns: Author is the creator, Editor whoever made this version. */
function renderSystemFields(
  state: TenantState,
  item: ListItemState,
  version: Pick<ListItemVersionState, "id" | "lastModifiedById" | "lastModifiedDateTime">,
): Record<string, unknown> {
  const author = state.users.find((u) => u.id === item.createdById);
  return {
    ContentType: "Item",
    Modified: version.lastModifiedDateTime,
    Created: item.createdDateTime,
    AuthorLookupId: author ? String(state.users.indexOf(author) + 7) : "7",
    EditorLookupId: String(state.users.findIndex((u) => u.id === version.lastModifiedById) + 7),
    _UIVersionString: version.id,
    Attachments: false,
  };
}

/**
 * One listItemVersion (https://learn.microsoft.com/graph/api/resources/listitemversion): its id,
 * who made it and when, and — when expanded — the field values it holds.
 */
export function renderItemVersion(
  state: TenantState,
  item: ListItemState,
  version: ListItemVersionState,
  withFields: boolean,
): Record<string, unknown> {
  return {
    id: version.id,
    lastModifiedDateTime: version.lastModifiedDateTime,
    lastModifiedBy: renderIdentity(state, version.lastModifiedById),
    ...(withFields ? { fields: renderVersionFields(state, item, version) } : {}),
  };
}

export function renderVersionFields(
  state: TenantState,
  item: ListItemState,
  version: ListItemVersionState,
): Record<string, unknown> {
  return { id: item.id, ...version.fields, ...renderSystemFields(state, item, version) };
}

export function renderItem(
  state: TenantState,
  site: SiteState,
  list: ListState,
  item: ListItemState,
  withFields: boolean,
): Record<string, unknown> {
  const etag = getItemEtag(item);
  requireUserRecord(state, item.createdById);
  return {
    "@odata.etag": etag,
    id: item.id,
    createdDateTime: item.createdDateTime,
    eTag: etag,
    lastModifiedDateTime: item.lastModifiedDateTime,
    webUrl: `${site.webUrl}/Lists/${encodeURIComponent(list.name)}/DispForm.aspx?ID=${item.id}`,
    createdBy: renderIdentity(state, item.createdById),
    lastModifiedBy: renderIdentity(state, item.lastModifiedById),
    parentReference: { id: list.id, siteId: site.id },
    contentType: { id: "0x0100", name: "Item" },
    ...(withFields ? { fields: renderFields(state, item) } : {}),
  };
}
