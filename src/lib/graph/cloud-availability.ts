// Where each Graph operation the app sends is available, from the national-cloud table at the top of
// its v1.0 reference page (microsoftgraph/microsoft-graph-docs-contrib, `doc` below; rendered at
// https://learn.microsoft.com/graph/api/<page>). The table is an include naming the clouds:
// all-clouds.md (global, US Government L4 and L5, China operated by 21Vianet), global-us.md (no 21Vianet),
// global-china.md, global-only.md (api-reference/includes/). Where the stored page predates the
// includes, the rendered page's table (✅/❌ per cloud) was read instead. One row per operation of
// scopes.ts, pinned by cloud-availability.test.ts, and the same table is in docs/deploy.md.
// The Graph client refuses an operation missing from the configured cloud before sending anything
// (UnavailableInCloudError), and features show what still works instead of failing. The Graph
// client loads this table only when configured for a cloud other than the global one, so it is no
// part of the global start-up.
import type { CloudName } from "@/lib/config/cloud";
import type { OperationName } from "./scopes";

import { UnavailableInCloudError } from "./unavailable-in-cloud";
import type { CloudFeatureArea } from "./unavailable-in-cloud";

export { UnavailableInCloudError } from "./unavailable-in-cloud";
export type { CloudFeatureArea } from "./unavailable-in-cloud";

export interface CloudAvailability {
  /** Listed in the page's "China operated by 21Vianet" column. */
  china: boolean;
  /** The reference page, relative to microsoftgraph/microsoft-graph-docs-contrib. */
  doc: `api-reference/v1.0/api/${string}.md`;
  /** The include the page's table uses: which clouds it names; "none" when the page has no table. */
  clouds: "all-clouds" | "global-us" | "none";
  /** The feature an unavailable operation belongs to. */
  area?: CloudFeatureArea;
}

const everywhere = (doc: CloudAvailability["doc"]): CloudAvailability => ({ china: true, doc, clouds: "all-clouds" });
// Every Planner page uses global-us.md, and onlinemeeting-get lists no 21Vianet either.
const notInChina = (doc: CloudAvailability["doc"], area: CloudFeatureArea): CloudAvailability => ({
  china: false,
  doc,
  clouds: "global-us",
  area,
});

