import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { DeferredStatusBadge } from "@/lib/ui/deferred-parts";
import type { Viewer } from "@/lib/app-services/services-context";
import { formatDay, formatInZones, formatOccurrenceInZones, formatTime } from "@/lib/time/format-when";
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

export function OccurrenceRow({
  occurrence,
  viewer,
  meetingTimeZone,
}: {
  occurrence: Occurrence;
  viewer: Viewer;
  meetingTimeZone: string;
}) {
  const { t } = useTranslation("series");
  const styles = useStyles();
  const isCancelled = occurrence.status === "cancelled";
  return (
    <li className={styles.row} data-occurrence-key={occurrence.key}>
      <span className={styles.line}>
        <Text className={isCancelled ? styles.cancelled : undefined}>
          {formatOccurrenceInZones(occurrence, viewer, meetingTimeZone)}
        </Text>
        {occurrence.status !== "scheduled" && (
          <DeferredStatusBadge color={badgeColor[occurrence.status]}>
            {t(`status.${occurrence.status}`)}
          </DeferredStatusBadge>
        )}
      </span>
      {occurrence.status === "moved" && (
        <Text size={200} className={styles.note}>
          {t("movedFrom", {
            when: formatInZones(
              occurrence.originalStart,
              viewer,
              meetingTimeZone,
              (clock) => formatDay(occurrence.originalStart, clock),
              (clock) => formatTime(occurrence.originalStart, clock),
            ),
          })}
        </Text>
      )}
    </li>
  );
}
