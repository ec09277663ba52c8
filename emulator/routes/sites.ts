// SharePoint routes: a group site, its lists (create, read, columns) and list items with
// `$expand=fields`, `$filter=fields/X eq '…'` (non-indexed columns need the
// `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly` header, as in SharePoint Online), paging,
// create/update/delete and optimistic concurrency through If-Match on the item's eTag. Column
// rules (unique values, text lengths) live in list-columns.ts; the list view threshold in
// list-query.ts.
import { GraphError, badRequest, notFound } from "../http/graph-error.ts";
import { filterItems, respondCollection, respondEntity, respondNoContent } from "../http/responses.ts";
import { parseExpand } from "../metadata/check-query.ts";
import { createGuid } from "../state/ids.ts";
import { requireGroup, requireGroupMember } from "../state/lookups.ts";
import {
  applyColumnPatch,
  checkFieldValue,
  checkUniqueValues,
  createTitleColumn,
  normalizeColumn,
} from "../state/list-columns.ts";
import { findVersion, listVersionsNewestFirst, recordVersion } from "../state/list-item-versions.ts";
import { markItemChanged, markItemDeleted } from "../state/list-changes.ts";
import { listItemsDelta } from "./list-delta.ts";
import { selectScannedItems } from "./list-query.ts";
import {
  getItemEtag,
  renderFields,
  renderItem,
  renderItemVersion,
  renderList,
  renderSite,
  renderVersionFields,
} from "./sites-render.ts";
import type { GraphResponse, Route, RouteContext } from "../http/types.ts";
import type { ListItemState, ListItemVersionState, ListState, SiteState } from "../state/tenant-state.ts";

const readOnlyFields = new Set([
  "id",
  "ID",
  "ContentType",
  "Modified",
  "Created",
  "AuthorLookupId",
  "EditorLookupId",
  "_UIVersionString",
  "Attachments",
  "@odata.etag",
]);

function requireSite(ctx: RouteContext): SiteState {
  const key = ctx.keys[0] ?? "";
  const site = Object.values(ctx.state.sites).find((s) => s.id === key || s.id.split(",")[1] === key);
  if (!site) throw notFound("Requested site could not be found", "itemNotFound");
  requireGroupMember(requireGroup(ctx.state, site.groupId), ctx.user);
  return site;
}

function requireList(ctx: RouteContext, site: SiteState): ListState {
  const key = ctx.keys[1] ?? "";
  const list = site.lists[key] ?? Object.values(site.lists).find((l) => l.displayName === key || l.name === key);
  if (!list) throw notFound("The specified list was not found", "itemNotFound");
  return list;
}

function requireItem(ctx: RouteContext, list: ListState): ListItemState {
  const item = list.items[ctx.keys[2] ?? ""];
  if (!item) throw notFound("The specified list item was not found", "itemNotFound");
  return item;
}

function requireVersion(ctx: RouteContext, item: ListItemState): ListItemVersionState {
  const version = findVersion(item, ctx.keys[3] ?? "");
  if (!version) throw notFound("The specified version was not found", "itemNotFound");
  return version;
}

function checkIfMatch(ctx: RouteContext, item: ListItemState): void {
  const ifMatch = ctx.request.headers["if-match"];
  if (ifMatch !== undefined && ifMatch !== "*" && ifMatch !== getItemEtag(item)) {
    throw new GraphError(412, "PreconditionFailed", "The request ETag value does not match the object's ETag value.");
  }
}

function findColumn(list: ListState, name: string): Record<string, unknown> | undefined {
  return list.columns.find((c) => c.name === name);
}

function checkFields(list: ListState, fields: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(fields)) {
    if (name.startsWith("@")) continue;
    if (readOnlyFields.has(name)) throw badRequest(`Field '${name}' is read-only.`, "invalidRequest");
    const lookupBase = name.endsWith("LookupId") ? name.slice(0, -"LookupId".length) : undefined;
    const column = findColumn(list, name) ?? (lookupBase === undefined ? undefined : findColumn(list, lookupBase));
    if (!column) throw badRequest(`Field '${name}' is not recognized`, "invalidRequest");
    if (lookupBase === undefined) checkFieldValue(column, name, value);
  }
}

