// Lookups over the tenant that several route areas share, with Graph's own not-found and
// access-denied errors.
import { forbidden, notFound } from "../http/graph-error.ts";
import type { GroupState, TenantState, UserState } from "./tenant-state.ts";

/** A user in the directory: a deleted one is not (https://learn.microsoft.com/graph/api/directory-deleteditems-get). */
export function findUser(state: TenantState, idOrUpn: string): UserState | undefined {
  const user = findUserRecord(state, idOrUpn);
  return user?.deletedDateTime === undefined ? user : undefined;
}

/**
 * Any user the tenant ever had, deleted ones included: what Planner assignments, list items'
 * createdBy and chat messages still name after the account is gone.
 */
export function findUserRecord(state: TenantState, idOrUpn: string): UserState | undefined {
  const key = idOrUpn.toLowerCase();
  return state.users.find((u) => u.id.toLowerCase() === key || u.userPrincipalName.toLowerCase() === key);
}

export function requireUserRecord(state: TenantState, idOrUpn: string): UserState {
  const user = findUserRecord(state, idOrUpn);
  if (!user) throw notFound(`User '${idOrUpn}' is not part of this scenario.`, "Request_ResourceNotFound");
  return user;
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
