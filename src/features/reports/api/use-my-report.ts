import { queryOptions, useQuery } from "@tanstack/react-query";
import type { GraphClient } from "@/lib/graph";
import { useServices } from "@/lib/app-services/services-context";
import { useMeAsKnownPerson } from "@/meeting/api/directory/my-identity";
import { listOlderNames } from "@/meeting/model/roles/person-keys";
import type { Workspace } from "@/meeting/api/workspace";
import { getMyReport } from "./report-records";
import type { ReportAddress } from "./report-records";
import { reportQueryKeys } from "./query-keys";

export function myReportQueryOptions(client: GraphClient, ws: Workspace, address: ReportAddress) {
  return queryOptions({
    queryKey: reportQueryKeys.mine(address.seriesId, address.occurrenceKey, address.sectionId, address.person),
    queryFn: () => getMyReport(client, ws, address),
    staleTime: 60_000,
  });
}

/**
 * The signed-in speaker's report for one section; data is null when none was submitted.
 * Without an occurrence key (no previous occurrence) or a signed-in user, nothing is fetched.
 */
export function useMyReport(ws: Workspace, seriesId: string, occurrenceKey: string | undefined, sectionId: string) {
  const { graph } = useServices();
  const me = useMeAsKnownPerson();
  const address: ReportAddress = {
    seriesId,
    occurrenceKey: occurrenceKey ?? "",
    sectionId,
    person: me?.key.toLowerCase() ?? "",
    legacyNames: me === undefined ? [] : listOlderNames(me),
  };
  return useQuery({
    ...myReportQueryOptions(graph, ws, address),
    enabled: occurrenceKey !== undefined && me !== undefined,
  });
}
