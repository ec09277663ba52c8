// Directory changes the admin endpoints and scenarios make, as Microsoft Entra ID makes them.
// Deleting a user moves it to deleted items: GET /users/{id} answers 404 and the user leaves every
// group (https://learn.microsoft.com/graph/api/user-delete), while Planner keeps the id in task
// assignments (https://learn.microsoft.com/graph/api/resources/plannerassignments) and list items
// and chat messages keep naming it. Disabling only sets accountEnabled to false
// (https://learn.microsoft.com/graph/api/resources/user): the user stays in its groups.
import type { TenantState, UserState } from "./tenant-state.ts";

export function deleteUser(state: TenantState, user: UserState, at: string): void {
  user.deletedDateTime = at;
  for (const group of state.groups) {
    group.memberIds = group.memberIds.filter((id) => id !== user.id);
    group.ownerIds = group.ownerIds.filter((id) => id !== user.id);
  }
}

export function setAccountEnabled(user: UserState, enabled: boolean): void {
  user.accountEnabled = enabled;
}
