// The signed-in user's Entra object id (GET /me?$select=id, https://learn.microsoft.com/graph/api/user-get):
// the id SharePoint will name as the author of what they write, passed to upserts so that a record
// someone else wrote on their behalf becomes their own when they write it themself (docs/domain.md §9).
import { queryOptions, useQuery } from "@tanstack/react-query";
import * as z from "zod/mini";
import type { GraphClient } from "@/lib/graph";
import { useServices } from "@/lib/app-services/services-context";

const meSchema = z.object({ id: z.string() });

export async function getMyObjectId(client: GraphClient): Promise<string> {
  return meSchema.parse((await client.get<unknown>("/me?$select=id", { operation: "getMe" })).body).id;
}

/** Read once per session: the id of a signed-in account does not change. */
export function myObjectIdQueryOptions(client: GraphClient) {
  return queryOptions({
    queryKey: ["my-object-id"] as const,
    queryFn: () => getMyObjectId(client),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
}

/** The signed-in user's object id, once known. */
export function useMyObjectId() {
  const { graph } = useServices();
  return useQuery(myObjectIdQueryOptions(graph));
}
