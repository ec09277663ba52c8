import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import type { Workspace } from "@/meeting/api/workspace/types";
import { buildInitialRecord } from "../components/use-working-agenda";
import type { AgendaItem } from "../model/agenda";
import { useStoredAgenda, useTopics } from "./use-agenda";

/** The occurrence's agenda items as others use them (minutes, stage): the saved agenda, or the generated one. */
export function useAgendaItems(
  ws: Workspace,
  config: SeriesConfig,
  seriesId: string,
  occurrenceKey: string,
  heldKeys: string[],
  me: string,
) {
  const stored = useStoredAgenda(ws, seriesId, occurrenceKey);
  const topics = useTopics(ws, seriesId, occurrenceKey);
  const isPending = stored.isPending || topics.isPending;
  const items: AgendaItem[] | undefined = isPending
    ? undefined
    : (stored.data?.value.items ??
      buildInitialRecord({ config, occurrenceKey, heldKeys, topics: topics.data ?? [], editor: me }, new Date()).items);
  return { items, isPending, error: stored.error ?? topics.error };
}
