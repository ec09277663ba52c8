// Validates OData system query options against the addressed type: `$select` and `$expand`
// names must exist (on the type, its base types or a derived type, as Graph accepts for
// polymorphic collections such as memberOf), non-expandable navigations are refused, and the
// custom query options the metadata marks Required (calendarView, instances) must be present.
import { badRequest } from "../http/graph-error.ts";
import { findNavigation, findProperty, listDescendants } from "./type-queries.ts";
import type { ResolvedPath } from "./resolve-path.ts";
import type { MetadataIndex, NavigationInfo } from "./types.ts";

const systemOptions = new Set([
  "$select", "$expand", "$filter", "$top", "$skip", "$skiptoken", "$orderby", "$count", "$search", "$format", "$deltatoken",
]);

export interface ExpandItem {
  readonly name: string;
  readonly options: string;
}

/** Splits on commas that are not inside parentheses: `fields($select=Title),members`. */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
    } else {
      current += ch;
    }
  }
  if (current.trim() !== "") parts.push(current.trim());
  return parts;
}

export function parseExpand(text: string | null): ExpandItem[] {
  if (text === null) return [];
  return splitTopLevel(text).map((part) => {
    const open = part.indexOf("(");
    return open < 0 ? { name: part, options: "" } : { name: part.slice(0, open).trim(), options: part.slice(open + 1, -1) };
  });
}

export function parseSelect(text: string | null): string[] | undefined {
  if (text === null) return undefined;
  return text.split(",").map((s) => s.trim()).filter((s) => s !== "");
}

function findInHierarchy<T>(index: MetadataIndex, type: string, find: (t: string) => T | undefined): T | undefined {
  return find(type) ?? listDescendants(index, type).map(find).find((v) => v !== undefined);
}

function checkSelect(index: MetadataIndex, type: string, names: readonly string[]): void {
  const info = index.types[type];
  if (info?.kind === "entity" && Object.keys(info.properties).length === 0 && info.isOpen) return; // fieldValueSet
  for (const name of names) {
    if (name === "*" || name.startsWith("microsoft.graph.")) continue;
    const exists = findInHierarchy(index, type, (t) => findProperty(index, t, name) ?? findNavigation(index, t, name));
    if (exists === undefined) throw badRequest(`Could not find a property named '${name}' on type '${type}'.`);
  }
}

function checkExpand(index: MetadataIndex, type: string, items: readonly ExpandItem[]): void {
  for (const item of items) {
    if (item.name === "*") continue;
    const nav: NavigationInfo | undefined = findInHierarchy(index, type, (t) => findNavigation(index, t, item.name));
    if (!nav) {
      throw badRequest(`Parsing OData Select and Expand failed: Could not find a property named '${item.name}' on type '${type}'.`);
    }
    if (nav.notExpandable === true) throw badRequest(`The navigation property '${item.name}' on type '${type}' cannot be expanded.`);
  }
}

export function checkQueryOptions(index: MetadataIndex, resolved: ResolvedPath, query: URLSearchParams, method: string): void {
  for (const key of query.keys()) {
    if (key.startsWith("$") && !systemOptions.has(key.toLowerCase())) {
      throw badRequest(`Query option '${key}' is not supported.`);
    }
  }
  const top = query.get("$top");
  if (top !== null && !/^\d+$/.test(top)) throw badRequest(`Invalid value '${top}' for $top: expected a non-negative integer.`);
  const selectable = resolved.target === "entity" || resolved.target === "collection";
  const select = parseSelect(query.get("$select"));
  if (select && selectable) checkSelect(index, resolved.type, select);
  const expand = parseExpand(query.get("$expand"));
  if (expand.length > 0 && selectable) checkExpand(index, resolved.type, expand);
  const required = resolved.navigation?.requiredQuery ?? [];
  if (method === "GET" && resolved.target === "collection" && required.length > 0) {
    const present = new Set([...query.keys()].map((k) => k.toLowerCase()));
    const missing = required.filter((name) => !present.has(name.toLowerCase()));
    if (missing.length > 0) {
      // Outlook's own wording for calendarView/instances without a window.
      throw badRequest(
        `This request requires a time window specified by the query string parameters ${required.join(" and ")} (missing: ${missing.join(", ")}).`,
        "ErrorInvalidParameter",
      );
    }
  }
}
