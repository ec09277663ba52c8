import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useServices } from "@/lib/app-services/services-context";
import type { AdaptiveCard } from "@/lib/cards";
import type { StoredRecord, Workspace } from "@/meeting/api/workspace/types";
import type { AgendaRecord, TopicRecord } from "@/meeting/model/records/agenda-record";
import { addTopic, listTopics, loadAgenda, postAgendaCard, saveAgenda } from "./agenda-store";

export const agendaQueryKeys = {
  agenda: (chatId: string, occurrenceKey: string) => ["agenda", chatId, occurrenceKey] as const,
  topics: (chatId: string, occurrenceKey: string) => ["topics", chatId, occurrenceKey] as const,
};

export function useStoredAgenda(ws: Workspace, chatId: string, occurrenceKey: string) {
  const { graph } = useServices();
  return useQuery({
    queryKey: agendaQueryKeys.agenda(chatId, occurrenceKey),
    queryFn: async () => (await loadAgenda(graph, ws, chatId, occurrenceKey)) ?? null,
  });
}

export function useTopics(ws: Workspace, chatId: string, occurrenceKey: string) {
  const { graph } = useServices();
  return useQuery({
    queryKey: agendaQueryKeys.topics(chatId, occurrenceKey),
    queryFn: () => listTopics(graph, ws, chatId, occurrenceKey),
  });
}

export function useAddTopic(ws: Workspace, chatId: string, occurrenceKey: string) {
  const { graph } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (topic: TopicRecord) => addTopic(graph, ws, chatId, topic),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agendaQueryKeys.topics(chatId, occurrenceKey) }),
  });
}

export function useSaveAgenda(ws: Workspace, chatId: string, occurrenceKey: string) {
  const { graph } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ value, stored }: { value: AgendaRecord; stored: StoredRecord<AgendaRecord> | undefined }) =>
      saveAgenda(graph, ws, chatId, value, stored),
    onSuccess: (saved) => {
      queryClient.setQueryData(agendaQueryKeys.agenda(chatId, occurrenceKey), saved);
    },
  });
}

/** Saves the agenda if it changed, posts the card, then records the post on the agenda. */
export function usePostAgenda(ws: Workspace, chatId: string, occurrenceKey: string) {
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
          : await saveAgenda(graph, ws, chatId, input.value, input.stored);
      const messageId = await postAgendaCard(graph, chatId, input.renderCard(saved.value.revision), input.summary);
      const post = {
        messageId,
        revision: saved.value.revision,
        postedAt: new Date().toISOString(),
        postedBy: input.poster,
      };
      return saveAgenda(graph, ws, chatId, { ...saved.value, posts: [...saved.value.posts, post] }, saved);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(agendaQueryKeys.agenda(chatId, occurrenceKey), saved);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: agendaQueryKeys.agenda(chatId, occurrenceKey) }),
  });
}
