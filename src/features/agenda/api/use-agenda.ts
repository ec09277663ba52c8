import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useServices } from "@/lib/app-services/services-context";
import type { StoredRecord, Workspace } from "@/meeting/api/workspace/types";
import type { AgendaRecord, TopicRecord } from "@/meeting/model/records/agenda-record";
import { addTopic, listTopics, getAgenda, saveAgenda } from "./agenda-store";
import { postAgenda } from "./post-agenda";
import type { PostAgendaInput } from "./post-agenda";
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

/** Posts the agenda's card once per revision (post-agenda.ts), saving the revision first if it is new. */
export function usePostAgenda(ws: Workspace, seriesId: string, occurrenceKey: string) {
  const { graph } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<PostAgendaInput, "workspace" | "seriesId">) =>
      postAgenda(graph, { ...input, workspace: ws, seriesId }),
    onSuccess: (result) => {
      queryClient.setQueryData(agendaQueryKeys.agenda(seriesId, occurrenceKey), result.record);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: agendaQueryKeys.agenda(seriesId, occurrenceKey) }),
  });
}
