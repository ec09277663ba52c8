import { queryOptions, useQuery } from "@tanstack/react-query";
import type { GraphClient } from "@/lib/graph";
import { useServices } from "@/lib/app-services/services-context";
import { resolveSeries } from "./resolve-series";

export function seriesQueryOptions(client: GraphClient, chatId: string) {
  return queryOptions({
    queryKey: ["series", chatId],
    queryFn: () => resolveSeries(client, chatId, new Date()),
    staleTime: 5 * 60_000,
  });
}

export function useSeries(chatId: string) {
  const { graph } = useServices();
  return useQuery(seriesQueryOptions(graph, chatId));
}
