// Every query key of this feature, in one place: what a mutation invalidates is named here.

export const agendaQueryKeys = {
  agenda: (seriesId: string, occurrenceKey: string) => ["agenda", seriesId, occurrenceKey] as const,
  topics: (seriesId: string, occurrenceKey: string) => ["topics", seriesId, occurrenceKey] as const,
};
