import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useServices } from "@/lib/app-services/services-context";
import { myObjectIdQueryOptions, useAttributedRecords } from "@/meeting/api/authorship";
import type { AttributedRecords, PersonField } from "@/meeting/api/authorship";
import type { LeaveRuleConfig } from "@/meeting/model/series-config/deadlines";
import type { StoredRecord, Workspace } from "@/meeting/api/workspace";
import type { LeaveRequestRecord } from "@/meeting/model/records/minutes-record";
import { listLeaveRequests, requestLeave, withdrawLeave } from "./minutes-store";
import { minutesQueryKeys } from "./query-keys";

const requestedFor: PersonField<LeaveRequestRecord> = { read: (r) => r.upn, write: (r, upn) => ({ ...r, upn }) };

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
  const { graph } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (reason: string) => {
      // The attendee is keyed by their object id, which is also who SharePoint will say wrote it.
      const author = await queryClient.query(myObjectIdQueryOptions(graph));
      const person = author.toLowerCase();
      return (
        await requestLeave(graph, ws, seriesId, occurrenceKey, person, reason, new Date(), config, timeZone, {
          author,
        })
      ).value;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: minutesQueryKeys.leave(seriesId, occurrenceKey) }),
  });
}

/** The signed-in attendee withdraws their own request: they are expected at the meeting again. */
export function useWithdrawLeave(ws: Workspace, seriesId: string, occurrenceKey: string) {
  const { graph } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (record: StoredRecord<LeaveRequestRecord>) => withdrawLeave(graph, ws, record),
    onSettled: () => queryClient.invalidateQueries({ queryKey: minutesQueryKeys.leave(seriesId, occurrenceKey) }),
  });
}
