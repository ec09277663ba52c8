import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useServices } from "@/lib/app-services/services-context";
import type { AdaptiveCard } from "@/lib/cards";
import type { StoredRecord, Workspace } from "@/meeting/api/workspace/types";
import type { AgendaRecord, TopicRecord } from "@/meeting/model/records/agenda-record";
import { addTopic, listTopics, getAgenda, postAgendaCard, saveAgenda } from "./agenda-store";
import { agendaQueryKeys } from "./query-keys";

export function useStoredAgenda(ws: Workspace, seriesId: string, occurrenceKey: string) {
  const { graph } = useServices();
  return useQuery({
    queryKey: agendaQueryKeys.agenda(seriesId, occurrenceKey),
    queryFn: async () => (await getAgenda(graph, ws, seriesId, occurrenceKey)) ?? null,
  });
}

export function useTopics(ws: Workspace, seriesId: string, occurrenceKey: string) {
  const { graph } = useServices();
  return useQuery({
    queryKey: agendaQueryKeys.topics(seriesId, occurrenceKey),
    queryFn: () => listTopics(graph, ws, seriesId, occurrenceKey),
  });
}

export function useAddTopic(ws: Workspace, seriesId: string, occurrenceKey: string) {
  const { graph } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (topic: TopicRecord) => addTopic(graph, ws, seriesId, topic),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agendaQueryKeys.topics(seriesId, occurrenceKey) }),
  });
}

export function useSaveAgenda(ws: Workspace, seriesId: string, occurrenceKey: string) {
  const { graph } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ value, stored }: { value: AgendaRecord; stored: StoredRecord<AgendaRecord> | undefined }) =>
      saveAgenda(graph, ws, seriesId, value, stored),
    onSuccess: (saved) => {
      queryClient.setQueryData(agendaQueryKeys.agenda(seriesId, occurrenceKey), saved);
    },
  });
}

/** Saves the agenda if it changed, posts the card, then records the post on the agenda. */
export function usePostAgenda(ws: Workspace, seriesId: string, occurrenceKey: string) {
  const { graph } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: {
      value: AgendaRecord;
      stored: StoredRecord<AgendaRecord> | undefined;
      renderCard: (revision: number) => AdaptiveCard;
      summary: string;
      poster: string;
    }) => {
      const saved =
        input.stored && input.stored.value === input.value
          ? input.stored
          : await saveAgenda(graph, ws, seriesId, input.value, input.stored);
      const messageId = await postAgendaCard(graph, seriesId, input.renderCard(saved.value.revision), input.summary);
      const post = {
        messageId,
        revision: saved.value.revision,
        postedAt: new Date().toISOString(),
        postedBy: input.poster,
      };
      return saveAgenda(graph, ws, seriesId, { ...saved.value, posts: [...saved.value.posts, post] }, saved);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(agendaQueryKeys.agenda(seriesId, occurrenceKey), saved);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: agendaQueryKeys.agenda(seriesId, occurrenceKey) }),
  });
}