function readFieldsBody(ctx: RouteContext, wrapped: boolean): Record<string, unknown> {
  const body = ctx.request.body as Record<string, unknown> | undefined;
  const fields = wrapped ? body?.fields : body;
  if (typeof fields !== "object" || fields === null || Array.isArray(fields)) {
    throw badRequest(
      wrapped
        ? "The request body must contain a 'fields' object."
        : "The request body must be a JSON object of field values.",
    );
  }
  return fields as Record<string, unknown>;
}

/**
 * An update by the signed-in user: SharePoint makes them the item's Editor (lastModifiedBy) and
 * adds a version, through PATCH …/items/{id} and PATCH …/items/{id}/fields alike; createdBy never
 * changes. The fields PATCH answers with the fieldValueSet only
 * (https://learn.microsoft.com/graph/api/listitem-update), so the new lastModifiedBy is seen on the
 * next read of the item.
 */
function touch(ctx: RouteContext, list: ListState, item: ListItemState): void {
  const iso = ctx.now().toISOString();
  item.version += 1;
  item.lastModifiedDateTime = iso;
  item.lastModifiedById = ctx.user.id;
  list.lastModifiedDateTime = iso;
  recordVersion(item);
  markItemChanged(list, item);
}

/**
 * Whether an item read expands its fields. The listItem pages write the option without its "$"
 * (`items?expand=fields(select=Name,Color)`, https://learn.microsoft.com/graph/api/listitem-list):
 * v1.0 accepts the bare form for some APIs (https://learn.microsoft.com/graph/query-parameters).
 */
function expandsFields(ctx: RouteContext): boolean {
  const expand = ctx.request.query.get("$expand") ?? ctx.request.query.get("expand");
  return parseExpand(expand).some((e) => e.name === "fields");
}

function listItems(ctx: RouteContext): GraphResponse {
  const site = requireSite(ctx);
  const list = requireList(ctx, site);
  const expandFields = expandsFields(ctx);
  const scanned = selectScannedItems(ctx, list);
  // Filter on the full shape (fields included), then drop fields unless they were expanded.
  const full = scanned.map((item) => renderItem(ctx.state, site, list, item, true));
  const matching = filterItems(ctx, full).map((item) => {
    if (expandFields) return item;
    return Object.fromEntries(Object.entries(item).filter(([key]) => key !== "fields"));
  });
  return respondCollection(ctx, matching, { pageSize: 200, skipFilter: true });
}

function createList(ctx: RouteContext): GraphResponse {
  const site = requireSite(ctx);
  const body = ctx.request.body as
    { displayName?: unknown; description?: unknown; columns?: unknown; list?: { template?: unknown } } | undefined;
  if (typeof body?.displayName !== "string" || body.displayName === "")
    throw badRequest("displayName is required.", "invalidRequest");
  const displayName = body.displayName;
  if (Object.values(site.lists).some((l) => l.displayName === displayName)) {
    throw new GraphError(
      409,
      "nameAlreadyExists",
      `A list, survey, discussion board, or document library with the specified title '${displayName}' already exists in this website.`,
    );
  }
  const columns = Array.isArray(body.columns) ? (body.columns as Record<string, unknown>[]) : [];
  const iso = ctx.now().toISOString();
  const list: ListState = {
    id: createGuid(),
    name: displayName.replace(/[^A-Za-z0-9]/g, "") || `List${Object.keys(site.lists).length + 1}`,
    displayName,
    description: typeof body.description === "string" ? body.description : "",
    template: typeof body.list?.template === "string" ? body.list.template : "genericList",
    createdDateTime: iso,
    lastModifiedDateTime: iso,
    createdById: ctx.user.id,
    columns: [
      createTitleColumn(),
      ...columns.map((c, i) => {
        const column = normalizeColumn(c, `columns[${i}]`);
        // A tenant that does not apply the flags at creation (limits.ts): unique needs an index, so both go.
        return ctx.state.limits.sharePoint.indexColumnsOnCreate
          ? column
          : { ...column, indexed: false, enforceUniqueValues: false };
      }),
    ],
    items: {},
    nextItemId: 1,
  };
  site.lists[list.id] = list;
  return respondEntity(ctx, renderList(ctx.state, site, list, true), 201);
}

