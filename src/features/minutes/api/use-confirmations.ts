import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useServices } from "@/lib/app-services/services-context";
import { myObjectIdQueryOptions, useAttributedRecords } from "@/meeting/api/authorship";
import type { AttributedRecords } from "@/meeting/api/authorship";
import type { Workspace } from "@/meeting/api/workspace";
import type { ConfirmationRecord } from "@/meeting/model/records/minutes-record";
import { confirmMinutes, listConfirmations } from "./minutes-store";
import { minutesQueryKeys } from "./query-keys";

const confirmedBy = (confirmation: ConfirmationRecord) => confirmation.upn;

/** Who has confirmed the minutes of the occurrence, which version, and whether they did it themselves. */
export function useConfirmations(
  ws: Workspace,
  seriesId: string,
  occurrenceKey: string,
): AttributedRecords<ConfirmationRecord> {
  const { graph } = useServices();
  const records = useQuery({
    queryKey: minutesQueryKeys.confirmations(seriesId, occurrenceKey),
    queryFn: () => listConfirmations(graph, ws, seriesId, occurrenceKey),
    staleTime: 30_000,
  });
  return useAttributedRecords(ws, records, confirmedBy);
}

/** The signed-in attendee confirms a published version, as themself. */
export function useConfirmMinutes(ws: Workspace, seriesId: string, occurrenceKey: string) {
  const { graph, viewer } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (version: number) => {
      const upn = viewer.userPrincipalName;
      if (upn === undefined || upn === "") throw new Error("Cannot confirm minutes without a signed-in user");
      const author = await queryClient.query(myObjectIdQueryOptions(graph));
      return (await confirmMinutes(graph, ws, seriesId, occurrenceKey, upn, version, new Date(), { author })).value;
    },
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: minutesQueryKeys.confirmations(seriesId, occurrenceKey) }),
  });
}
