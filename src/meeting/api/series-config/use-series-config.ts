import { useQuery } from "@tanstack/react-query";
import { useServices } from "@/lib/app-services/services-context";
import { getSeriesConfig } from "./store";
import { seriesConfigQueryKey } from "./query-keys";

/** The series' configuration from its workspace; undefined data means "not configured yet". */
export function useSeriesConfig(seriesId: string, groupId: string | undefined) {
  const { graph } = useServices();
  return useQuery({
    queryKey: seriesConfigQueryKey(seriesId, groupId),
    queryFn: async () => (groupId ? ((await getSeriesConfig(graph, groupId, seriesId)) ?? null) : null),
    staleTime: 60_000,
  });
}
