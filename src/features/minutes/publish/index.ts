export { publishActionItems, PublishIncompleteError } from "./publish-action-items.ts";
export { chooseBucket } from "./choose-bucket.ts";
export type { PublishInput, PublishResult } from "./publish-action-items.ts";
export { planPublish } from "./plan-publish.ts";
export type { PublishPlan, PublishPlanInput, TaskUpdate, DetailsUpdate } from "./plan-publish.ts";
export { buildDesiredTask, encodeReferenceKey, endOfDueDay, truncateTitle } from "./task-content.ts";
export type { DesiredTask, ExistingTask, PlannerLink, PublishProgress } from "./types.ts";
