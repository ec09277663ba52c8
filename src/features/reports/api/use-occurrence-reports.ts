import { queryOptions, useQuery } from "@tanstack/react-query";
import type { GraphClient } from "@/lib/graph";
import { useServices } from "@/lib/app-services/services-context";
import type { Workspace } from "@/meeting/api/workspace";
import { listOccurrenceReports } from "./report-records";
import { reportQueryKeys } from "./query-keys";

export function occurrenceReportsQueryOptions(
  client: GraphClient,
  ws: Workspace,
  seriesId: string,
  occurrenceKey: string,
) {
  return queryOptions({
    queryKey: reportQueryKeys.occurrenceList(seriesId, occurrenceKey),
    queryFn: () => listOccurrenceReports(client, ws, seriesId, occurrenceKey),
    staleTime: 30_000,
    // The host watches reports arrive before the meeting; a minute is fresh enough and cheap.
    refetchInterval: 60_000,
  });
}

/** Every report of one occurrence, for the host's tracker. */
export function useOccurrenceReports(ws: Workspace, seriesId: string, occurrenceKey: string) {
  const { graph } = useServices();
  return useQuery(occurrenceReportsQueryOptions(graph, ws, seriesId, occurrenceKey));
}
