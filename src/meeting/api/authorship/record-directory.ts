// What it takes to tell whose records are whose (docs/domain.md §9): the workspace group's members
// (https://learn.microsoft.com/graph/api/group-list-members), who are everyone able to write the
// lists, and — for a writer who has left the group since — that one user by object id
// (https://learn.microsoft.com/graph/api/user-get). Members that cannot be listed (403: the
// permission withheld) are looked up one by one instead, by the writers' ids.
import type * as z from "zod/mini";
import { GraphRequestError } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import { getGroupMembersUrl, lookUpPeople, memberPageSchema, toMembers } from "@/meeting/api/directory/directory";
import { findPerson } from "@/meeting/model/directory/directory";
import type { Directory, DirectoryPerson } from "@/meeting/model/directory/directory";
import type { ServerAuthors } from "@/meeting/model/authorship/authorship";

/** The group's members by object id, all pages; empty when the directory withholds them (403). */
export async function listRecordWriters(client: GraphClient, groupId: string): Promise<Map<string, DirectoryPerson>> {
  const people: unknown[] = [];
  let next: string | undefined = getGroupMembersUrl(groupId);
  try {
    while (next !== undefined) {
      const page: z.infer<typeof memberPageSchema> = memberPageSchema.parse(
        (await client.get<unknown>(next, { operation: "listGroupMembers" })).body,
      );
      people.push(...page.value);
      next = page["@odata.nextLink"];
    }
  } catch (error) {
    if (error instanceof GraphRequestError && error.status === 403) return new Map();
    throw error;
  }
  return toMembers(people);
}

/** The object ids of the records' writers the members do not include: whom to look up. */
export function listUnknownWriters(
  members: ReadonlyMap<string, DirectoryPerson>,
  records: readonly ServerAuthors[],
): string[] {
  const directory = { members, others: new Map() };
  const ids = new Set<string>();
  for (const record of records)
    for (const identity of [record.createdBy, record.lastModifiedBy])
      if (identity !== undefined && findPerson(directory, identity.id) === undefined)
        ids.add(identity.id.toLowerCase());
  return [...ids].sort();
}

/** The directory the authorship rule needs for these records. */
export async function loadRecordDirectory(
  client: GraphClient,
  groupId: string,
  records: readonly ServerAuthors[],
): Promise<Directory> {
  const members = await listRecordWriters(client, groupId);
  const unknown = listUnknownWriters(members, records);
  return { members, others: unknown.length === 0 ? new Map() : await lookUpPeople(client, unknown) };
}
