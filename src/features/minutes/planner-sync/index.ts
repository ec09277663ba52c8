export { publishActionItems, PublishIncompleteError } from "./publish-action-items";
export { chooseBucket } from "./choose-bucket";
export type { PublishInput, PublishResult } from "./publish-action-items";
export { planPublish } from "./plan-publish";
export type { PublishPlan, PublishPlanInput, TaskUpdate, DetailsUpdate } from "./plan-publish";
export { buildDesiredTask, encodeReferenceKey, endOfDueDay, truncateTitle } from "./task-content";
export type { DesiredTask, ExistingTask, PlannerLink, PublishProgress } from "./types";
