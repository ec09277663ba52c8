/** Cache keys of follow-up queries, widest first: a review invalidates the whole series' follow-up. */
export const followUpQueryKeys = {
  all: ["follow-up"] as const,
  series: (seriesId: string) => [...followUpQueryKeys.all, seriesId] as const,
  review: (seriesId: string, occurrenceKey: string) =>
    [...followUpQueryKeys.series(seriesId), "review", occurrenceKey] as const,
  history: (seriesId: string) => [...followUpQueryKeys.series(seriesId), "history"] as const,
};
