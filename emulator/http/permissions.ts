// Delegated permissions, as Graph checks them against the token. The emulator's `emu:` token
// carries every permission except the ones the scenario withholds from its user
// (`withheldScopes`: not consented, not granted by an administrator). Each route lists the
// permissions its API reference page accepts, least privileged first; withholding a permission
// withholds the more privileged ones after it too (a tenant that has not granted
// GroupMember.Read.All has not granted Group.Read.All either), so a route is refused when its
// least privileged permission is withheld. Graph answers such a token 403: directory APIs with
// Authorization_RequestDenied "Insufficient privileges to complete the operation.", the others
// with their own Forbidden (https://learn.microsoft.com/graph/resolve-auth-errors).
import { GraphError } from "./graph-error.ts";
import type { UserState } from "../state/tenant-state.ts";

type Kind = "directory" | "workload";

interface PermissionRule {
  readonly template: RegExp;
  readonly methods: readonly string[];
  /** Accepted delegated permissions, least privileged first; `self` when the path is the signed-in user's own. */
  readonly permissions: readonly string[];
  readonly self?: readonly string[];
  readonly kind: Kind;
}

const read = ["GET"];
const write = ["POST", "PATCH", "PUT", "DELETE"];

const rules: readonly PermissionRule[] = [
  // user-get, user-list: the signed-in user with User.Read, anyone else with User.ReadBasic.All.
  {
    template: /^users(\/\{\})?$/,
    methods: read,
    permissions: ["User.ReadBasic.All", "User.Read.All", "Directory.Read.All"],
    self: ["User.Read", "User.ReadWrite", "User.ReadBasic.All"],
    kind: "directory",
  },
  // user-list-memberof: User.Read suffices for one's own groups, which then come with "limited
  // information" unless GroupMember.Read.All is granted (users-groups.ts).
  {
    template: /^users\/\{\}\/(memberOf|transitiveMemberOf)(\/microsoft\.graph\.group)?$/,
    methods: read,
    permissions: ["GroupMember.Read.All", "Group.Read.All", "Directory.Read.All"],
    self: ["User.Read", "GroupMember.Read.All"],
    kind: "directory",
  },
  // group-get, group-list-members, group-list-owners.
  {
    template: /^groups(\/\{\}(\/(members|owners)(\/microsoft\.graph\.user)?)?)?$/,
    methods: read,
    permissions: ["GroupMember.Read.All", "Group.Read.All", "Directory.Read.All"],
    kind: "directory",
  },
  {
    template: /^users\/\{\}\/mailboxSettings$/,
    methods: read,
    permissions: ["MailboxSettings.Read"],
    kind: "workload",
  },
  // user-list-calendarview, event-get, event-list-instances: Calendars.ReadBasic first.
  {
    template: /^users\/\{\}\/(calendar\/)?(calendarView|events)(\/\{\}(\/(instances|exceptionOccurrences))?)?$/,
    methods: read,
    permissions: ["Calendars.ReadBasic", "Calendars.Read", "Calendars.ReadWrite"],
    kind: "workload",
  },
  {
    template: /^(users\/\{\}\/chats|chats\/\{\}(\/members)?)$/,
    methods: read,
    permissions: ["Chat.ReadBasic", "Chat.Read", "Chat.ReadWrite"],
    kind: "workload",
  },
  {
    template: /^chats\/\{\}\/messages(\/\{\})?$/,
    methods: read,
    permissions: ["Chat.Read", "Chat.ReadWrite"],
    kind: "workload",
  },
  {
    template: /^chats\/\{\}\/messages$/,
    methods: ["POST"],
    permissions: ["ChatMessage.Send", "Chat.ReadWrite"],
    kind: "workload",
  },
  {
    template: /^users\/\{\}\/onlineMeetings(\/\{\})?$/,
    methods: read,
    permissions: ["OnlineMeetings.Read", "OnlineMeetings.ReadWrite"],
    kind: "workload",
  },
  // list-create and columndefinition-post need Sites.Manage.All; items Sites.ReadWrite.All; reads Sites.Read.All.
  {
    template: /^sites\/\{\}\/lists(\/\{\}\/columns)?$/,
    methods: ["POST"],
    permissions: ["Sites.Manage.All", "Sites.FullControl.All"],
    kind: "workload",
  },
  {
    template: /^(groups\/\{\}\/)?sites\/\{\}/,
    methods: read,
    permissions: ["Sites.Read.All", "Sites.ReadWrite.All", "Sites.Manage.All", "Sites.FullControl.All"],
    kind: "workload",
  },
  {
    template: /^sites\/\{\}\/lists\/\{\}\/items/,
    methods: write,
    permissions: ["Sites.ReadWrite.All", "Sites.Manage.All", "Sites.FullControl.All"],
    kind: "workload",
  },
  {
    template: /^(groups\/\{\}\/drive|drives\/\{\})/,
    methods: read,
    permissions: ["Files.Read.All", "Files.ReadWrite.All", "Sites.Read.All", "Sites.ReadWrite.All"],
    kind: "workload",
  },
  {
    template: /^(groups\/\{\}\/drive|drives\/\{\})/,
    methods: write,
    permissions: ["Files.ReadWrite.All", "Sites.ReadWrite.All"],
    kind: "workload",
  },
  {
    template: /^(planner\/|groups\/\{\}\/planner\/|users\/\{\}\/planner\/)/,
    methods: read,
    permissions: ["Tasks.Read", "Tasks.ReadWrite", "Group.Read.All", "Group.ReadWrite.All"],
    kind: "workload",
  },
  {
    template: /^planner\//,
    methods: write,
    permissions: ["Tasks.ReadWrite", "Group.ReadWrite.All"],
    kind: "workload",
  },
];

/** Whether the user's token carries a permission the route accepts (see the header). */
export function isGranted(user: UserState, permissions: readonly string[]): boolean {
  const leastPrivileged = permissions[0];
  return leastPrivileged === undefined || !(user.withheldScopes ?? []).includes(leastPrivileged);
}

/** Throws Graph's 403 when the route needs a permission withheld from the user. */
export function requirePermission(method: string, template: string, user: UserState, isSelf: boolean): void {
  if ((user.withheldScopes ?? []).length === 0) return;
  const rule = rules.find((r) => r.methods.includes(method) && r.template.test(template));
  if (rule === undefined) return;
  const permissions = isSelf && rule.self !== undefined ? rule.self : rule.permissions;
  if (isGranted(user, permissions)) return;
  if (rule.kind === "directory") {
    throw new GraphError(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
  }
  throw new GraphError(
    403,
    "Forbidden",
    `Missing scope permissions on the request. API requires one of '${permissions.join(", ")}'.`,
  );
}
