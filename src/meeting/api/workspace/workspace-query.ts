import { queryOptions } from "@tanstack/react-query";
import type { GraphClient } from "@/lib/graph";
import { openWorkspace } from "./open-workspace";

/** One cache entry per workspace group for the whole app: a workspace's lists do not move. */
export function workspaceQueryOptions(client: GraphClient, groupId: string | undefined) {
  return queryOptions({
    queryKey: ["workspace", groupId ?? ""] as const,
    queryFn: () => openWorkspace(client, { groupId: groupId ?? "" }),
    enabled: groupId !== undefined && groupId !== "",
    staleTime: Infinity,
  });
}
