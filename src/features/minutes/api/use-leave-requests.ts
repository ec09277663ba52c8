import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useServices } from "@/lib/app-services/services-context";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import type { Workspace } from "@/meeting/api/workspace";
import { listLeaveRequests, requestLeave } from "./minutes-store";
import { minutesQueryKeys } from "./query-keys";

/** Every leave request of the occurrence, for the minutes' attendance and the leave form. */
export function useLeaveRequests(ws: Workspace, seriesId: string, occurrenceKey: string) {
  const { graph } = useServices();
  return useQuery({
    queryKey: minutesQueryKeys.leave(seriesId, occurrenceKey),
    queryFn: () => listLeaveRequests(graph, ws, seriesId, occurrenceKey),
    staleTime: 60_000,
  });
}

/** The signed-in attendee asks for leave with a reason. */
export function useRequestLeave(
  ws: Workspace,
  seriesId: string,
  occurrenceKey: string,
  config: Pick<SeriesConfig, "attendance">,
) {
  const { graph, viewer } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (reason: string) => {
      const upn = viewer.userPrincipalName;
      if (upn === undefined || upn === "") throw new Error("Cannot request leave without a signed-in user");
      return (await requestLeave(graph, ws, seriesId, occurrenceKey, upn, reason, new Date(), config)).value;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: minutesQueryKeys.leave(seriesId, occurrenceKey) }),
  });
}
