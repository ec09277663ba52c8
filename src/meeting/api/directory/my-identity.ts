// The signed-in user as the directory knows them (GET /me?$select=id,userPrincipalName,mail,
// https://learn.microsoft.com/graph/api/user-get): the UPN records are keyed by, which the host's
// context may give as a login hint or an e-mail address instead (the Teams context's `loginHint`,
// https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/access-teams-context). Until it
// answers, the host's name stands in.
import { queryOptions, useQuery } from "@tanstack/react-query";
import * as z from "zod/mini";
import type { GraphClient } from "@/lib/graph";
import { useServices } from "@/lib/app-services/services-context";

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

export async function getMyIdentity(client: GraphClient): Promise<MyIdentity> {
  const me = meSchema.parse(
    (await client.get<unknown>("/me?$select=id,userPrincipalName,mail", { operation: "getMe" })).body,
  );
  return { id: me.id, userPrincipalName: me.userPrincipalName.toLowerCase(), mail: me.mail ?? undefined };
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

/** The viewer's UPN: the directory's once it has answered, else the host's. */
export function useMyUpn(): string | undefined {
  const { graph, viewer } = useServices();
  const identity = useQuery(myIdentityQueryOptions(graph));
  return identity.data?.userPrincipalName ?? viewer.userPrincipalName;
}
