// Every query key of this feature, in one place: what a mutation invalidates is named here.

export const seriesQueryKeys = {
  series: (seriesId: string) => ["series", seriesId] as const,
  occurrence: (seriesId: string, key: string) => ["series", seriesId, "occurrence", key] as const,
};
