// Reads the directory facts a series needs about its people: the workspace group's members (listed
// with the cast to user, https://learn.microsoft.com/graph/api/group-list-members), and anyone else
// by id or UPN in one $batch of GET /users/{id | userPrincipalName}
// (https://learn.microsoft.com/graph/api/user-get), where a 404 means the user was deleted
// (https://learn.microsoft.com/graph/api/user-delete). `accountEnabled` is asked for but may be
// withheld from apps without full-profile access; then the account's state is "unknown".
import * as z from "zod/mini";
import { readBatchBody } from "@/lib/graph";
import type { BatchRequest, BatchResponse, GraphClient } from "@/lib/graph";
import { listUnknownPeople } from "../../model/directory/directory";
import type { Directory, DirectoryPerson } from "../../model/directory/directory";

const personSelect = "id,displayName,userPrincipalName,accountEnabled";

const personSchema = z.object({
  id: z.string(),
  displayName: z.optional(z.nullable(z.string())),
  userPrincipalName: z.optional(z.nullable(z.string())),
  accountEnabled: z.optional(z.nullable(z.boolean())),
});

export const memberPageSchema = z.object({ value: z.array(z.unknown()), "@odata.nextLink": z.optional(z.string()) });

/** The first page of the group's members; Graph's maximum page is 999 (https://learn.microsoft.com/graph/paging). */
/** GET of one person by object id or UPN, with what the directory views need. */
export function getPersonUrl(key: string): string {
  return `/users/${encodeURIComponent(key)}?$select=${personSelect}`;
}

export function getGroupMembersUrl(groupId: string): string {
  return `/groups/${encodeURIComponent(groupId)}/members/microsoft.graph.user?$select=${personSelect}&$top=999`;
}

export function toDirectoryPerson(raw: unknown): DirectoryPerson {
  const person = personSchema.parse(raw);
  const upn = person.userPrincipalName ?? "";
  return {
    id: person.id,
    name: person.displayName ?? upn,
    userPrincipalName: upn,
    account: person.accountEnabled === false ? "disabled" : person.accountEnabled === true ? "enabled" : "unknown",
  };
}

export function toMembers(people: readonly unknown[]): Map<string, DirectoryPerson> {
  return new Map(people.map((raw) => toDirectoryPerson(raw)).map((p) => [p.id, p]));
}

/**
 * Looks up ids or UPNs outside the group. A person the directory cannot be asked about (403: the
 * tenant withholds it) stays unknown rather than failing the view that needed the name.
 */
export async function lookUpPeople(
  client: GraphClient,
  keys: readonly string[],
): Promise<Map<string, DirectoryPerson | "gone">> {
  const unique = [...new Set(keys.map((k) => k.trim().toLowerCase()))];
  const found = new Map<string, DirectoryPerson | "gone">();
  if (unique.length === 0) return found;
  const requests = unique.map((key, i): BatchRequest => ({
    id: `person-${i}`,
    operation: "getUser",
    method: "GET",
    url: getPersonUrl(key),
  }));
  const responses = await client.batch(requests, { concurrency: Math.ceil(requests.length / 20) });
  unique.forEach((key, i) => {
    const outcome = readPerson(responses[i]);
    if (outcome !== undefined) found.set(key, outcome);
  });
  return found;
}

/** A user GET's answer in a $batch: the person, "gone" on 404, undefined when the directory withholds it (403). */
export function readPerson(response: BatchResponse | undefined): DirectoryPerson | "gone" | undefined {
  if (response?.status === 404) return "gone";
  if (response?.status === 403) return undefined;
  return toDirectoryPerson(readBatchBody(response));
}

/**
 * The group's members, plus a lookup of anyone in `keys` who is not one (no request when all are,
 * or when `known` already holds them).
 */
export async function completeDirectory(
  client: GraphClient,
  members: ReadonlyMap<string, DirectoryPerson>,
  keys: Iterable<string>,
  known: ReadonlyMap<string, DirectoryPerson | "gone"> = new Map(),
): Promise<Directory> {
  const unknown = listUnknownPeople({ members, others: known }, keys);
  const found = unknown.length === 0 ? new Map() : await lookUpPeople(client, unknown);
  return { members, others: new Map([...known, ...found]) };
}
