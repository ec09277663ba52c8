import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useServices } from "@/lib/app-services/services-context";
import { myObjectIdQueryOptions, useAttributedRecords } from "@/meeting/api/authorship";
import type { AttributedRecords, PersonField } from "@/meeting/api/authorship";
import type { Workspace } from "@/meeting/api/workspace";
import type { ConfirmationRecord } from "@/meeting/model/records/minutes-record";
import { confirmMinutes, listConfirmations } from "./minutes-store";
import { minutesQueryKeys } from "./query-keys";

const confirmedBy: PersonField<ConfirmationRecord> = { read: (c) => c.upn, write: (c, upn) => ({ ...c, upn }) };

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
  const { graph } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (version: number) => {
      // The attendee is keyed by their object id, which is also who SharePoint will say wrote it.
      const author = await queryClient.query(myObjectIdQueryOptions(graph));
      const person = author.toLowerCase();
      return (await confirmMinutes(graph, ws, seriesId, occurrenceKey, person, version, new Date(), { author })).value;
    },
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: minutesQueryKeys.confirmations(seriesId, occurrenceKey) }),
  });
}
