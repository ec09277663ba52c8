import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useServices } from "@/lib/app-services/services-context";
import { myObjectIdQueryOptions, useAttributedRecords } from "@/meeting/api/authorship";
import type { AttributedRecords } from "@/meeting/api/authorship";
import type { LeaveRuleConfig } from "@/meeting/model/series-config/deadlines";
import type { Workspace } from "@/meeting/api/workspace";
import type { LeaveRequestRecord } from "@/meeting/model/records/minutes-record";
import { listLeaveRequests, requestLeave } from "./minutes-store";
import { minutesQueryKeys } from "./query-keys";

const requestedFor = (request: LeaveRequestRecord) => request.upn;

/** Every leave request of the occurrence with who wrote it, for the minutes' attendance and the leave form. */
export function useLeaveRequests(
  ws: Workspace,
  seriesId: string,
  occurrenceKey: string,
): AttributedRecords<LeaveRequestRecord> {
  const { graph } = useServices();
  const records = useQuery({
    queryKey: minutesQueryKeys.leave(seriesId, occurrenceKey),
    queryFn: () => listLeaveRequests(graph, ws, seriesId, occurrenceKey),
    staleTime: 60_000,
  });
  return useAttributedRecords(ws, records, requestedFor);
}

/** The signed-in attendee asks for leave with a reason, as themself. */
export function useRequestLeave(
  ws: Workspace,
  seriesId: string,
  occurrenceKey: string,
  config: LeaveRuleConfig,
  timeZone: string,
) {
  const { graph, viewer } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (reason: string) => {
      const upn = viewer.userPrincipalName;
      if (upn === undefined || upn === "") throw new Error("Cannot request leave without a signed-in user");
      const author = await queryClient.query(myObjectIdQueryOptions(graph));
      return (
        await requestLeave(graph, ws, seriesId, occurrenceKey, upn, reason, new Date(), config, timeZone, {
          author,
        })
      ).value;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: minutesQueryKeys.leave(seriesId, occurrenceKey) }),
  });
}
