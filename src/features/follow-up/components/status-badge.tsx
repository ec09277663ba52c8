import { Badge } from "@fluentui/react-components";
import type { BadgeProps } from "@fluentui/react-components";
import type { ActionStatus } from "@/meeting/model/planner/action-status";
import { describeStatus, useFollowUpTranslation } from "./follow-up-i18n";

const colors: Record<ActionStatus["kind"], BadgeProps["color"]> = {
  overdue: "danger",
  deleted: "severe",
  notInPlanner: "warning",
  notStarted: "informative",
  inProgress: "brand",
  done: "success",
};

/** Colour and words together: the colour alone says nothing to a screen reader or in high contrast. */
export function StatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useFollowUpTranslation();
  return (
    <Badge appearance="tint" color={colors[status.kind]} shape="rounded">
      {describeStatus(t, status)}
    </Badge>
  );
}
