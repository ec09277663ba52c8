// Who may use a workspace: whether the signed-in user is a member of its group, and who owns the
// group (the people who can add them). Also turns a 403 from the group's site into a
// WorkspaceError("notMember") naming those owners, so the UI can say whom to ask.
import * as z from "zod/mini";
import { GraphRequestError, quoteODataString, readBatchBody } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import { WorkspaceError } from "./errors";
import type { WorkspaceAccess } from "./types";

const ownersSchema = z.object({
  value: z.array(
    z.object({
      "@odata.type": z.optional(z.string()),
      displayName: z.optional(z.nullable(z.string())),
      mail: z.optional(z.nullable(z.string())),
      userPrincipalName: z.optional(z.nullable(z.string())),
    }),
  ),
});

const membershipSchema = z.object({ value: z.array(z.object({ id: z.string() })) });

/**
 * One $batch: the group's owners, and the signed-in user's membership of the group.
 * NOTE: memberOf answers `$filter` only as an advanced query — `ConsistencyLevel: eventual` plus
 * `$count=true` (https://learn.microsoft.com/graph/api/user-list-memberof#request-headers) — and that
 * index can lag a just-added member by a little; the site's own 403 stays the authority.
 */
export async function getWorkspaceAccess(client: GraphClient, groupId: string): Promise<WorkspaceAccess> {
  const group = encodeURIComponent(groupId);
  const filter = encodeURIComponent(`id eq ${quoteODataString(groupId)}`);
  const [owners, membership] = await client.batch([
    {
      id: "owners",
      operation: "listGroupOwners",
      method: "GET",
      // The owners of a Microsoft 365 group are at most 100 people: one page.
      url: `/groups/${group}/owners?$select=displayName,mail,userPrincipalName&$top=100`,
    },
    {
      id: "membership",
      operation: "checkMyGroupMembership",
      method: "GET",
      url: `/me/memberOf/microsoft.graph.group?$filter=${filter}&$count=true&$select=id`,
      headers: { ConsistencyLevel: "eventual" },
    },
  ]);
  const ownerList = ownersSchema.parse(readBatchBody(owners)).value;
  const groups = membershipSchema.parse(readBatchBody(membership)).value;
  return {
    isMember: groups.some((g) => g.id.toLowerCase() === groupId.toLowerCase()),
    owners: ownerList
      .filter((o) => o["@odata.type"] === undefined || o["@odata.type"] === "#microsoft.graph.user")
      .map((o) => {
        const email = o.mail ?? o.userPrincipalName ?? "";
        return { name: o.displayName ?? email, email };
      }),
  };
}

/**
 * A 403 from the group's site or lists: when the user is indeed not a member, a WorkspaceError
 * naming the owners; otherwise (a member refused for another reason, or the check itself failed)
 * the original error, which is the more accurate report.
 */
export async function explainForbidden(client: GraphClient, groupId: string, error: unknown): Promise<unknown> {
  if (!(error instanceof GraphRequestError) || error.status !== 403) return error;
  // NOTE: if the membership check fails too, the 403 is still the truer report of what happened:
  // toAppError reads Graph's "not a member" wording from it.
  const access = await getWorkspaceAccess(client, groupId).then(
    (result) => result,
    () => undefined,
  );
  if (access === undefined || access.isMember) return error;
  return new WorkspaceError({ kind: "notMember", groupId, owners: access.owners }, { cause: error });
}
