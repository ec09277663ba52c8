// Tabs pinned to a meeting chat (https://learn.microsoft.com/graph/api/resources/teamstab): list
// (`$expand=teamsApp`, `$filter=teamsApp/id eq '…'`), add, read, update and remove, for chat
// members only. A configurable tab's settings page ends in Teams saving `configuration`
// (entityId, contentUrl, websiteUrl, removeUrl) on the tab; the demo host writes and reads it here.
// The app is named only through `teamsApp@odata.bind`, as in "Add tab to chat"
// (https://learn.microsoft.com/graph/api/chat-post-tabs); the emulator has no app catalog, so any
// app id is accepted and the expanded teamsApp carries just its id.
import { badRequest, notFound } from "../http/graph-error.ts";
import { filterItems, respondCollection, respondEntity, respondNoContent } from "../http/responses.ts";
import { parseExpand } from "../metadata/check-query.ts";
import { createGuid } from "../state/ids.ts";
import { requireChat } from "./chat-access.ts";
import type { GraphResponse, Route, RouteContext } from "../http/types.ts";
import type { ChatState, ChatTabState } from "../state/tenant-state.ts";

type Json = Record<string, unknown>;

// The bind names the app on the Graph root of the cloud the request is sent to: the global one, or
// Microsoft 365 operated by 21Vianet's (https://learn.microsoft.com/graph/deployments).
const appBindPattern =
  /^https:\/\/(?:graph\.microsoft\.com|microsoftgraph\.chinacloudapi\.cn)\/v1\.0\/appCatalogs\/teamsApps\/([^/?#]+)$/;
const bindKey = "teamsApp@odata.bind";

function renderTab(ctx: RouteContext, chat: ChatState, tab: ChatTabState): Json {
  const context = encodeURIComponent(JSON.stringify({ chatId: chat.id, contextType: "chat" }));
  return {
    id: tab.id,
    displayName: tab.displayName,
    // Teams' deep link to the tab instance; clients only open it, so its exact shape matters little.
    webUrl: `https://teams.microsoft.com/l/entity/${encodeURIComponent(tab.teamsAppId)}/${tab.id}?label=${encodeURIComponent(tab.displayName)}&context=${context}&tenantId=${ctx.state.tenant.id}`,
    configuration: { ...tab.configuration },
    teamsApp: { id: tab.teamsAppId, externalId: null, displayName: null, distributionMethod: "organization" },
  };
}

function isTeamsAppExpanded(ctx: RouteContext): boolean {
  return parseExpand(ctx.request.query.get("$expand")).some((e) => e.name === "teamsApp" || e.name === "*");
}

/** Filters see the app (so `teamsApp/id eq '…'` works), readers only when they asked for it. */
function stripTeamsApp(ctx: RouteContext, tab: Json): Json {
  return isTeamsAppExpanded(ctx) ? tab : Object.fromEntries(Object.entries(tab).filter(([key]) => key !== "teamsApp"));
}

function requireTab(ctx: RouteContext, chat: ChatState): ChatTabState {
  const tab = chat.tabs.find((t) => t.id === ctx.keys[1]);
  if (!tab) throw notFound(`Tab '${ctx.keys[1] ?? ""}' was not found in this chat.`, "NotFound");
  return tab;
}

function readBody(ctx: RouteContext): Json {
  const body = ctx.request.body;
  if (typeof body !== "object" || body === null || Array.isArray(body) || Buffer.isBuffer(body)) {
    throw badRequest("The request body must be a JSON teamsTab object.");
  }
  if ("teamsApp" in body) {
    throw badRequest(
      "Name the tab's app with 'teamsApp@odata.bind': 'https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/{app-id}', not an inline teamsApp.",
    );
  }
  return body as Json;
}

function readConfiguration(value: unknown, base: ChatTabState["configuration"]): ChatTabState["configuration"] {
  if (value === undefined || value === null) return base;
  // The body checker already matched teamsTabConfiguration (an open type), so only the shape is left to read.
  const update = value as Json;
  const pick = (key: string, current: string | null): string | null => {
    if (!(key in update)) return current;
    const next = update[key];
    return typeof next === "string" ? next : null;
  };
  return {
    ...base,
    ...update,
    entityId: pick("entityId", base.entityId),
    contentUrl: pick("contentUrl", base.contentUrl),
    websiteUrl: pick("websiteUrl", base.websiteUrl),
    removeUrl: pick("removeUrl", base.removeUrl),
  };
}

function addTab(ctx: RouteContext): GraphResponse {
  const chat = requireChat(ctx);
  const body = readBody(ctx);
  const bind = body[bindKey];
  if (bind === undefined)
    throw badRequest(`${bindKey} is required: 'https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/{app-id}'.`);
  const appId = typeof bind === "string" ? appBindPattern.exec(bind)?.[1] : undefined;
  if (appId === undefined) {
    throw badRequest(
      `Invalid ${bindKey} ${JSON.stringify(bind)}: expected 'https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/{app-id}'.`,
    );
  }
  if (typeof body.displayName !== "string" || body.displayName.trim() === "")
    throw badRequest("displayName is required.");
  const tab: ChatTabState = {
    id: createGuid(),
    displayName: body.displayName,
    teamsAppId: decodeURIComponent(appId),
    configuration: readConfiguration(body.configuration, {
      entityId: null,
      contentUrl: null,
      websiteUrl: null,
      removeUrl: null,
    }),
  };
  chat.tabs.push(tab);
  return respondEntity(ctx, stripTeamsApp(ctx, renderTab(ctx, chat, tab)), 201);
}

function updateTab(ctx: RouteContext): GraphResponse {
  const chat = requireChat(ctx);
  const tab = requireTab(ctx, chat);
  const body = readBody(ctx);
  // "teamsApp … can't be changed after tab creation" (teamsTab resource, Relationships).
  if (bindKey in body) throw badRequest("The tab's teamsApp cannot be changed after the tab is created.");
  if (body.displayName !== undefined) {
    if (typeof body.displayName !== "string" || body.displayName.trim() === "")
      throw badRequest("displayName must be a non-empty string.");
    tab.displayName = body.displayName;
  }
  // OData PATCH updates a complex value property by property, so a config page that only resends
  // contentUrl keeps the entityId it saved before.
  tab.configuration = readConfiguration(body.configuration, tab.configuration);
  return respondEntity(ctx, stripTeamsApp(ctx, renderTab(ctx, chat, tab)));
}

export const chatTabRoutes: readonly Route[] = [
  {
    method: "GET",
    template: "chats/{}/tabs",
    handle: (ctx) => {
      const chat = requireChat(ctx);
      const matching = filterItems(
        ctx,
        chat.tabs.map((t) => renderTab(ctx, chat, t)),
      );
      return respondCollection(
        ctx,
        matching.map((t) => stripTeamsApp(ctx, t)),
        { skipFilter: true },
      );
    },
  },
  { method: "POST", template: "chats/{}/tabs", handle: addTab },
  {
    method: "GET",
    template: "chats/{}/tabs/{}",
    handle: (ctx) => {
      const chat = requireChat(ctx);
      return respondEntity(ctx, stripTeamsApp(ctx, renderTab(ctx, chat, requireTab(ctx, chat))));
    },
  },
  { method: "PATCH", template: "chats/{}/tabs/{}", handle: updateTab },
  {
    method: "DELETE",
    template: "chats/{}/tabs/{}",
    handle: (ctx) => {
      const chat = requireChat(ctx);
      const tab = requireTab(ctx, chat);
      chat.tabs = chat.tabs.filter((t) => t !== tab);
      return respondNoContent();
    },
  },
];
