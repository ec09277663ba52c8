import { useQuery } from "@tanstack/react-query";
import { useServices } from "@/lib/app-services/services-context";
import { useSeriesConfig } from "@/meeting/api/series-config/use-series-config";
import { workspaceQueryOptions } from "@/meeting/api/workspace";
import { useSeries } from "@/features/series";
import { useTabConfig } from "../tab-config-context";

export const tabGroupQueryKey = (seriesId: string) => ["tab-group", seriesId] as const;

/** Everything a meeting surface composes: the series, its workspace and its configuration. */
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
  return { series, groupId, config, workspace };
}
