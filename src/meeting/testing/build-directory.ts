import type { Directory, DirectoryPerson } from "../model/directory/directory";

/** A directory person with fixed defaults: 李娜, enabled. */
export function buildPerson(overrides: Partial<DirectoryPerson> = {}): DirectoryPerson {
  return { id: "id-li-na", name: "李娜", userPrincipalName: "li.na@yunzhan.example", account: "enabled", ...overrides };
}

/** A directory whose group holds `members`; `others` are people looked up outside it. */
export function buildDirectory(
  members: readonly DirectoryPerson[],
  others: Readonly<Record<string, DirectoryPerson | "gone">> = {},
): Directory {
  return { members: new Map(members.map((p) => [p.id, p])), others: new Map(Object.entries(others)) };
}
