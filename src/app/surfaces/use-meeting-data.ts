import { useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import { useServices } from "@/lib/app-services/services-context";
import { useSeriesConfig } from "@/meeting/api/series-config/use-series-config";
import { workspaceQueryOptions } from "@/meeting/api/workspace";
import { useMeAsKnownPerson } from "@/meeting/api/directory/my-identity";
import { buildPersonKeys } from "@/meeting/model/roles/person-keys";
import type { PersonKeyOf } from "@/meeting/model/roles/person-keys";
import { useSeries } from "@/features/series";
import type { Series } from "@/features/series";
import { useTabConfig } from "../tab-config-context";

export const tabGroupQueryKey = (seriesId: string) => ["tab-group", seriesId] as const;

/**
 * Everything a meeting surface composes: the series, its workspace and its configuration, and the
 * person index of its people (the viewer included) that maps older records' names to keys.
 */
export function useMeetingData(seriesId: string) {
  const { graph } = useServices();
  const tabConfig = useTabConfig();
  const series = useSeries(seriesId);
  const groupId = useQuery({
    queryKey: tabGroupQueryKey(seriesId),
    queryFn: async () => (await tabConfig.readGroupId()) ?? null,
  });
  const group = groupId.data ?? undefined;
  const config = useSeriesConfig(seriesId, group);
  const workspace = useQuery(workspaceQueryOptions(graph, group));
  const me = useMeAsKnownPerson();
  const keyOf = useMemo(() => buildMeetingPersonKeys(series.data, me), [series.data, me]);
  return { series, groupId, config, workspace, keyOf };
}

function buildMeetingPersonKeys(series: Series | undefined, me: ReturnType<typeof useMeAsKnownPerson>): PersonKeyOf {
  const people = series === undefined ? [] : [series.organizer, ...series.attendees];
  return buildPersonKeys([...(me === undefined ? [] : [me]), ...people]);
}
