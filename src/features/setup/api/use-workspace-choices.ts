import { useQuery } from "@tanstack/react-query";
import { useServices } from "@/lib/app-services/services-context";
import { judgeWorkspace } from "../model/workspace-visibility";
import type { WorkspaceVerdict } from "../model/workspace-visibility";
import { listGroupPlans, listMyGroups } from "./workspace-choices";
import type { GroupChoice } from "./workspace-choices";
import { setupQueryKeys } from "./query-keys";

export function useMyGroups() {
  const { graph } = useServices();
  return useQuery({ queryKey: setupQueryKeys.groups, queryFn: () => listMyGroups(graph), staleTime: 10 * 60_000 });
}

export interface WorkspaceCheck {
  /** The chosen group as the picker lists it; undefined while loading, or when it is not among my groups. */
  group?: GroupChoice;
  verdict: WorkspaceVerdict;
}

/**
 * Whether the chosen group may hold the series' records. `currentGroupId` is the group an existing
 * series already uses: it stays allowed, with a warning, so nobody is locked out of their series.
 * A group we cannot see is not judged (an existing series' group the organizer has left, say).
 */
export function useWorkspaceCheck(groupId: string, currentGroupId: string | undefined): WorkspaceCheck {
  const groups = useMyGroups();
  const group = groupId === "" ? undefined : groups.data?.find((g) => g.id === groupId);
  if (!group) return { verdict: "allowed" };
  return { group, verdict: judgeWorkspace(group.visibility, group.id === currentGroupId) };
}

export function useGroupPlans(groupId: string | undefined) {
  const { graph } = useServices();
  return useQuery({
    queryKey: setupQueryKeys.plans(groupId ?? ""),
    queryFn: () => listGroupPlans(graph, groupId ?? ""),
    enabled: groupId !== undefined && groupId !== "",
  });
}
