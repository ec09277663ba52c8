export { publishActionItems, PublishIncompleteError } from "./publish-action-items";
export { chooseBucket } from "./choose-bucket";
export { getBucketName, getOccurrenceName } from "./bucket-names";
export { findPlannerLimit, plannerLimitCodes } from "./planner-limits";
export type { PlannerLimit } from "./planner-limits";
export type { PublishInput, PublishResult } from "./publish-action-items";
export { planPublish } from "./plan-publish";
export type { PublishPlan, PublishPlanInput, TaskUpdate, DetailsUpdate } from "./plan-publish";
export {
  buildDesiredTask,
  buildReferenceUrl,
  encodeReferenceKey,
  endOfDueDay,
  readKeyMarker,
  truncateTitle,
} from "./task-content";
export type { DesiredTask, ExistingTask, PlannerLink, PublishProgress } from "./types";
