export { SeriesView, seriesReadyMark, useSeriesReadyMark } from "./components/series-view";
export { useSeries, seriesQueryOptions } from "./api/use-series";
export { SeriesError } from "./api/resolve-series";
export { locateOccurrences } from "./model/occurrences";
export { formatOccurrenceInZones, formatOccurrenceTime } from "@/lib/time/format-when";
export type { Series, Occurrence, Person } from "./model/types";
export { seriesStrings } from "./strings";
export { useRequestedOccurrence } from "./api/use-requested-occurrence";
export type { RequestedOccurrenceState } from "./api/use-requested-occurrence";
