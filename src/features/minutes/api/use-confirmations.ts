import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useServices } from "@/lib/app-services/services-context";
import type { Workspace } from "@/meeting/api/workspace";
import { confirmMinutes, listConfirmations } from "./minutes-store";
import { minutesQueryKeys } from "./query-keys";

/** Who has confirmed the minutes of the occurrence, and which version. */
export function useConfirmations(ws: Workspace, seriesId: string, occurrenceKey: string) {
  const { graph } = useServices();
  return useQuery({
    queryKey: minutesQueryKeys.confirmations(seriesId, occurrenceKey),
    queryFn: () => listConfirmations(graph, ws, seriesId, occurrenceKey),
    staleTime: 30_000,
  });
}

/** The signed-in attendee confirms a published version. */
export function useConfirmMinutes(ws: Workspace, seriesId: string, occurrenceKey: string) {
  const { graph, viewer } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (version: number) => {
      const upn = viewer.userPrincipalName;
      if (upn === undefined || upn === "") throw new Error("Cannot confirm minutes without a signed-in user");
      return (await confirmMinutes(graph, ws, seriesId, occurrenceKey, upn, version)).value;
    },
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: minutesQueryKeys.confirmations(seriesId, occurrenceKey) }),
  });
}
