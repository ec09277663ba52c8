import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Viewer } from "@/lib/app-services/services-context";
import { formatDay, formatOccurrenceTime } from "@/lib/time/format-when";
import type { Occurrence } from "../model/types";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
  },
  line: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  cancelled: { textDecorationLine: "line-through", color: tokens.colorNeutralForeground3 },
  note: { color: tokens.colorNeutralForeground3 },
});

const badgeColor = { scheduled: "informative", moved: "warning", cancelled: "danger" } as const;

export function OccurrenceRow({ occurrence, viewer }: { occurrence: Occurrence; viewer: Viewer }) {
  const { t } = useTranslation("series");
  const styles = useStyles();
  const isCancelled = occurrence.status === "cancelled";
  return (
    <li className={styles.row} data-occurrence-key={occurrence.key}>
      <span className={styles.line}>
        <Text className={isCancelled ? styles.cancelled : undefined}>
          {formatOccurrenceTime(occurrence.start, occurrence.end, viewer)}
        </Text>
        {occurrence.status !== "scheduled" && (
          <Badge appearance="tint" color={badgeColor[occurrence.status]}>
            {t(`status.${occurrence.status}`)}
          </Badge>
        )}
      </span>
      {occurrence.status === "moved" && (
        <Text size={200} className={styles.note}>
          {t("movedFrom", { when: formatDay(occurrence.originalStart, viewer) })}
        </Text>
      )}
    </li>
  );
}
