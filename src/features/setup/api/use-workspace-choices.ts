import { useQuery } from "@tanstack/react-query";
import { useServices } from "@/lib/app-services/services-context";
import { listGroupPlans, listMyGroups } from "./workspace-choices";
import { setupQueryKeys } from "./query-keys";

export function useMyGroups() {
  const { graph } = useServices();
  return useQuery({ queryKey: setupQueryKeys.groups, queryFn: () => listMyGroups(graph), staleTime: 10 * 60_000 });
}

export function useGroupPlans(groupId: string | undefined) {
  const { graph } = useServices();
  return useQuery({
    queryKey: setupQueryKeys.plans(groupId ?? ""),
    queryFn: () => listGroupPlans(graph, groupId ?? ""),
    enabled: groupId !== undefined && groupId !== "",
  });
}
