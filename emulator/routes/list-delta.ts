// GET /sites/{id}/lists/{id}/items/delta (https://learn.microsoft.com/graph/api/listitem-delta):
// - no `token`: the list's current items, paged with @odata.nextLink, the last page ending with an
//   @odata.deltaLink; `token=latest`: an empty page and the latest @odata.deltaLink; a token from a
//   link: the items created or updated since, in their latest state, and the deleted ones as
//   `{ id, deleted: { state: "deleted" } }` (the page's Example 2).
// - `$select`, `$expand` and `$top` apply; `$filter` is not among the page's query parameters.
// - A token of an earlier epoch (the admin surface's POST /delta/expire) answers 410 Gone with
//   `resyncChangesApplyDifferences` and a Location header starting a fresh enumeration.
// Pages are cut by change number, not by offset, so an item changing while a client pages is not
// skipped: it moves past the page's end and comes with the next token.
import { GraphError, badRequest } from "../http/graph-error.ts";
import { applySelect } from "../http/responses.ts";
import { getChangeSeq, getDeltaEpoch, listChanges } from "../state/list-changes.ts";
import { renderItem } from "./sites-render.ts";
import type { GraphResponse, RouteContext } from "../http/types.ts";
import type { ListState, SiteState } from "../state/tenant-state.ts";

interface DeltaToken {
  /** Epoch the token was issued in. */
  e: number;
  /** Changes after this number (-1: a first enumeration). */
  a: number;
  /** While paging: the last change number of this enumeration. */
  u?: number;
}

const defaultPageSize = 200;

function encodeToken(token: DeltaToken): string {
  return Buffer.from(JSON.stringify(token)).toString("base64url");
}

function decodeToken(text: string): DeltaToken | undefined {
  try {
    const value = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as Partial<DeltaToken>;
    if (typeof value.e !== "number" || typeof value.a !== "number") return undefined;
    return { e: value.e, a: value.a, ...(typeof value.u === "number" ? { u: value.u } : {}) };
  } catch {
    return undefined;
  }
}

function buildLink(ctx: RouteContext, token: string | undefined): string {
  const query = new URLSearchParams(ctx.request.query);
  query.delete("token");
  if (token !== undefined) query.set("token", token);
  const text = query.toString().replaceAll("+", "%20");
  return `${ctx.request.baseUrl}${ctx.request.path}${text === "" ? "" : `?${text}`}`;
}

export function listItemsDelta(
  ctx: RouteContext,
  site: SiteState,
  list: ListState,
  expandFields: boolean,
): GraphResponse {
  if (ctx.request.query.has("$filter"))
    throw badRequest("$filter is not supported on delta queries.", "invalidRequest");
  const epoch = getDeltaEpoch(list);
  const latest = getChangeSeq(list);
  const tokenText = ctx.request.query.get("token");
  const context = `${ctx.request.baseUrl}/$metadata#Collection(microsoft.graph.listItem)`;
  if (tokenText === "latest") {
    return {
      status: 200,
      body: {
        "@odata.context": context,
        value: [],
        "@odata.deltaLink": buildLink(ctx, encodeToken({ e: epoch, a: latest })),
      },
    };
  }
  const token = tokenText === null ? { e: epoch, a: -1 } : decodeToken(tokenText);
  if (token === undefined) throw badRequest(`Invalid delta token '${tokenText ?? ""}'.`, "invalidRequest");
  if (token.e !== epoch) {
    throw new GraphError(
      410,
      "resyncChangesApplyDifferences",
      "The delta token is no longer valid; start a fresh enumeration from the Location header.",
      { location: buildLink(ctx, undefined) },
    );
  }
  const upTo = token.u ?? latest;
  const topText = ctx.request.query.get("$top");
  const pageSize = Math.max(1, Math.min(1000, topText === null ? defaultPageSize : Number(topText)));
  const changes = listChanges(list, token.a, upTo);
  const page = changes.slice(0, pageSize);
  const value = page.map((change) => {
    if ("deletedId" in change) return { id: change.deletedId, deleted: { state: "deleted" } };
    const item = renderItem(ctx.state, site, list, change.item, true);
    const shown = expandFields ? item : Object.fromEntries(Object.entries(item).filter(([key]) => key !== "fields"));
    return applySelect(ctx, shown);
  });
  const last = page.at(-1);
  const body: Record<string, unknown> = { "@odata.context": context, value };
  if (changes.length > pageSize && last !== undefined) {
    body["@odata.nextLink"] = buildLink(ctx, encodeToken({ e: epoch, a: last.seq, u: upTo }));
  } else {
    body["@odata.deltaLink"] = buildLink(ctx, encodeToken({ e: epoch, a: upTo }));
  }
  return { status: 200, body };
}