export const cloudAvailability = {
  getMe: everywhere("api-reference/v1.0/api/user-get.md"),
  getChat: everywhere("api-reference/v1.0/api/chat-get.md"),
  listChatMembers: everywhere("api-reference/v1.0/api/chat-list-members.md"),
  listChatMessages: everywhere("api-reference/v1.0/api/chat-list-messages.md"),
  postChatMessage: everywhere("api-reference/v1.0/api/chat-post-messages.md"),
  softDeleteChatMessage: everywhere("api-reference/v1.0/api/chatmessage-softdelete.md"),
  listCalendarView: everywhere("api-reference/v1.0/api/user-list-calendarview.md"),
  getEvent: everywhere("api-reference/v1.0/api/event-get.md"),
  // The page has the table, but no copy we could read shows its marks; event-get and
  // user-list-calendarview, the other calendar reads on the same events, name all four clouds.
  listEventInstances: everywhere("api-reference/v1.0/api/event-list-instances.md"),
  getOnlineMeeting: notInChina("api-reference/v1.0/api/onlinemeeting-get.md", "onlineMeetings"),
  listMyGroups: everywhere("api-reference/v1.0/api/user-list-memberof.md"),
  listPlannerBuckets: notInChina("api-reference/v1.0/api/plannerplan-list-buckets.md", "planner"),
  createPlannerBucket: notInChina("api-reference/v1.0/api/planner-post-buckets.md", "planner"),
  listGroupPlans: notInChina("api-reference/v1.0/api/plannergroup-list-plans.md", "planner"),
  createPlannerPlan: notInChina("api-reference/v1.0/api/planner-post-plans.md", "planner"),
  listPlannerTasks: notInChina("api-reference/v1.0/api/plannerplan-list-tasks.md", "planner"),
  createPlannerTask: notInChina("api-reference/v1.0/api/planner-post-tasks.md", "planner"),
  updatePlannerTask: notInChina("api-reference/v1.0/api/plannertask-update.md", "planner"),
  deletePlannerTask: notInChina("api-reference/v1.0/api/plannertask-delete.md", "planner"),
  getPlannerTask: notInChina("api-reference/v1.0/api/plannertask-get.md", "planner"),
  getPlannerTaskDetails: notInChina("api-reference/v1.0/api/plannertaskdetails-get.md", "planner"),
  // No readable copy shows this page's table; plannertaskdetails-get and every other Planner page
  // the app uses list no 21Vianet.
  updatePlannerTaskDetails: notInChina("api-reference/v1.0/api/plannertaskdetails-update.md", "planner"),
  getUser: everywhere("api-reference/v1.0/api/user-get.md"),
  // site-get documents GET /groups/{id}/sites/root but shows no national-cloud table at all
  // (https://learn.microsoft.com/graph/api/site-get); every site, list and list item page the app
  // uses after it names all four clouds.
  getGroupSite: { ...everywhere("api-reference/v1.0/api/site-get.md"), clouds: "none" },
  listListItems: everywhere("api-reference/v1.0/api/listitem-list.md"),
  listListItemVersions: everywhere("api-reference/v1.0/api/listitem-list-versions.md"),
  createListItem: everywhere("api-reference/v1.0/api/listitem-create.md"),
  updateListItem: everywhere("api-reference/v1.0/api/listitem-update.md"),
  // Only the beta rendering of list-list shows its marks (all four clouds); the stored v1.0 page
  // predates the includes.
  listSiteLists: everywhere("api-reference/v1.0/api/list-list.md"),
  createSiteList: everywhere("api-reference/v1.0/api/list-create.md"),
  listListColumns: everywhere("api-reference/v1.0/api/list-list-columns.md"),
  updateListColumn: everywhere("api-reference/v1.0/api/columndefinition-update.md"),
  listGroupOwners: everywhere("api-reference/v1.0/api/group-list-owners.md"),
  listGroupMembers: everywhere("api-reference/v1.0/api/group-list-members.md"),
  checkMyGroupMembership: everywhere("api-reference/v1.0/api/user-list-memberof.md"),
  uploadFile: everywhere("api-reference/v1.0/api/driveitem-put-content.md"),
  getDriveItem: everywhere("api-reference/v1.0/api/driveitem-get.md"),
  deleteDriveItem: everywhere("api-reference/v1.0/api/driveitem-delete.md"),
  deleteListItem: everywhere("api-reference/v1.0/api/listitem-delete.md"),
  listMyGroupIds: everywhere("api-reference/v1.0/api/user-list-memberof.md"),
  listMyPlannerTasks: notInChina("api-reference/v1.0/api/planneruser-list-tasks.md", "planner"),
} as const satisfies Record<OperationName, CloudAvailability>;

export function isAvailableIn(cloud: CloudName, operation: OperationName): boolean {
  return cloud === "global" || cloudAvailability[operation].china;
}

/** The operations missing from a cloud, in the scope table's order. */
export function listUnavailableOperations(cloud: CloudName): OperationName[] {
  return (Object.keys(cloudAvailability) as OperationName[]).filter((operation) => !isAvailableIn(cloud, operation));
}

/** The refusal for an operation the cloud lacks, or undefined when the cloud has it. */
export function checkAvailability(cloud: CloudName, operation: OperationName): UnavailableInCloudError | undefined {
  if (isAvailableIn(cloud, operation)) return undefined;
  const row: CloudAvailability = cloudAvailability[operation];
  return new UnavailableInCloudError(cloud, operation, row.area ?? "planner", row.doc);
}
