import { useQuery } from "@tanstack/react-query";
import { useServices } from "@/lib/app-services/services-context";
import { findRequestedOccurrence, settleLookUp } from "../model/requested-occurrence";
import type { RequestedOccurrence } from "../model/requested-occurrence";
import type { Series } from "../model/types";
import { listOccurrencesAround } from "./list-occurrences-around";
import { seriesQueryKeys } from "./query-keys";

export type RequestedOccurrenceState =
  { kind: "none" } | { kind: "loading" } | { kind: "error"; error: unknown; retry: () => void } | RequestedOccurrence;

/**
 * The occurrence a link or the picker asked for, wherever it lies: one the calendar window left out
 * is fetched; one that does not exist is said so, with the nearest meeting, never swapped for another.
 */
export function useRequestedOccurrence(series: Series | undefined, key: string | undefined): RequestedOccurrenceState {
  const { graph } = useServices();
  const local =
    series === undefined || key === undefined ? undefined : findRequestedOccurrence(series.occurrences, key);
  const isOnce = series?.recurrence.kind === "once";
  const lookUp = local?.kind === "lookUp" && !isOnce ? local : undefined;
  const query = useQuery({
    queryKey: seriesQueryKeys.occurrence(series?.seriesId ?? "", key ?? ""),
    queryFn: () => listOccurrencesAround(graph, series?.masterEventId ?? "", lookUp?.at ?? new Date()),
    enabled: lookUp !== undefined && series !== undefined,
    staleTime: 5 * 60_000,
  });
  if (local === undefined || series === undefined || key === undefined) return { kind: "none" };
  if (local.kind !== "lookUp") return local;
  if (isOnce) return settleLookUp(key, local.at, [], series.occurrences);
  if (query.isPending) return { kind: "loading" };
  if (query.isError) return { kind: "error", error: query.error, retry: () => void query.refetch() };
  return settleLookUp(key, local.at, query.data, series.occurrences);
}
