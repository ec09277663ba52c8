// The series configuration's query key, shared by every surface that reads or saves it.

export const seriesConfigQueryKey = (seriesId: string, groupId: string | undefined) =>
  ["series-config", seriesId, groupId ?? ""] as const;
