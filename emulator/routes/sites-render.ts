// Graph shapes for SharePoint sites, lists, columns and list items, shared by the site routes
// and the group entry point (/groups/{id}/sites/root).
import { requireUserRecord } from "../state/lookups.ts";
import type { ListItemState, ListState, SiteState, TenantState } from "../state/tenant-state.ts";

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
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
    ...(withColumns ? { columns: list.columns } : {}),
  };
}

export function getItemEtag(item: ListItemState): string {
  return `"${item.etagGuid},${item.version}"`;
}

export function renderFields(state: TenantState, item: ListItemState): Record<string, unknown> {
  const author = state.users.find((u) => u.id === item.createdById);
  return {
    "@odata.etag": getItemEtag(item),
    id: item.id,
    ...item.fields,
    ContentType: "Item",
    Modified: item.lastModifiedDateTime,
    Created: item.createdDateTime,
    AuthorLookupId: author ? String(state.users.indexOf(author) + 7) : "7",
    EditorLookupId: String(state.users.findIndex((u) => u.id === item.lastModifiedById) + 7),
    _UIVersionString: `${item.version}.0`,
    Attachments: false,
  };
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
