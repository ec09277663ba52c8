// Builders for Graph-shaped success responses: single entities with $select applied, and
// collections with $filter, $orderby, $top and server-driven paging through an absolute
// @odata.nextLink carrying an opaque $skiptoken (https://learn.microsoft.com/graph/paging).
import { badRequest } from "./graph-error.ts";
import { parseExpand, parseSelect } from "../metadata/check-query.ts";
import { findNavigation, findProperty, listDescendants } from "../metadata/type-queries.ts";
import { evaluateFilter, listFilterProperties, parseFilter, readPath } from "../odata/filter.ts";
import type { GraphResponse, RouteContext } from "./types.ts";

type Json = Record<string, unknown>;

export function readPreferences(ctx: Pick<RouteContext, "request">): string[] {
  return (ctx.request.headers.prefer ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

function buildContextUrl(ctx: RouteContext, isEntity: boolean): string {
  const path = ctx.request.path.replace(/^\//, "");
  const trimmed = isEntity ? path.replace(/\/[^/]+$/, "") : path;
  return `${ctx.request.baseUrl}/$metadata#${trimmed}${isEntity ? "/$entity" : ""}`;
}

export function applySelect(ctx: RouteContext, item: Json): Json {
  const select = parseSelect(ctx.request.query.get("$select"));
  if (!select || select.includes("*")) return item;
  // An expanded navigation property is returned whatever $select names (OData's $expand).
  const expanded = parseExpand(ctx.request.query.get("$expand")).map((e) => e.name);
  const keep = new Set([...select, ...expanded, "id"]);
  return Object.fromEntries(Object.entries(item).filter(([key]) => keep.has(key) || key.startsWith("@odata.")));
}

export function respondEntity(
  ctx: RouteContext,
  item: Json,
  status = 200,
  headers: Record<string, string> = {},
): GraphResponse {
  const etag = item["@odata.etag"];
  return {
    status,
    headers: { ...(typeof etag === "string" ? { etag } : {}), ...headers },
    body: { "@odata.context": buildContextUrl(ctx, true), ...applySelect(ctx, item) },
  };
}

function checkFilterProperties(ctx: RouteContext, properties: readonly string[]): void {
  const { index, resolved } = ctx;
  const candidates = [resolved.type, ...listDescendants(index, resolved.type)];
  for (const name of properties) {
    const known = candidates.some((t) => {
      const info = index.types[t];
      if (!info) return false;
      const match = (n: string): boolean =>
        findProperty(index, t, n) !== undefined || findNavigation(index, t, n) !== undefined;
      return match(name) || match(name.charAt(0).toLowerCase() + name.slice(1));
    });
    if (!known) throw badRequest(`Could not find a property named '${name}' on type '${resolved.type}'.`);
  }
}

function compareForOrder(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === undefined || a === null) return -1;
  if (b === undefined || b === null) return 1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  const left = typeof a === "string" ? a : JSON.stringify(a);
  const right = typeof b === "string" ? b : JSON.stringify(b);
  return left < right ? -1 : 1;
}

export interface CollectionOptions {
  /** Graph's default page size for this collection (events: 10). */
  readonly pageSize?: number;
  readonly headers?: Record<string, string>;
  /** Items are already filtered by the handler (e.g. fields/X on list items). */
  readonly skipFilter?: boolean;
}

export function filterItems(ctx: RouteContext, items: readonly Json[]): Json[] {
  const filterText = ctx.request.query.get("$filter");
  if (filterText === null) return [...items];
  const filter = parseFilter(filterText);
  checkFilterProperties(ctx, listFilterProperties(filter));
  return items.filter((item) => evaluateFilter(filter, item));
}

export function respondCollection(
  ctx: RouteContext,
  items: readonly Json[],
  options: CollectionOptions = {},
): GraphResponse {
  const { query } = ctx.request;
  let result = options.skipFilter === true ? [...items] : filterItems(ctx, items);
  const orderBy = query.get("$orderby");
  if (orderBy !== null) {
    const clauses = orderBy.split(",").map((c) => {
      const [path = "", direction = "asc"] = c.trim().split(/\s+/);
      return { path: path.split("/"), descending: direction.toLowerCase() === "desc" };
    });
    checkFilterProperties(
      ctx,
      clauses.map((c) => c.path[0] ?? ""),
    );
    result = result.sort((a, b) => {
      for (const clause of clauses) {
        const order = compareForOrder(readPath(a, clause.path), readPath(b, clause.path));
        if (order !== 0) return clause.descending ? -order : order;
      }
      return 0;
    });
  }
  const topText = query.get("$top");
  const pageSize = Math.min(1000, topText === null ? (options.pageSize ?? 100) : Number(topText));
  const skipToken = query.get("$skiptoken");
  let offset = 0;
  if (skipToken !== null) {
    const decoded = Number(
      Buffer.from(skipToken, "base64url")
        .toString("utf8")
        .replace(/^offset=/, ""),
    );
    if (!Number.isInteger(decoded) || decoded < 0) throw badRequest(`Invalid $skiptoken '${skipToken}'.`);
    offset = decoded;
  }
  const page = result.slice(offset, offset + pageSize).map((item) => applySelect(ctx, item));
  const body: Json = { "@odata.context": buildContextUrl(ctx, false) };
  if (query.get("$count") === "true") body["@odata.count"] = result.length;
  body.value = page;
  if (offset + pageSize < result.length) {
    const next = new URLSearchParams(query);
    next.set("$skiptoken", Buffer.from(`offset=${offset + pageSize}`).toString("base64url"));
    if (topText === null && options.pageSize !== undefined) next.set("$top", String(pageSize));
    body["@odata.nextLink"] = `${ctx.request.baseUrl}${ctx.request.path}?${next.toString().replaceAll("+", "%20")}`;
  }
  return { status: 200, headers: options.headers ?? {}, body };
}

export function respondNoContent(): GraphResponse {
  return { status: 204 };
}
