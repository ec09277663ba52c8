import { useQuery } from "@tanstack/react-query";
import { useServices } from "@/lib/app-services/services-context";
import { loadSeriesConfig, seriesConfigQueryKey } from "./store";

/** The series' configuration from its workspace; undefined data means "not configured yet". */
export function useSeriesConfig(chatId: string, groupId: string | undefined) {
  const { graph } = useServices();
  return useQuery({
    queryKey: seriesConfigQueryKey(chatId, groupId),
    queryFn: async () => (groupId ? ((await loadSeriesConfig(graph, groupId, chatId)) ?? null) : null),
    staleTime: 60_000,
  });
}
