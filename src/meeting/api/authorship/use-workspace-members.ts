import { useQuery } from "@tanstack/react-query";
import { useServices } from "@/lib/app-services/services-context";
import type { Workspace } from "../workspace/types";
import { listRecordWriters } from "./record-directory";
import { directoryStaleTime, recordDirectoryQueryKeys } from "./use-attributed-records";

/**
 * The workspace group's members — the directory a person picker offers beyond the meeting's own
 * people — from the same cached read that judges records' authorship.
 */
export function useWorkspaceMembers(ws: Workspace) {
  const { graph } = useServices();
  return useQuery({
    queryKey: recordDirectoryQueryKeys.members(ws.groupId),
    queryFn: () => listRecordWriters(graph, ws.groupId),
    staleTime: directoryStaleTime,
  });
}
