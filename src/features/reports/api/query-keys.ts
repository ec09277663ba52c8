/**
 * Cache keys of report queries, widest first, so invalidating an occurrence refreshes both the
 * speaker's own reports and the host's tracker for it.
 */
export const reportQueryKeys = {
  all: ["reports"] as const,
  series: (seriesId: string) => [...reportQueryKeys.all, seriesId] as const,
  occurrence: (seriesId: string, occurrenceKey: string) =>
    [...reportQueryKeys.series(seriesId), occurrenceKey] as const,
  occurrenceList: (seriesId: string, occurrenceKey: string) =>
    [...reportQueryKeys.occurrence(seriesId, occurrenceKey), "list"] as const,
  mine: (seriesId: string, occurrenceKey: string, sectionId: string, upn: string) =>
    [...reportQueryKeys.occurrence(seriesId, occurrenceKey), "mine", sectionId, upn.toLowerCase()] as const,
  /** The viewer's report drafts in this browser (IndexedDB), not Graph: apart from the keys above. */
  localDrafts: (seriesId: string, userId: string) => ["local-report-drafts", seriesId, userId] as const,
};
