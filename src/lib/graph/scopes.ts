// Least-privileged delegated Microsoft Graph scopes, one entry per operation the app sends.
// The Graph client asks the auth port for exactly these scopes per request (incremental consent:
// a scope is asked for when an operation first needs it), and scopes.test.ts pins the whole map,
// so a new or widened permission shows up in review. scopeCatalog says which need an
// administrator; scope-purposes.ts says what each is for; docs/deploy.md and the Teams manifest
// list the same (scripts/sign-in-docs.test.ts).
// Source for each entry: the "Permissions" table of the API's v1.0 reference page on
// https://learn.microsoft.com/graph/api/overview (least privileged, delegated, work or school).

export const operationScopes = {
  // GET /me — user-get
  getMe: ["User.Read"],
  // GET /chats/{id} — chat-get
  getChat: ["Chat.ReadBasic"],
  // GET /chats/{id}/members — chat-list-members lists Chat.ReadBasic as least privileged;
  // ChatMember.Read is a *higher* privileged alternative there.
  listChatMembers: ["Chat.ReadBasic"],
  // GET /chats/{id}/messages — chat-list-messages
  listChatMessages: ["Chat.Read"],
  // POST /chats/{id}/messages — chat-post-messages
  postChatMessage: ["ChatMessage.Send"],
  // POST /users/{id}/chats/{id}/messages/{id}/softDelete — chatmessage-softdelete names only
  // Chat.ReadWrite for a chat; users may consent to it themselves (no admin consent,
  // https://learn.microsoft.com/graph/permissions-reference#chatreadwrite). Used to remove a later
  // copy of a card the user posted twice (a POST resent by the browser), never anyone else's message.
  softDeleteChatMessage: ["Chat.ReadWrite"],
  // GET /me/calendarView, /me/events/{id}, /me/events/{id}/instances — user-list-calendarview,
  // event-get, event-list-instances: Calendars.ReadBasic is the least privileged. It withholds
  // the body, attachments and extensions (https://learn.microsoft.com/graph/permissions-reference#calendarsreadbasic);
  // series resolution selects none of them, only onlineMeeting, times, recurrence and people.
  listCalendarView: ["Calendars.ReadBasic"],
  getEvent: ["Calendars.ReadBasic"],
  listEventInstances: ["Calendars.ReadBasic"],
  // GET /me/onlineMeetings?$filter=JoinWebUrl eq '…' — onlinemeeting-get: OnlineMeetings.Read.
  // Only when Outlook shows the short join link and the chat the long one (meeting-link.ts).
  getOnlineMeeting: ["OnlineMeetings.Read"],
  // GET /me/memberOf/microsoft.graph.group. User.Read is enough to call it, but then Graph returns
  // groups with only id and @odata.type ("limited information"); the picker needs displayName and
  // visibility (a public group cannot hold a new series' records).
  // NOTE: GroupMember.Read.All needs admin consent.
  listMyGroups: ["GroupMember.Read.All"],
  // Planner (plans, buckets, tasks with etags). Reads use the write scope on purpose: the
  // feature always writes, and a separate Tasks.Read would only add a line to the consent prompt.
  listPlannerBuckets: ["Tasks.ReadWrite"],
  createPlannerBucket: ["Tasks.ReadWrite"],
  // GET /groups/{id}/planner/plans and POST /planner/plans — the configuration page lists the
  // workspace group's plans or creates the series' own (planner-post-plans: Tasks.ReadWrite).
  listGroupPlans: ["Tasks.ReadWrite"],
  createPlannerPlan: ["Tasks.ReadWrite"],
  listPlannerTasks: ["Tasks.ReadWrite"],
  createPlannerTask: ["Tasks.ReadWrite"],
  updatePlannerTask: ["Tasks.ReadWrite"],
  // DELETE /planner/tasks/{id} with If-Match — an untouched extra copy of a published task
  // (plannertask-delete: Tasks.ReadWrite).
  deletePlannerTask: ["Tasks.ReadWrite"],
  // GET /planner/tasks/{id} — a published task no longer in its bucket (moved by someone).
  getPlannerTask: ["Tasks.ReadWrite"],
  // GET and PATCH /planner/tasks/{id}/details — plannertaskdetails-get / -update: Tasks.Read /
  // Tasks.ReadWrite; the write scope for reads, as above.
  getPlannerTaskDetails: ["Tasks.ReadWrite"],
  updatePlannerTaskDetails: ["Tasks.ReadWrite"],
  // GET /users/{upn}?$select=id — user-get: reading another user needs User.ReadBasic.All (no
  // admin consent); Planner assignments are keyed by user id, the minutes hold UPNs.
  getUser: ["User.ReadBasic.All"],
  // Workspace site and its lists (series records as list items); same reasoning for reads.
  getGroupSite: ["Sites.ReadWrite.All"],
  listListItems: ["Sites.ReadWrite.All"],
  // GET /sites/{id}/lists/{id}/items/{id}/versions — listitem-list-versions names Sites.Read.All as
  // least privileged (Sites.ReadWrite.All higher); the write scope the app holds already, as above.
  listListItemVersions: ["Sites.ReadWrite.All"],
  createListItem: ["Sites.ReadWrite.All"],
  updateListItem: ["Sites.ReadWrite.All"],
  // GET /sites/{id}/lists — list-list names Sites.Read.All; the write scope for the reason above.
  listSiteLists: ["Sites.ReadWrite.All"],
  // POST /sites/{id}/lists — list-create: Sites.Manage.All is the least privileged delegated
  // permission; Sites.ReadWrite.All does not create lists. Only the first open of a workspace uses it.
  createSiteList: ["Sites.Manage.All"],
  // GET /sites/{id}/lists/{id}/columns — list-list-columns names Sites.Read.All; the write scope as
  // for the other reads. Read once, right after creating the lists, to see their indexes took.
  listListColumns: ["Sites.ReadWrite.All"],
  // PATCH /sites/{id}/lists/{id}/columns/{id} — columndefinition-update: Sites.Manage.All is the
  // least privileged; indexes a column the list was created without (list-create does not promise it).
  updateListColumn: ["Sites.Manage.All"],
  // GET /groups/{id}/owners — group-list-owners; read so a non-member is told whom to ask.
  listGroupOwners: ["GroupMember.Read.All"],
  // GET /groups/{id}/members/microsoft.graph.user — group-list-members: GroupMember.Read.All is the least privileged.
  listGroupMembers: ["GroupMember.Read.All"],
  // GET /me/memberOf/microsoft.graph.group?$filter=id eq '…' — user-list-memberof. User.Read is
  // enough: the "limited information" it returns still carries the group's id, all we compare.
  checkMyGroupMembership: ["User.Read"],
  // Files in the workspace's document library (the group drive).
  uploadFile: ["Files.ReadWrite.All"],
  // Used by the tenant smoke test's clean-up only (scripts/smoke): reading back and deleting what it
  // wrote needs no scope beyond the ones above (driveitem-get/-delete, listitem-delete).
  getDriveItem: ["Files.ReadWrite.All"],
  deleteDriveItem: ["Files.ReadWrite.All"],
  deleteListItem: ["Sites.ReadWrite.All"],
  // GET /me/memberOf/microsoft.graph.group?$select=id — user-list-memberof: User.Read is least
  // privileged for the signed-in user's own memberships. "My meetings" needs only the group ids
  // (the "limited information" User.Read returns still has them), never names.
  listMyGroupIds: ["User.Read"],
  // GET /me/planner/tasks — planneruser-list-tasks names Tasks.Read; the write scope on purpose, as
  // for the other Planner reads: the same view updates the tasks' progress.
  listMyPlannerTasks: ["Tasks.ReadWrite"],
} as const satisfies Record<string, readonly string[]>;

