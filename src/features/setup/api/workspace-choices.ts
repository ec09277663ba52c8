// The choices the configuration page offers: the Microsoft 365 groups the organizer belongs to
// (a series' workspace) and each group's Planner plans, plus creating the series' own plan.
import type { GraphClient } from "@/lib/graph";
import { readGroupVisibility } from "../model/workspace-visibility";
import type { GroupVisibility } from "../model/workspace-visibility";

export interface GroupChoice {
  id: string;
  name: string;
  /** Who may join and read the group: the picker shows it, and a new series needs a private group. */
  visibility: GroupVisibility;
}

interface GraphGroup {
  id: string;
  displayName?: string | null;
  groupTypes?: string[] | null;
  visibility?: string | null;
}

export interface PlanChoice {
  id: string;
  title: string;
}

interface GraphCollection<T> {
  value: T[];
  "@odata.nextLink"?: string;
}

// `visibility` is a property of group, "returned by default" (https://learn.microsoft.com/graph/api/resources/group),
// so the memberOf listing cast to microsoft.graph.group takes it in $select like displayName
// (https://learn.microsoft.com/graph/api/user-list-memberof, example 4). With GroupMember.Read.All
// Graph returns the full group, not the "limited information" User.Read gets.
const myGroupsPath = "/me/memberOf/microsoft.graph.group?$select=id,displayName,groupTypes,visibility&$top=100";

export async function listMyGroups(client: GraphClient): Promise<GroupChoice[]> {
  const groups: GroupChoice[] = [];
  let path: string | undefined = myGroupsPath;
  while (path) {
    const page: { body: GraphCollection<GraphGroup> } = await client.get(path, { operation: "listMyGroups" });
    // Only Microsoft 365 ("Unified") groups have a site and a Planner: security groups and
    // distribution lists cannot hold a workspace (https://learn.microsoft.com/graph/api/resources/group).
    const unified = page.body.value.filter((g) => (g.groupTypes ?? []).includes("Unified"));
    groups.push(
      ...unified.map((g) => ({
        id: g.id,
        name: g.displayName ?? g.id,
        visibility: readGroupVisibility(g.visibility),
      })),
    );
    path = page.body["@odata.nextLink"];
  }
  return groups.sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
}

export async function listGroupPlans(client: GraphClient, groupId: string): Promise<PlanChoice[]> {
  const { body } = await client.get<GraphCollection<{ id: string; title: string }>>(
    `/groups/${encodeURIComponent(groupId)}/planner/plans?$select=id,title`,
    { operation: "listGroupPlans" },
  );
  return body.value.map((p) => ({ id: p.id, title: p.title }));
}

/**
 * A plan belongs to a group (https://learn.microsoft.com/graph/api/planner-post-plans): its container
 * is the group, named by containerId and type (the page allows that instead of the url, which would
 * name one cloud's Graph host).
 */
export async function createGroupPlan(client: GraphClient, groupId: string, title: string): Promise<PlanChoice> {
  const { body } = await client.post<{ id: string; title: string }>(
    "/planner/plans",
    { title, container: { containerId: groupId, type: "group" } },
    { operation: "createPlannerPlan" },
  );
  return { id: body.id, title: body.title };
}
