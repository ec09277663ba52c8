import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useServices } from "@/lib/app-services/services-context";
import type { AppServices } from "@/lib/app-services/services-context";
import type { GraphClient } from "@/lib/graph";
import { createMemoryKeyValueStore } from "@/lib/query-store/key-value-store";
import type { KeyValueStore } from "@/lib/query-store/key-value-store";
import type { Workspace } from "@/meeting/api/workspace";
import { followUpQueryKeys } from "./query-keys";
import { loadReviewItems } from "./load-review-items";
import { loadSeriesHistory } from "./load-series-history";
import { reassignAction } from "./reassign-action";
import type { ReassignActionInput } from "./reassign-action";
import { recordReview } from "./record-review";
import type { ReviewInput } from "./record-review";

/** Where a page with no account-keyed store (a plain browser, the demo) keeps what it read: this page only. */
const pageStore = createMemoryKeyValueStore();

function selectStore(services: Pick<AppServices, "localStore">): KeyValueStore {
  return services.localStore ?? pageStore;
}

export function reviewQueryOptions(
  client: GraphClient,
  ws: Workspace,
  options: { seriesId: string; planId: string; occurrenceKey: string; timeZone: string; store?: KeyValueStore },
) {
  return queryOptions({
    queryKey: followUpQueryKeys.review(options.seriesId, options.occurrenceKey),
    // "now" is taken at fetch time: overdue days are as of the last load, refreshed with it.
    queryFn: () => loadReviewItems(client, ws, { ...options, store: options.store ?? pageStore, now: new Date() }),
    staleTime: 30_000,
  });
}

export function historyQueryOptions(
  client: GraphClient,
  ws: Workspace,
  options: { seriesId: string; planId: string; store?: KeyValueStore },
) {
  return queryOptions({
    queryKey: followUpQueryKeys.history(options.seriesId),
    queryFn: () => loadSeriesHistory(client, ws, { ...options, store: options.store ?? pageStore }),
    staleTime: 60_000,
  });
}

export function useReviewItems(
  ws: Workspace,
  options: { seriesId: string; planId: string; occurrenceKey: string; timeZone: string },
) {
  const services = useServices();
  return useQuery(reviewQueryOptions(services.graph, ws, { ...options, store: selectStore(services) }));
}

export function useSeriesHistory(ws: Workspace, options: { seriesId: string; planId: string }) {
  const services = useServices();
  return useQuery(historyQueryOptions(services.graph, ws, { ...options, store: selectStore(services) }));
}

/** Hands an orphaned action item to another member; the series' follow-up is read again. */
export function useReassignAction(ws: Workspace, seriesId: string) {
  const { graph } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReassignActionInput) => reassignAction(graph, ws, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: followUpQueryKeys.series(seriesId) }),
  });
}

/** Records a verdict; the whole series' follow-up (review, history, rollups) is read again. */
export function useRecordReview(ws: Workspace, seriesId: string) {
  const { graph } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReviewInput) => recordReview(graph, ws, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: followUpQueryKeys.series(seriesId) }),
  });
}
