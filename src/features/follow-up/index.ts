// The follow-up feature's public surface, composed by src/app: the review that opens every
// occurrence, the series' history and its rollups (docs/domain.md §1 "next time").
export { ReviewSection } from "./components/review-section";
export type { ReviewSectionProps } from "./components/review-section";
export { SeriesHistory } from "./components/series-history";
export type { SeriesHistoryProps } from "./components/series-history";
export { SeriesRollups } from "./components/series-rollups";
export type { SeriesRollupsProps } from "./components/series-rollups";
export { loadReviewItems } from "./api/load-review-items";
export type { ReviewLoad, ReviewLoadOptions } from "./api/load-review-items";
export { loadSeriesHistory } from "./api/load-series-history";
export type { SeriesHistoryData } from "./api/load-series-history";
export { reassignAction } from "./api/reassign-action";
export type { ReassignActionInput } from "./api/reassign-action";
export { recordReview } from "./api/record-review";
export type { ReviewInput } from "./api/record-review";
export { followUpQueryKeys } from "./api/query-keys";
export { historyQueryOptions, reviewQueryOptions, useReviewItems } from "./api/use-follow-up";
export { followUpStrings } from "./strings";
export type { ReviewItem } from "./model/review-items";
export type { ActionStatus } from "@/meeting/model/planner/action-status";
export type { ReviewRecord, ReviewVerdict } from "@/meeting/model/records/review-record";
