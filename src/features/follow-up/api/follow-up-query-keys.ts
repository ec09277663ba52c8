/** Cache keys of follow-up queries, widest first: a review invalidates the whole series' follow-up. */
export const followUpQueryKeys = {
  all: ["follow-up"] as const,
  series: (chatId: string) => [...followUpQueryKeys.all, chatId] as const,
  review: (chatId: string, occurrenceKey: string) =>
    [...followUpQueryKeys.series(chatId), "review", occurrenceKey] as const,
  history: (chatId: string) => [...followUpQueryKeys.series(chatId), "history"] as const,
};
