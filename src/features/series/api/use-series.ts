import { queryOptions, useQuery } from "@tanstack/react-query";
import type { GraphClient } from "@/lib/graph";
import { useServices } from "@/lib/app-services/services-context";
import type { Series } from "../model/types";
import { seriesQueryKeys } from "./query-keys";
import { refreshSeries } from "./refresh-series";
import { resolveSeries } from "./resolve-series";

/** A series already in the cache (read before, or restored from the local store) is revalidated in one round trip. */
export function seriesQueryOptions(client: GraphClient, seriesId: string) {
  return queryOptions({
    queryKey: seriesQueryKeys.series(seriesId),
    queryFn: ({ client: queryClient, queryKey }) => {
      const previous = queryClient.getQueryData<Series>(queryKey);
      return previous === undefined
        ? resolveSeries(client, seriesId, new Date())
        : refreshSeries(client, previous, new Date());
    },
    staleTime: 5 * 60_000,
  });
}

export function useSeries(seriesId: string) {
  const { graph } = useServices();
  return useQuery(seriesQueryOptions(graph, seriesId));
}
