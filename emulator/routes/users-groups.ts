// Directory routes: users, the signed-in user's mailbox settings, groups with their members and
// owners, memberOf (with the microsoft.graph.group cast), and the entry points from a group to
// its SharePoint site, document library and Planner plans (members only).
import { createHash } from "node:crypto";
import { GraphError, notFound } from "../http/graph-error.ts";
import { evaluateFilter, parseFilter } from "../odata/filter.ts";
import type { FilterNode } from "../odata/filter.ts";
import { isGranted } from "../http/permissions.ts";
import { respondCollection, respondEntity } from "../http/responses.ts";
import { requireGroup, requireGroupMember, requireUser } from "../state/lookups.ts";
import { renderDrive } from "./drive.ts";
import { renderPlan } from "./planner-render.ts";
import { renderSite } from "./sites-render.ts";
import type { Route, RouteContext } from "../http/types.ts";
import type { GroupState, TenantState, UserState } from "../state/tenant-state.ts";

// Properties Graph returns for a user when there is no $select
// (https://learn.microsoft.com/graph/api/user-get#response).
const defaultUserProperties = new Set([
  "businessPhones",
  "displayName",
  "givenName",
  "jobTitle",
  "mail",
  "mobilePhone",
  "officeLocation",
  "preferredLanguage",
  "surname",
  "userPrincipalName",
  "id",
]);

export function renderUser(ctx: RouteContext, user: UserState, typed = false): Record<string, unknown> {
  const full: Record<string, unknown> = {
    ...(typed ? { "@odata.type": "#microsoft.graph.user" } : {}),
    id: user.id,
    businessPhones: [],
    displayName: user.displayName,
    givenName: user.givenName ?? null,
    jobTitle: user.jobTitle ?? null,
    mail: user.mail ?? null,
    mobilePhone: user.mobilePhone ?? null,
    officeLocation: user.officeLocation ?? null,
    preferredLanguage: user.preferredLanguage,
    surname: user.surname ?? null,
    userPrincipalName: user.userPrincipalName,
    department: user.department ?? null,
    accountEnabled: user.accountEnabled,
    mailNickname: user.userPrincipalName.split("@")[0] ?? null,
    usageLocation: null,
    userType: user.userType,
    proxyAddresses: listProxyAddresses(user),
  };
  if (ctx.request.query.get("$select") !== null) return full;
  return Object.fromEntries(
    Object.entries(full).filter(([key]) => key.startsWith("@") || defaultUserProperties.has(key)),
  );
}

// "SMTP:" marks the primary address, "smtp:" the aliases; Exchange keeps the mail among them
// (https://learn.microsoft.com/graph/api/resources/user, proxyAddresses).
function listProxyAddresses(user: UserState): string[] {
  if (user.proxyAddresses !== undefined) return user.proxyAddresses;
  return user.mail === undefined ? [] : [`SMTP:${user.mail}`];
}

// Directory queries compare strings case-insensitively, so `proxyAddresses/any(p:p eq 'smtp:a@b')`
// finds the primary "SMTP:a@b" too. Graph's default filters on users are `eq`, `in` and
// `startsWith`; `ne`, `not` and `endsWith` are advanced queries that need `ConsistencyLevel: eventual`
// and `$count=true`, else Graph answers 400 Request_UnsupportedQuery
// (https://learn.microsoft.com/graph/aad-advanced-queries).
function foldCase(node: FilterNode): FilterNode {
  switch (node.kind) {
    case "literal":
      return typeof node.value === "string" ? { kind: "literal", value: node.value.toLowerCase() } : node;
    case "path":
      return node;
    case "compare":
      return { ...node, left: foldCase(node.left), right: foldCase(node.right) };
    case "logical":
      return { ...node, left: foldCase(node.left), right: foldCase(node.right) };
    case "not":
      return { ...node, operand: foldCase(node.operand) };
    case "call":
      return { ...node, args: node.args.map(foldCase) };
    case "any":
      return { ...node, predicate: foldCase(node.predicate) };
  }
}

function isAdvanced(node: FilterNode): boolean {
  switch (node.kind) {
    case "literal":
    case "path":
      return false;
    case "compare":
      return node.op === "ne" || isAdvanced(node.left) || isAdvanced(node.right);
    case "logical":
      return isAdvanced(node.left) || isAdvanced(node.right);
    case "not":
      return true;
    case "call":
      return node.name === "endswith" || node.args.some(isAdvanced);
    case "any":
      return isAdvanced(node.predicate);
  }
}

function lowerStrings(value: unknown): unknown {
  if (typeof value === "string") return value.toLowerCase();
  if (Array.isArray(value)) return value.map(lowerStrings);
  return value;
}

