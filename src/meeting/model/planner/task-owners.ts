// Pure: who owns an action item now (docs/domain.md §6). Planner is the truth once a task exists —
// anyone may reassign it there — and the minutes' owner is what was decided. A deleted user's id
// stays in the task's assignments (https://learn.microsoft.com/graph/api/resources/plannerassignments),
// so an owner who has left still "has" the task until someone hands it on.
import { findPerson, getStanding, isActiveStanding } from "../directory/directory";
import type { Directory, Standing } from "../directory/directory";
import type { PlannerTask } from "./planner-task";
import type { ReassignmentReason } from "../records/minutes-record";

export interface TaskOwner {
  /** Object id (from Planner) or the minutes' userPrincipalName. */
  key: string;
  /** Empty when the directory no longer knows the person and the minutes never named them. */
  name: string;
  standing: Standing;
}

export interface TaskOwnership {
  owners: TaskOwner[];
  /** The earlier owner, when the item is no longer with the one the minutes named. */
  reassignedFrom: { name: string } | undefined;
  /** Nobody who can still do it owns it: every owner has left, is disabled or out of the group. */
  isOrphaned: boolean;
}

export interface OwnedAction {
  owner: string;
  ownerName: string;
  /** The reassignment recorded in the minutes, the latest one for this action. */
  reassignedFromName?: string | undefined;
}

export function getTaskOwnership(
  action: OwnedAction,
  task: PlannerTask | undefined,
  directory: Directory,
): TaskOwnership {
  const minutesOwner: TaskOwner = {
    key: action.owner,
    name: findPerson(directory, action.owner)?.name ?? action.ownerName,
    standing: getStanding(directory, action.owner),
  };
  const recorded = action.reassignedFromName === undefined ? undefined : { name: action.reassignedFromName };
  if (task === undefined) {
    return { owners: [minutesOwner], reassignedFrom: recorded, isOrphaned: !isActiveStanding(minutesOwner.standing) };
  }
  const isMinutesOwner = (id: string): boolean => isSameOwner(directory, action.owner, id, task.assigneeIds.length);
  const owners = task.assigneeIds.map((id): TaskOwner => ({
    key: id,
    name: findPerson(directory, id)?.name ?? (isMinutesOwner(id) ? action.ownerName : ""),
    standing: getStanding(directory, id),
  }));
  const movedInPlanner = owners.length > 0 && !task.assigneeIds.some(isMinutesOwner);
  return {
    owners,
    reassignedFrom: recorded ?? (movedInPlanner ? { name: minutesOwner.name } : undefined),
    isOrphaned: owners.every((owner) => !isActiveStanding(owner.standing)),
  };
}

/**
 * Whether the assignee is the person the minutes named. When both have left, the directory can
 * no longer say who was who; a sole assignee is then taken to be the minutes' owner.
 */
function isSameOwner(directory: Directory, upn: string, assigneeId: string, assignees: number): boolean {
  const person = findPerson(directory, upn);
  if (person !== undefined) return person.id === assigneeId;
  return assignees === 1 && getStanding(directory, upn) === "gone" && getStanding(directory, assigneeId) === "gone";
}

export interface HandOver {
  /** Planner assignees to take off the task: those who can no longer do it. */
  removeIds: string[];
  reason: ReassignmentReason;
}

/** What a reassignment of an orphaned item changes, and why (the first owner's standing). */
export function getHandOver(ownership: TaskOwnership, hasTask: boolean): HandOver {
  const gone = ownership.owners.filter((owner) => !isActiveStanding(owner.standing));
  const standing = gone[0]?.standing;
  return {
    removeIds: hasTask ? gone.map((owner) => owner.key) : [],
    reason: standing === "gone" || standing === "disabled" || standing === "notMember" ? standing : "other",
  };
}
