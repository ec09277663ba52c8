import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useServices } from "@/lib/app-services/services-context";
import type { GraphClient } from "@/lib/graph";
import type { Workspace } from "@/meeting/api/workspace";
import { getMinutes, saveMinutes } from "./minutes-store";
import type { SaveMinutesRequest } from "./minutes-store";
import { minutesQueryKeys } from "./query-keys";

export function minutesQueryOptions(client: GraphClient, ws: Workspace, seriesId: string, occurrenceKey: string) {
  return queryOptions({
    queryKey: minutesQueryKeys.record(seriesId, occurrenceKey),
    queryFn: () => getMinutes(client, ws, seriesId, occurrenceKey),
    staleTime: 5_000,
    // Host and note-taker edit at once; seeing the other's edits within seconds keeps conflicts rare.
    refetchInterval: 15_000,
  });
}

/** The occurrence's stored minutes; data is null until someone saves them first. */
export function useMinutes(ws: Workspace, seriesId: string, occurrenceKey: string) {
  const { graph } = useServices();
  return useQuery(minutesQueryOptions(graph, ws, seriesId, occurrenceKey));
}

/** Saves the working copy (merging with concurrent edits); the cache gets the stored record at once. */
export function useSaveMinutes(ws: Workspace, seriesId: string, occurrenceKey: string) {
  const { graph } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SaveMinutesRequest) => saveMinutes(graph, ws, seriesId, request),
    onSuccess: ({ record }) => {
      queryClient.setQueryData(minutesQueryKeys.record(seriesId, occurrenceKey), record);
    },
  });
}
