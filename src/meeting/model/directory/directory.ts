// Pure: what the directory says about the people a series names (docs/domain.md §2). Planner keeps a
// deleted user's id in its assignments, so a task can stay assigned to someone who has left; the
// workspace group's members are the people who can still do the work and read the records.

export type AccountState = "enabled" | "disabled" | "unknown";

export interface DirectoryPerson {
  /** Entra object id. */
  id: string;
  name: string;
  userPrincipalName: string;
  /**
   * From `accountEnabled`, which Graph returns only on $select and only to apps that may read full
   * profiles (https://learn.microsoft.com/graph/api/resources/user): "unknown" when it is withheld.
   */
  account: AccountState;
}

export interface Directory {
  /** The workspace group's members, by object id. */
  members: ReadonlyMap<string, DirectoryPerson>;
  /** People looked up outside the group, by lower-cased id or UPN; "gone" when the directory answered 404. */
  others: ReadonlyMap<string, DirectoryPerson | "gone">;
}

export type Standing = "active" | "disabled" | "gone" | "notMember" | "unknown";

export const emptyDirectory: Directory = { members: new Map(), others: new Map() };

/** The group member whose id or UPN this is; else a person looked up outside the group. */
export function findPerson(directory: Directory, idOrUpn: string): DirectoryPerson | undefined {
  const key = idOrUpn.trim().toLowerCase();
  const member = directory.members.get(idOrUpn) ?? findMemberByKey(directory, key);
  if (member !== undefined) return member;
  const other = directory.others.get(key);
  return other === "gone" ? undefined : other;
}

/** Whether the person can still own work in the series: in the group, account enabled. */
export function getStanding(directory: Directory, idOrUpn: string): Standing {
  const key = idOrUpn.trim().toLowerCase();
  const member = directory.members.get(idOrUpn) ?? findMemberByKey(directory, key);
  if (member !== undefined) return member.account === "disabled" ? "disabled" : "active";
  const other = directory.others.get(key);
  if (other === undefined) return "unknown";
  if (other === "gone") return "gone";
  return other.account === "disabled" ? "disabled" : "notMember";
}

/** Ids and UPNs a directory does not know yet: what to look up. */
export function listUnknownPeople(directory: Directory, keys: Iterable<string>): string[] {
  const unknown = new Set<string>();
  for (const key of keys) if (getStanding(directory, key) === "unknown") unknown.add(key.trim().toLowerCase());
  return [...unknown];
}

/** Members who can take work over: enabled (or not known to be disabled), sorted by name. */
export function listCandidates(directory: Directory): DirectoryPerson[] {
  return [...directory.members.values()]
    .filter((p) => p.account !== "disabled")
    .sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
}

export function isActiveStanding(standing: Standing): boolean {
  return standing === "active" || standing === "unknown";
}

function findMemberByKey(directory: Directory, key: string): DirectoryPerson | undefined {
  for (const person of directory.members.values())
    if (person.id.toLowerCase() === key || person.userPrincipalName.toLowerCase() === key) return person;
  return undefined;
}
