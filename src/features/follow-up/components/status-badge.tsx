import { Badge, makeStyles } from "@fluentui/react-components";
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

// A badge keeps to one line by default; in a narrow table cell (the decision register at side-panel
// width) it wraps instead of pushing the page sideways.
const useStyles = makeStyles({
  wrap: { whiteSpace: "normal", height: "auto", maxWidth: "100%", overflowWrap: "anywhere" },
});

/** Colour and words together: the colour alone says nothing to a screen reader or in high contrast. */
export function StatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useFollowUpTranslation();
  const styles = useStyles();
  return (
    <Badge className={styles.wrap} appearance="tint" color={colors[status.kind]} shape="rounded">
      {describeStatus(t, status)}
    </Badge>
  );
}