function listUsers(ctx: RouteContext): Record<string, unknown>[] {
  const users = ctx.state.users.filter((u) => u.deletedDateTime === undefined);
  const filterText = ctx.request.query.get("$filter");
  if (filterText === null) return users.map((u) => renderUser(ctx, u));
  const filter = parseFilter(filterText);
  const eventual = ctx.request.headers["consistencylevel"]?.toLowerCase() === "eventual";
  if (isAdvanced(filter) && !(eventual && ctx.request.query.get("$count") === "true"))
    throw new GraphError(
      400,
      "Request_UnsupportedQuery",
      "Unsupported or invalid query filter clause specified for property of resource 'User'.",
    );
  const folded = foldCase(filter);
  return users
    .filter((u) => {
      const full = renderUser(ctx, u);
      const lowered = Object.fromEntries(Object.entries(full).map(([k, v]) => [k, lowerStrings(v)]));
      return evaluateFilter(folded, lowered);
    })
    .map((u) => renderUser(ctx, u));
}

// A distribution list a scenario invites is a mail-enabled group that is neither Unified nor
// security-enabled (https://learn.microsoft.com/graph/api/resources/groups-overview, group types).
function listDistributionLists(state: TenantState): Record<string, unknown>[] {
  const lists = new Map<string, { address: string; name: string }>();
  for (const meeting of state.meetings)
    for (const a of meeting.addressAttendees) if (a.kind === "distributionList") lists.set(a.address.toLowerCase(), a);
  return [...lists.values()].map((list) => {
    const hex = createHash("sha256").update(list.address.toLowerCase()).digest("hex");
    return {
      id: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`,
      createdDateTime: state.loadedAt,
      description: null,
      displayName: list.name,
      groupTypes: [],
      mail: list.address,
      mailEnabled: true,
      mailNickname: list.address.split("@")[0] ?? list.address,
      securityEnabled: false,
      visibility: null,
      resourceProvisioningOptions: [],
    };
  });
}

export function renderGroup(group: GroupState, domain: string, typed = false): Record<string, unknown> {
  return {
    ...(typed ? { "@odata.type": "#microsoft.graph.group" } : {}),
    id: group.id,
    createdDateTime: group.createdDateTime,
    description: group.description,
    displayName: group.displayName,
    groupTypes: ["Unified"],
    mail: `${group.mailNickname}@${domain}`,
    mailEnabled: true,
    mailNickname: group.mailNickname,
    securityEnabled: false,
    visibility: group.visibility,
    resourceProvisioningOptions: [],
  };
}

// Graph's documented answer carries the automatic replies' scheduled window
// (https://learn.microsoft.com/graph/api/user-get-mailboxsettings, example 1); here a day from load.
function renderScheduledWindow(loadedAt: string): Record<string, unknown> {
  const start = new Date(loadedAt);
  const end = new Date(start.getTime() + 24 * 3_600_000);
  const format = (date: Date): { dateTime: string; timeZone: string } => ({
    dateTime: `${date.toISOString().slice(0, 19)}.0000000`,
    timeZone: "UTC",
  });
  return { scheduledStartDateTime: format(start), scheduledEndDateTime: format(end) };
}

function renderMailboxSettings(user: UserState, loadedAt: string): Record<string, unknown> {
  return {
    archiveFolder: "AAMkAGArchive",
    timeZone: user.timeZone,
    dateFormat: user.preferredLanguage.startsWith("zh") ? "yyyy/M/d" : "dd/MM/yyyy",
    timeFormat: "HH:mm",
    userPurpose: "user",
    delegateMeetingMessageDeliveryOptions: "sendToDelegateOnly",
    language: { locale: user.preferredLanguage, displayName: user.preferredLanguage },
    automaticRepliesSetting: {
      status: "disabled",
      externalAudience: "none",
      ...renderScheduledWindow(loadedAt),
      internalReplyMessage: "",
      externalReplyMessage: "",
    },
    workingHours: {
      daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
      startTime: "09:00:00.0000000",
      endTime: "18:00:00.0000000",
      timeZone: { name: user.timeZone },
    },
  };
}

const targetUser = (ctx: RouteContext): UserState => requireUser(ctx.state, ctx.keys[0] ?? "");

/**
 * Without a permission to read groups, Graph still lists one's own memberships but with "limited
 * information": only `@odata.type` and `id`
 * (https://learn.microsoft.com/graph/permissions-overview#limited-information-returned-for-inaccessible-member-objects).
 */
function listMemberOf(ctx: RouteContext): Record<string, unknown>[] {
  const user = targetUser(ctx);
  const full = isGranted(ctx.user, ["GroupMember.Read.All"]);
  return ctx.state.groups
    .filter((g) => g.memberIds.includes(user.id))
    .map((g) =>
      full ? renderGroup(g, ctx.state.tenant.domain, true) : { "@odata.type": "#microsoft.graph.group", id: g.id },
    );
}

function requireMemberGroup(ctx: RouteContext): GroupState {
  const group = requireGroup(ctx.state, ctx.keys[0] ?? "");
  requireGroupMember(group, ctx.user);
  return group;
}

export const userGroupRoutes: readonly Route[] = [
  {
    method: "GET",
    template: "users",
    handle: (ctx) => respondCollection(ctx, listUsers(ctx), { skipFilter: true }),
  },
  { method: "GET", template: "users/{}", handle: (ctx) => respondEntity(ctx, renderUser(ctx, targetUser(ctx))) },
  {
    method: "GET",
    template: "users/{}/mailboxSettings",
    handle: (ctx) => {
      const user = targetUser(ctx);
      if (user.id !== ctx.user.id)
        throw new GraphError(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
      return {
        status: 200,
        body: {
          "@odata.context": `${ctx.request.baseUrl}/$metadata#users('${user.id}')/mailboxSettings`,
          ...renderMailboxSettings(user, ctx.state.loadedAt),
        },
      };
    },
  },
  { method: "GET", template: "users/{}/memberOf", handle: (ctx) => respondCollection(ctx, listMemberOf(ctx)) },
  {
    method: "GET",
    template: "users/{}/memberOf/microsoft.graph.group",
    handle: (ctx) => respondCollection(ctx, listMemberOf(ctx)),
  },
  {
    method: "GET",
    template: "users/{}/transitiveMemberOf",
    handle: (ctx) => respondCollection(ctx, listMemberOf(ctx)),
  },
  { method: "GET", template: "users/{}/joinedTeams", handle: (ctx) => respondCollection(ctx, []) },
  {
    method: "GET",
    template: "groups",
    handle: (ctx) =>
      respondCollection(ctx, [
        ...ctx.state.groups.map((g) => renderGroup(g, ctx.state.tenant.domain)),
        ...listDistributionLists(ctx.state),
      ]),
  },
  {
    method: "GET",
    template: "groups/{}",
    handle: (ctx) =>
      respondEntity(ctx, renderGroup(requireGroup(ctx.state, ctx.keys[0] ?? ""), ctx.state.tenant.domain)),
  },
  {
    method: "GET",
    template: "groups/{}/members",
    handle: (ctx) => {
      const group = requireGroup(ctx.state, ctx.keys[0] ?? "");
      return respondCollection(
        ctx,
        group.memberIds.map((id) => renderUser(ctx, requireUser(ctx.state, id), true)),
      );
    },
  },
  {
    // The cast keeps users only (https://learn.microsoft.com/graph/api/group-list-members).
    method: "GET",
    template: "groups/{}/members/microsoft.graph.user",
    handle: (ctx) => {
      const group = requireGroup(ctx.state, ctx.keys[0] ?? "");
      return respondCollection(
        ctx,
        group.memberIds.map((id) => renderUser(ctx, requireUser(ctx.state, id), true)),
      );
    },
  },
  {
    method: "GET",
    template: "groups/{}/owners",
    handle: (ctx) => {
      const group = requireGroup(ctx.state, ctx.keys[0] ?? "");
      return respondCollection(
        ctx,
        group.ownerIds.map((id) => renderUser(ctx, requireUser(ctx.state, id), true)),
      );
    },
  },
  {
    method: "GET",
    template: "groups/{}/sites/{}",
    handle: (ctx) => {
      const group = requireMemberGroup(ctx);
      if (ctx.keys[1] !== "root" && ctx.keys[1] !== group.siteId)
        throw notFound("Requested site could not be found", "itemNotFound");
      const site = ctx.state.sites[group.siteId];
      if (!site) throw notFound("Requested site could not be found", "itemNotFound");
      return respondEntity(ctx, renderSite(ctx.state, site));
    },
  },
  {
    method: "GET",
    template: "groups/{}/drive",
    handle: (ctx) => {
      const group = requireMemberGroup(ctx);
      const drive = ctx.state.drives[group.driveId];
      if (!drive) throw notFound("The group has no document library.", "itemNotFound");
      return respondEntity(ctx, renderDrive(ctx.state, drive));
    },
  },
  {
    method: "GET",
    template: "groups/{}/planner/plans",
    handle: (ctx) => {
      const group = requireMemberGroup(ctx);
      return respondCollection(
        ctx,
        Object.values(ctx.state.planner.plans)
          .filter((p) => p.groupId === group.id)
          .map(renderPlan),
        { pageSize: 400 },
      );
    },
  },
];
