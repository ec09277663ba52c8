/**
 * Cache keys of minutes queries, widest first, so invalidating an occurrence refreshes its
 * minutes, leave requests and confirmations together (the publish pipeline invalidates `occurrence`).
 */
export const minutesQueryKeys = {
  all: ["minutes"] as const,
  series: (chatId: string) => [...minutesQueryKeys.all, chatId] as const,
  occurrence: (chatId: string, occurrenceKey: string) => [...minutesQueryKeys.series(chatId), occurrenceKey] as const,
  record: (chatId: string, occurrenceKey: string) =>
    [...minutesQueryKeys.occurrence(chatId, occurrenceKey), "record"] as const,
  leave: (chatId: string, occurrenceKey: string) =>
    [...minutesQueryKeys.occurrence(chatId, occurrenceKey), "leave"] as const,
  confirmations: (chatId: string, occurrenceKey: string) =>
    [...minutesQueryKeys.occurrence(chatId, occurrenceKey), "confirmations"] as const,
};
