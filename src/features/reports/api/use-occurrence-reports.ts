import { queryOptions, useQuery } from "@tanstack/react-query";
import type { GraphClient } from "@/lib/graph";
import { useServices } from "@/lib/app-services/services-context";
import { useAttributedRecords } from "@/meeting/api/authorship";
import type { AttributedRecords, PersonField } from "@/meeting/api/authorship";
import type { Workspace } from "@/meeting/api/workspace";
import type { ReportValue } from "@/meeting/model/records/report-record";
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

const speaker: PersonField<ReportValue> = { read: (r) => r.author, write: (r, author) => ({ ...r, author }) };

/** Every report of one occurrence with whose it is on SharePoint's word, for the host's tracker. */
export function useOccurrenceReports(
  ws: Workspace,
  seriesId: string,
  occurrenceKey: string,
): AttributedRecords<ReportValue> {
  const { graph } = useServices();
  const records = useQuery(occurrenceReportsQueryOptions(graph, ws, seriesId, occurrenceKey));
  return useAttributedRecords(ws, records, speaker);
}