function createItem(ctx: RouteContext): GraphResponse {
  const site = requireSite(ctx);
  const list = requireList(ctx, site);
  const fields = readFieldsBody(ctx, true);
  checkFields(list, fields);
  checkUniqueValues(list, fields, undefined);
  const iso = ctx.now().toISOString();
  const id = String(list.nextItemId++);
  const item: ListItemState = {
    id,
    createdDateTime: iso,
    lastModifiedDateTime: iso,
    createdById: ctx.user.id,
    lastModifiedById: ctx.user.id,
    etagGuid: createGuid(),
    version: 1,
    fields: { ...fields },
    versions: [],
  };
  recordVersion(item);
  list.items[id] = item;
  markItemChanged(list, item);
  list.lastModifiedDateTime = iso;
  return respondEntity(ctx, renderItem(ctx.state, site, list, item, true), 201);
}

export const siteRoutes: readonly Route[] = [
  { method: "GET", template: "sites/{}", handle: (ctx) => respondEntity(ctx, renderSite(ctx.state, requireSite(ctx))) },
  {
    method: "GET",
    template: "sites/{}/lists",
    handle: (ctx) => {
      const site = requireSite(ctx);
      const withColumns = parseExpand(ctx.request.query.get("$expand")).some((e) => e.name === "columns");
      return respondCollection(
        ctx,
        Object.values(site.lists).map((l) => renderList(ctx.state, site, l, withColumns)),
      );
    },
  },
  { method: "POST", template: "sites/{}/lists", handle: createList },
  {
    method: "GET",
    template: "sites/{}/lists/{}",
    handle: (ctx) => {
      const site = requireSite(ctx);
      const withColumns = parseExpand(ctx.request.query.get("$expand")).some((e) => e.name === "columns");
      return respondEntity(ctx, renderList(ctx.state, site, requireList(ctx, site), withColumns));
    },
  },
  {
    method: "GET",
    template: "sites/{}/lists/{}/columns",
    handle: (ctx) => {
      const site = requireSite(ctx);
      return respondCollection(ctx, requireList(ctx, site).columns);
    },
  },
  {
    method: "POST",
    template: "sites/{}/lists/{}/columns",
    handle: (ctx) => {
      const list = requireList(ctx, requireSite(ctx));
      const column = normalizeColumn(ctx.request.body as Record<string, unknown>, "body");
      if (findColumn(list, String(column.name)))
        throw new GraphError(409, "nameAlreadyExists", `A column named '${String(column.name)}' already exists.`);
      list.columns.push(column);
      return respondEntity(ctx, column, 201);
    },
  },
  {
    method: "PATCH",
    template: "sites/{}/lists/{}/columns/{}",
    handle: (ctx) => {
      const list = requireList(ctx, requireSite(ctx));
      const index = list.columns.findIndex((c) => c.id === ctx.keys[2] || c.name === ctx.keys[2]);
      const column = list.columns[index];
      if (!column) throw notFound("The specified column was not found", "itemNotFound");
      const updated = applyColumnPatch(list, column, ctx.request.body);
      list.columns[index] = updated;
      return respondEntity(ctx, updated);
    },
  },
  { method: "GET", template: "sites/{}/lists/{}/items", handle: listItems },
  {
    method: "GET",
    template: "sites/{}/lists/{}/items/delta",
    handle: (ctx) => {
      const site = requireSite(ctx);
      const list = requireList(ctx, site);
      return listItemsDelta(ctx, site, list, expandsFields(ctx));
    },
  },
  { method: "POST", template: "sites/{}/lists/{}/items", handle: createItem },
  {
    method: "GET",
    template: "sites/{}/lists/{}/items/{}",
    handle: (ctx) => {
      const site = requireSite(ctx);
      const list = requireList(ctx, site);
      return respondEntity(ctx, renderItem(ctx.state, site, list, requireItem(ctx, list), expandsFields(ctx)));
    },
  },
  {
    method: "PATCH",
    template: "sites/{}/lists/{}/items/{}",
    handle: (ctx) => {
      const site = requireSite(ctx);
      const list = requireList(ctx, site);
      const item = requireItem(ctx, list);
      checkIfMatch(ctx, item);
      const fields = readFieldsBody(ctx, true);
      checkFields(list, fields);
      checkUniqueValues(list, { ...item.fields, ...fields }, item.id);
      Object.assign(item.fields, fields);
      touch(ctx, list, item);
      return respondEntity(ctx, renderItem(ctx.state, site, list, item, true));
    },
  },
  {
    // https://learn.microsoft.com/graph/api/listitem-delete — 204 No Content; an If-Match that no
    // longer matches the item's eTag is 412 and nothing is deleted; an item already gone is 404.
    method: "DELETE",
    template: "sites/{}/lists/{}/items/{}",
    handle: (ctx) => {
      const list = requireList(ctx, requireSite(ctx));
      checkIfMatch(ctx, requireItem(ctx, list));
      Reflect.deleteProperty(list.items, ctx.keys[2] ?? "");
      markItemDeleted(list, ctx.keys[2] ?? "");
      return respondNoContent();
    },
  },
  {
    // https://learn.microsoft.com/graph/api/listitem-list-versions — newest first; `fields` is a
    // navigation of listItemVersion in the CSDL, so it comes only with $expand=fields.
    method: "GET",
    template: "sites/{}/lists/{}/items/{}/versions",
    handle: (ctx) => {
      const list = requireList(ctx, requireSite(ctx));
      const item = requireItem(ctx, list);
      const withFields = parseExpand(ctx.request.query.get("$expand")).some((e) => e.name === "fields");
      return respondCollection(
        ctx,
        listVersionsNewestFirst(item).map((v) => renderItemVersion(ctx.state, item, v, withFields)),
      );
    },
  },
  {
    // https://learn.microsoft.com/graph/api/listitemversion-get
    method: "GET",
    template: "sites/{}/lists/{}/items/{}/versions/{}",
    handle: (ctx) => {
      const list = requireList(ctx, requireSite(ctx));
      const item = requireItem(ctx, list);
      const withFields = parseExpand(ctx.request.query.get("$expand")).some((e) => e.name === "fields");
      return respondEntity(ctx, renderItemVersion(ctx.state, item, requireVersion(ctx, item), withFields));
    },
  },
  {
    method: "GET",
    template: "sites/{}/lists/{}/items/{}/versions/{}/fields",
    handle: (ctx) => {
      const list = requireList(ctx, requireSite(ctx));
      const item = requireItem(ctx, list);
      return respondEntity(ctx, renderVersionFields(ctx.state, item, requireVersion(ctx, item)));
    },
  },
  {
    method: "GET",
    template: "sites/{}/lists/{}/items/{}/fields",
    handle: (ctx) => {
      const list = requireList(ctx, requireSite(ctx));
      return respondEntity(ctx, renderFields(ctx.state, requireItem(ctx, list)));
    },
  },
  {
    method: "PATCH",
    template: "sites/{}/lists/{}/items/{}/fields",
    handle: (ctx) => {
      const list = requireList(ctx, requireSite(ctx));
      const item = requireItem(ctx, list);
      checkIfMatch(ctx, item);
      const fields = readFieldsBody(ctx, false);
      checkFields(list, fields);
      checkUniqueValues(list, { ...item.fields, ...fields }, item.id);
      Object.assign(item.fields, fields);
      touch(ctx, list, item);
      return respondEntity(ctx, renderFields(ctx.state, item));
    },
  },
];
