// Lookups over the tenant that several route areas share, with Graph's own not-found and
// access-denied errors.
import { forbidden, notFound } from "../http/graph-error.ts";
import type { GroupState, TenantState, UserState } from "./tenant-state.ts";

export function findUser(state: TenantState, idOrUpn: string): UserState | undefined {
  const key = idOrUpn.toLowerCase();
  return state.users.find((u) => u.id.toLowerCase() === key || u.userPrincipalName.toLowerCase() === key);
}

export function requireUser(state: TenantState, idOrUpn: string): UserState {
  const user = findUser(state, idOrUpn);
  if (!user)
    throw notFound(
      `Resource '${idOrUpn}' does not exist or one of its queried reference-property objects are not present.`,
      "Request_ResourceNotFound",
    );
  return user;
}

export function requireGroup(state: TenantState, id: string): GroupState {
  const group = state.groups.find((g) => g.id === id);
  if (!group)
    throw notFound(
      `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
      "Request_ResourceNotFound",
    );
  return group;
}

export function requireGroupMember(group: GroupState, user: UserState): void {
  if (!group.memberIds.includes(user.id)) {
    throw forbidden(
      `Insufficient privileges to complete the operation: ${user.userPrincipalName} is not a member of group '${group.displayName}'.`,
    );
  }
}
