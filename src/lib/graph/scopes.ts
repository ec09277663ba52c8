// Least-privileged delegated Microsoft Graph scopes, one entry per operation the app sends.
// The Graph client asks the auth port for exactly these scopes per request, and scopes.test.ts
// pins the whole map, so a new or widened permission shows up in review.
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
  // GET /me/calendarView, /me/events/{id}, /me/events/{id}/instances. Calendars.ReadBasic is
  // listed as least privileged, but it withholds the event body, the only place some meetings
  // carry their Teams join link when onlineMeeting is empty; series resolution needs both.
  listCalendarView: ["Calendars.Read"],
  getEvent: ["Calendars.Read"],
  listEventInstances: ["Calendars.Read"],
  // GET /me/mailboxSettings — user-get-mailboxsettings
  getMailboxSettings: ["MailboxSettings.Read"],
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
  // GET /me/memberOf/microsoft.graph.group?$select=id — user-list-memberof: User.Read is least
  // privileged for the signed-in user's own memberships. "My meetings" needs only the group ids
  // (the "limited information" User.Read returns still has them), never names.
  listMyGroupIds: ["User.Read"],
  // GET /me/planner/tasks — planneruser-list-tasks names Tasks.Read; the write scope on purpose, as
  // for the other Planner reads: the same view updates the tasks' progress.
  listMyPlannerTasks: ["Tasks.ReadWrite"],
} as const satisfies Record<string, readonly string[]>;

export type OperationName = keyof typeof operationScopes;

export function scopesFor(operation: OperationName): string[] {
  return [...operationScopes[operation]];
}

/** Every scope the app may request, sorted: the consent set and the app registration's list. */
export function allScopes(): string[] {
  return [...new Set(Object.values(operationScopes).flat())].sort();
}
