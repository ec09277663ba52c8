import { useQuery } from "@tanstack/react-query";
import { useServices } from "@/lib/app-services/services-context";
import type { StoredRecord, Workspace } from "@/meeting/api/workspace";
import type { MinutesRecord } from "@/meeting/model/records/minutes-record";
import { describeMinutesHistory } from "../model/minutes-changes";
import { listMinutesVersions } from "./minutes-store";
import { minutesQueryKeys } from "./query-keys";

/**
 * Who changed the stored minutes what and when, from the item's versions. Read only while
 * `enabled` (the history is opened), so the minutes' first load sends nothing more.
 */
export function useMinutesHistory(
  ws: Workspace,
  seriesId: string,
  occurrenceKey: string,
  stored: StoredRecord<MinutesRecord>,
  enabled: boolean,
) {
  const { graph } = useServices();
  return useQuery({
    queryKey: minutesQueryKeys.versions(seriesId, occurrenceKey, stored.itemId, stored.etag),
    queryFn: async () => describeMinutesHistory(await listMinutesVersions(graph, ws, stored)),
    enabled,
    staleTime: 60_000,
  });
}
