// The signed-in user as the directory knows them (GET /me?$select=id,userPrincipalName,mail,
// https://learn.microsoft.com/graph/api/user-get): the object id records are keyed by. Until it
// answers, the host's context stands in: Teams gives the object id as `user.id`
// (https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/access-teams-context); its
// `userPrincipalName`/`loginHint` may be an e-mail address, so it only names older records.
import { useMemo } from "react";
import { queryOptions, useQuery } from "@tanstack/react-query";
import * as z from "zod/mini";
import type { GraphClient } from "@/lib/graph";
import { useServices } from "@/lib/app-services/services-context";
import type { KnownPerson } from "@/meeting/model/roles/person-keys";

export interface MyIdentity {
  id: string;
  userPrincipalName: string;
  mail: string | undefined;
}

const meSchema = z.object({
  id: z.string(),
  userPrincipalName: z.string(),
  mail: z.optional(z.nullable(z.string())),
});

export const myIdentityUrl = "/me?$select=id,userPrincipalName,mail";

/** /me's answer, validated, as our own type. */
export function toMyIdentity(body: unknown): MyIdentity {
  const me = meSchema.parse(body);
  return { id: me.id, userPrincipalName: me.userPrincipalName.toLowerCase(), mail: me.mail ?? undefined };
}

/** The viewer for the person index: their key and every name older records may use for them. */
export function toKnownPerson(identity: MyIdentity, hostName?: string): KnownPerson {
  return {
    key: identity.id,
    upn: identity.userPrincipalName,
    email: identity.mail,
    aliases: hostName === undefined ? [] : [hostName],
  };
}

export async function getMyIdentity(client: GraphClient): Promise<MyIdentity> {
  return toMyIdentity((await client.get<unknown>(myIdentityUrl, { operation: "getMe" })).body);
}

/** Read once per session: a signed-in account does not change. */
export function myIdentityQueryOptions(client: GraphClient) {
  return queryOptions({
    queryKey: ["my-identity"] as const,
    queryFn: () => getMyIdentity(client),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
}

/** The directory's answer about the viewer, for a surface to wait for (or show the error of). */
export function useMyIdentity() {
  const { graph } = useServices();
  return useQuery(myIdentityQueryOptions(graph));
}

/** The viewer's person key: their object id, the directory's once it has answered, else the host's. */
export function useMyPersonKey(): string | undefined {
  const { graph, viewer } = useServices();
  const identity = useQuery(myIdentityQueryOptions(graph));
  return (identity.data?.id ?? viewer.userObjectId)?.toLowerCase();
}

/** The viewer for the person index: their key and the names older records may use for them. */
export function useMeAsKnownPerson(): KnownPerson | undefined {
  const { graph, viewer } = useServices();
  const identity = useQuery(myIdentityQueryOptions(graph));
  const hostId = viewer.userObjectId;
  const hostName = viewer.userPrincipalName;
  return useMemo(() => {
    if (identity.data !== undefined) return toKnownPerson(identity.data, hostName);
    return hostId === undefined ? undefined : { key: hostId, aliases: hostName === undefined ? [] : [hostName] };
  }, [identity.data, hostId, hostName]);
}
