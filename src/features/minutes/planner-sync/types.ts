// Our own shapes for publishing action items to Planner: what a task should look like (desired),
// what Planner holds (existing, mapped from Graph at the boundary, with etags kept for If-Match),
// and the link the minutes record keeps per action item.
import type { MinutesRecord } from "@/meeting/model/records/minutes-record";
import type { PlannerTask } from "@/meeting/model/planner/planner-task";

export type PlannerLink = NonNullable<MinutesRecord["published"]>["planner"][string];

/** The plannerTask fields a publish writes; all of them are written at creation. */
export interface TaskFields {
  title: string;
  assigneeId: string;
  /** ISO 8601 instant (UTC), as Planner's DateTimeOffset. */
  dueDateTime: string;
  priority: number;
}

/** The plannerTaskDetails a publish writes, after the task exists. */
export interface DetailsContent {
  description: string;
  /** The minutes URL with the action id as the task's marker, encoded as a plannerExternalReferences key (task-content.ts). */
  referenceKey: string;
  /** The link text Planner shows: meeting, day and the decision the action came from. */
  referenceAlias: string;
}

export interface DesiredTask {
  actionId: string;
  fields: TaskFields;
  details: DetailsContent;
  /** What publishing this action writes, hashed: equal to the link's fingerprint → nothing to write. */
  fingerprint: string;
}

export interface ExistingDetails {
  etag: string;
  description: string;
  /** Reference key (encoded URL) → alias. */
  references: Record<string, string>;
}

/** A task of the plan, as the one Planner adapter maps it (etag kept for If-Match). */
export interface ExistingTask extends PlannerTask {
  /** Read only for tasks no link names: they may come from an interrupted publish. */
  details?: ExistingDetails;
}

export interface TaskPatch {
  title?: string;
  dueDateTime?: string;
  priority?: number;
  bucketId?: string;
  /** Open type keyed by user id; null removes an assignee (plannerassignments). */
  assignments?: Record<string, { "@odata.type": "#microsoft.graph.plannerAssignment"; orderHint: string } | null>;
}

export interface PublishProgress {
  phase: "reading" | "writing-tasks" | "writing-details" | "done";
  total: number;
  created: number;
  updated: number;
  unchanged: number;
}
