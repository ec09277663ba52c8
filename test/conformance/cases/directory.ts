// The signed-in user, other users, group memberships, owners and members.
import { expect } from "vitest";
import { collectionSchema, idRefSchema } from "@/meeting/api/workspace/batch-rounds";
import { resolveUserIds } from "@/features/minutes/planner-sync/planner-read";
import { listMyGroups } from "@/features/setup/api/workspace-choices";
import { getMyObjectId } from "@/meeting/api/authorship/my-object-id";
import { toDirectoryPerson, toMembers } from "@/meeting/api/directory/directory";
import { getWorkspaceAccess } from "@/meeting/api/workspace/access";
import { createDocumentedGraph } from "../support/documented-graph";
import { adaptRequest, itemsOf, responseOf } from "./types";
import type { ConformanceCase } from "./types";

const emptyPage = { status: 200, body: { value: [] } };

export const directoryCases: ConformanceCase[] = [
  {
    operation: "getMe",
    request: (_session, example) => adaptRequest(example, {}),
    map: async (example) => {
      const id = await getMyObjectId(createDocumentedGraph());
      expect(id).toBe(responseOf(example).id);
      return `getMyObjectId → ${id}`;
    },
  },
  {
    operation: "getUser",
    request: (session, example) =>
      adaptRequest(example, { "87d349ed-44d7-43e1-9a83-5f2406dee5bd": session.ids.colleagueId }),
    map: async (example) => {
      const person = toDirectoryPerson(responseOf(example));
      expect(person).toEqual({
        id: "87d349ed-44d7-43e1-9a83-5f2406dee5bd",
        name: "Adele Vance",
        userPrincipalName: "AdeleV@contoso.com",
        account: "unknown",
      });
      const plannerIds = await resolveUserIds(createDocumentedGraph(), ["AdeleV@contoso.com"]);
      expect(plannerIds.get("adelev@contoso.com")).toBe(person.id);
      return `toDirectoryPerson → ${person.name}, account ${person.account}; resolveUserIds → ${person.id}`;
    },
  },
  {
    operation: "listMyGroups",
    request: (session, example) =>
      adaptRequest(example, { "{id}": session.ids.me.id, "displayName:tier": "displayName:云栈" }),
    map: async () => {
      const groups = await listMyGroups(createDocumentedGraph());
      // The example's group shows no groupTypes: not a Microsoft 365 group, so it cannot hold a workspace.
      expect(groups).toEqual([]);
      return "listMyGroups → [] (the group shows no groupTypes 'Unified')";
    },
  },
  {
    operation: "listMyGroupIds",
    request: (session, example) =>
      adaptRequest(example, { "{id}": session.ids.me.id, "displayName:tier": "displayName:云栈" }),
    map: (example) => {
      const page = collectionSchema.parse(responseOf(example));
      const ids = page.value.map((group) => idRefSchema.parse(group).id);
      expect(ids).toEqual(["11111111-2222-3333-4444-555555555555"]);
      return `idRefSchema → ${ids.join(", ")}`;
    },
  },
  {
    operation: "checkMyGroupMembership",
    request: (session, example) =>
      adaptRequest(example, {
        "{id}": session.ids.me.id,
        "startswith(displayName, 'a')": "startswith(displayName, '云')",
      }),
    map: async () => {
      const graph = createDocumentedGraph({ listGroupOwners: emptyPage });
      // Membership is decided by the groups' ids, which this (shortened) example does not show:
      // the boundary refuses it rather than answer "not a member".
      await expect(getWorkspaceAccess(graph, "11111111-2222-3333-4444-555555555555")).rejects.toThrow(/id/);
      return "getWorkspaceAccess refuses: the shortened example shows no group id";
    },
  },
  {
    operation: "listGroupOwners",
    request: (session, example) => adaptRequest(example, { "{id}": session.ids.groupId }),
    deviations: {
      "value[]/accountEnabled":
        "not a property Graph returns for a user without $select (user-get.md, Optional query parameters); the app $selects what it reads",
    },
    map: async (example) => {
      const graph = createDocumentedGraph({ checkMyGroupMembership: emptyPage });
      const access = await getWorkspaceAccess(graph, "02bd9fd6-8f93-4758-87c3-1fb73740a315");
      expect(access.owners).toEqual(itemsOf(example).map((o) => ({ name: o.displayName, email: o.userPrincipalName })));
      return `getWorkspaceAccess → ${String(access.owners.length)} owners, named with their UPN (no mail shown)`;
    },
  },
  {
    operation: "listGroupMembers",
    request: (session, example) => adaptRequest(example, { "{id}": session.ids.groupId }),
    map: (example) => {
      const members = toMembers(itemsOf(example));
      expect([...members.values()]).toEqual([{ id: "id-value", name: "", userPrincipalName: "", account: "unknown" }]);
      return "toMembers → 1 member known by id only, account unknown";
    },
  },
];
