// How SharePoint Online answers a list item query under its list view threshold (5,000 items,
// state/limits.ts), for GET /sites/{id}/lists/{id}/items:
// - `$filter` and `$orderby` may name only indexed columns, unless the request carries
//   `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly` (https://learn.microsoft.com/graph/api/listitem-list).
// - A filtered query is answered from one index — "the service can only filter one indexed field
//   at a time" (same page) — the first indexed column the top-level `and` chain compares with a
//   value (eq, gt, ge, lt, le); the rest of the filter is applied to the items that index yields.
//   When those items exceed the threshold the query fails, however few match in the end and
//   whatever $top says (microsoftgraph/msgraph-sdk-dotnet#827: it works while the first filter
//   matches fewer than 5,000 items; SharePoint/PnP-JS-Core#203). A filter with no such comparison
//   (`or` at the top, only non-indexed columns) reads the whole list, and so does `$orderby` on a
//   column that is not indexed.
// - An unfiltered read pages through the list by item id, which is always indexed, so it works
//   at any size (pnp/pnpjs#3149: 5,896 items read unfiltered, the same read with a filter refused).
// - Past the threshold Graph answers 422 `notSupported` "The request is unprocessable because it
//   uses too many resources" with innerError `tooManyResources` (microsoftgraph/microsoft-graph-docs#13611
//   and UiPath's "Working with SharePoint lists"); behind it is SharePoint's SPQueryThrottledException
//   "The attempted operation is prohibited because it exceeds the list view threshold".
import { GraphError, badRequest } from "../http/graph-error.ts";
import { readPreferences } from "../http/responses.ts";
import { evaluateFilter, parseFilter } from "../odata/filter.ts";
import type { FilterNode } from "../odata/filter.ts";
import type { RouteContext } from "../http/types.ts";
import type { ListItemState, ListState } from "../state/tenant-state.ts";

const seekOperators = new Set(["eq", "gt", "ge", "lt", "le"]);

function findColumn(list: ListState, name: string): Record<string, unknown> | undefined {
  return list.columns.find((c) => c.name === name);
}

/** The column names a `fields/X` path in the text refers to. */
function listFieldNames(text: string): string[] {
  return [...text.matchAll(/fields\/([A-Za-z0-9_]+)/g)].flatMap((match) => (match[1] === undefined ? [] : [match[1]]));
}

function flattenAnd(node: FilterNode): FilterNode[] {
  return node.kind === "logical" && node.op === "and" ? [...flattenAnd(node.left), ...flattenAnd(node.right)] : [node];
}

/** The column a top-level clause compares with a value through an index, if it does. */
function seekColumn(node: FilterNode, list: ListState): string | undefined {
  if (node.kind !== "compare" || !seekOperators.has(node.op)) return undefined;
  const path = node.left.kind === "path" ? node.left : node.right.kind === "path" ? node.right : undefined;
  const other = path === node.left ? node.right : node.left;
  if (path?.path.length !== 2 || path.path[0] !== "fields" || other.kind !== "literal") return undefined;
  const name = path.path[1] ?? "";
  return findColumn(list, name)?.indexed === true ? name : undefined;
}

export function tooManyResources(): GraphError {
  return new GraphError(
    422,
    "notSupported",
    "The request is unprocessable because it uses too many resources",
    {},
    "tooManyResources",
  );
}

/**
 * The items SharePoint reads to answer the query (before the rest of the filter, $top and paging),
 * or a refusal: a non-indexed column without the Prefer header, or more items than the threshold.
 */
export function selectScannedItems(ctx: RouteContext, list: ListState): ListItemState[] {
  const filterText = ctx.request.query.get("$filter");
  const orderBy = ctx.request.query.get("$orderby");
  const honour = readPreferences(ctx).some((p) => p.toLowerCase() === "honornonindexedquerieswarningmayfailrandomly");
  if (filterText !== null) parseFilter(filterText); // a malformed expression is a 400 before anything else
  const referenced = [...listFieldNames(filterText ?? ""), ...listFieldNames(orderBy ?? "")];
  for (const name of referenced) {
    const column = findColumn(list, name);
    if (!column) throw badRequest(`Field '${name}' is not recognized`, "invalidRequest");
    if (column.indexed !== true && !honour) {
      throw badRequest(
        `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
        "invalidRequest",
      );
    }
  }
  const items = Object.values(list.items);
  const threshold = ctx.state.limits.sharePoint.listViewThreshold;
  const clauses = filterText === null ? [] : flattenAnd(parseFilter(filterText));
  const column = clauses.map((clause) => seekColumn(clause, list)).find((name) => name !== undefined);
  if (column !== undefined) {
    const seek = clauses.filter((clause) => seekColumn(clause, list) === column);
    const scanned = items.filter((item) => seek.every((clause) => evaluateFilter(clause, { fields: item.fields })));
    if (scanned.length > threshold) throw tooManyResources();
    return scanned;
  }
  const sortsUnindexed = listFieldNames(orderBy ?? "").some((name) => findColumn(list, name)?.indexed !== true);
  if ((filterText !== null || sortsUnindexed) && items.length > threshold) throw tooManyResources();
  return items;
}
