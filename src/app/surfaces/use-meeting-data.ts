import { useQuery } from "@tanstack/react-query";
import { useServices } from "@/lib/app-services/services-context";
import { useSeriesConfig } from "@/meeting/api/series-config/use-series-config";
import { workspaceQueryOptions } from "@/meeting/api/workspace";
import { useSeries } from "@/features/series";
import { useTabConfig } from "../tab-config-context";

export const tabGroupQueryKey = (chatId: string) => ["tab-group", chatId] as const;

/** Everything a meeting surface composes: the series, its workspace and its configuration. */
export function useMeetingData(chatId: string) {
  const { graph } = useServices();
  const tabConfig = useTabConfig();
  const series = useSeries(chatId);
  const groupId = useQuery({
    queryKey: tabGroupQueryKey(chatId),
    queryFn: async () => (await tabConfig.readGroupId()) ?? null,
  });
  const group = groupId.data ?? undefined;
  const config = useSeriesConfig(chatId, group);
  const workspace = useQuery(workspaceQueryOptions(graph, group));
  return { series, groupId, config, workspace };
}
