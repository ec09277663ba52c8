/**
 * Cache keys of minutes queries, widest first, so invalidating an occurrence refreshes its
 * minutes, leave requests and confirmations together (the publish pipeline invalidates `occurrence`).
 */
export const minutesQueryKeys = {
  all: ["minutes"] as const,
  series: (seriesId: string) => [...minutesQueryKeys.all, seriesId] as const,
  occurrence: (seriesId: string, occurrenceKey: string) =>
    [...minutesQueryKeys.series(seriesId), occurrenceKey] as const,
  record: (seriesId: string, occurrenceKey: string) =>
    [...minutesQueryKeys.occurrence(seriesId, occurrenceKey), "record"] as const,
  leave: (seriesId: string, occurrenceKey: string) =>
    [...minutesQueryKeys.occurrence(seriesId, occurrenceKey), "leave"] as const,
  confirmations: (seriesId: string, occurrenceKey: string) =>
    [...minutesQueryKeys.occurrence(seriesId, occurrenceKey), "confirmations"] as const,
  /** The minutes item's versions as of one etag: a newer save is a newer history. */
  versions: (seriesId: string, occurrenceKey: string, itemId: string, etag: string) =>
    [...minutesQueryKeys.occurrence(seriesId, occurrenceKey), "versions", itemId, etag] as const,
};
