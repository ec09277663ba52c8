import { queryOptions, useQuery } from "@tanstack/react-query";
import type { GraphClient } from "@/lib/graph";
import { useServices } from "@/lib/app-services/services-context";
import { seriesQueryKeys } from "./query-keys";
import { resolveSeries } from "./resolve-series";

export function seriesQueryOptions(client: GraphClient, seriesId: string) {
  return queryOptions({
    queryKey: seriesQueryKeys.series(seriesId),
    queryFn: () => resolveSeries(client, seriesId, new Date()),
    staleTime: 5 * 60_000,
  });
}

export function useSeries(seriesId: string) {
  const { graph } = useServices();
  return useQuery(seriesQueryOptions(graph, seriesId));
}