export type OperationName = keyof typeof operationScopes;
export type ScopeName = (typeof operationScopes)[OperationName][number];

/**
 * Whether only an administrator can grant each scope for the whole tenant (the "Admin consent
 * required" column of https://learn.microsoft.com/graph/permissions-reference, delegated). A
 * user can consent to the others, unless the tenant restricts user consent.
 */
export const scopeCatalog = {
  "Calendars.ReadBasic": { adminConsent: false },
  "Chat.Read": { adminConsent: false },
  "Chat.ReadBasic": { adminConsent: false },
  "ChatMessage.Send": { adminConsent: false },
  "Files.ReadWrite.All": { adminConsent: false },
  "Chat.ReadWrite": { adminConsent: false },
  "GroupMember.Read.All": { adminConsent: true },
  "OnlineMeetings.Read": { adminConsent: false },
  "Sites.Manage.All": { adminConsent: false },
  "Sites.ReadWrite.All": { adminConsent: false },
  "Tasks.ReadWrite": { adminConsent: false },
  "User.Read": { adminConsent: false },
  "User.ReadBasic.All": { adminConsent: false },
} as const satisfies Record<ScopeName, { adminConsent: boolean }>;

/** What the first screen needs (who you are, the meeting chat, your calendar): asked for at sign-in, in one prompt. */
export const signInOperations = [
  "getMe",
  "getChat",
  "listCalendarView",
  "getEvent",
  "listEventInstances",
] as const satisfies readonly OperationName[];

export function scopesFor(operation: OperationName): string[] {
  return [...operationScopes[operation]];
}

/** Every scope the app may request, sorted: the app registration's list and the manifest's. */
export function allScopes(): string[] {
  return [...new Set(Object.values(operationScopes).flat())].sort();
}

/** The scopes the first interactive sign-in asks for; every other one is asked for when first needed. */
export function signInScopes(): string[] {
  return [...new Set(signInOperations.flatMap(scopesFor))].sort();
}

export function isScopeName(scope: string): scope is ScopeName {
  return Object.hasOwn(scopeCatalog, scope);
}

/** The scopes only an administrator can grant. */
export function adminConsentScopes(): string[] {
  return allScopes().filter((scope) => isScopeName(scope) && scopeCatalog[scope].adminConsent);
}

/** The operations that use each scope, in the map's order: what a scope is needed for. */
export function listOperationsUsing(scope: string): OperationName[] {
  return (Object.keys(operationScopes) as OperationName[]).filter((operation) => scopesFor(operation).includes(scope));
}
