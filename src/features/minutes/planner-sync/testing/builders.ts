// Fixtures for the publish unit tests: fixed defaults, overrides per test.
import { buildPlannerTask } from "@/meeting/testing/build-planner-task";
import type { ActionItem } from "@/meeting/model/records/minutes-record";
import { buildDesiredTask } from "../task-content";
import type { TaskContext } from "../task-content";
import type { DesiredTask, ExistingTask } from "../types";

export const minutesUrl =
  "https://teams.microsoft.com/l/entity/app/minutes?context=%7B%22occurrence%22%3A%222026-11-30%22%7D";

export function buildAction(id: string, overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id,
    itemId: "item-1",
    decisionId: "d1",
    what: `行动项 ${id}`,
    owner: "li.na@yunzhan.example",
    ownerName: "李娜",
    due: "2026-12-04",
    standard: `验收 ${id}`,
    supervisor: "wang.jianguo@yunzhan.example",
    supervisorName: "王建国",
    priority: "important",
    ...overrides,
  };
}

export function buildContext(overrides: Partial<TaskContext> = {}): TaskContext {
  return {
    assigneeId: "user-li",
    decisionText: "双十二备货提前一周",
    supervisorName: "王建国",
    minutesUrl,
    occurrenceName: "2026-11-30 周例会",
    timeZone: "Asia/Shanghai",
    ...overrides,
  };
}

export function buildDesired(
  id: string,
  action: Partial<ActionItem> = {},
  context: Partial<TaskContext> = {},
): DesiredTask {
  return buildDesiredTask(buildAction(id, action), buildContext(context));
}

/** The task Planner would hold after creating `desired` (details not read unless given). */
export function buildExisting(id: string, desired: DesiredTask, overrides: Partial<ExistingTask> = {}): ExistingTask {
  return {
    ...buildPlannerTask({
      id,
      etag: `W/"etag-${id}"`,
      bucketId: "bucket-1",
      title: desired.fields.title,
      assigneeIds: [desired.fields.assigneeId],
      dueDateTime: desired.fields.dueDateTime.replace(".000Z", "Z"),
      priority: desired.fields.priority,
    }),
    ...overrides,
  };
}

/** Details as a publish wrote them for `desired`. */
export function writtenDetails(desired: DesiredTask, etag = 'W/"details"'): NonNullable<ExistingTask["details"]> {
  return {
    etag,
    description: desired.details.description,
    references: { [desired.details.referenceKey]: desired.details.referenceAlias },
  };
}
