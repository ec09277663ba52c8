import { Body1, MessageBar, MessageBarBody, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { CloudNotice } from "@/lib/ui/cloud-notice";
import type { MyMeetings } from "../model/types";
import { ActionItems } from "./action-items";
import type { ActionItemsProps } from "./action-items";
import { NextMeetings } from "./next-meetings";
import { OwedReports } from "./owed-reports";
import type { MeetingViewProps } from "./view-props";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXL,
    maxWidth: "960px",
    padding: tokens.spacingHorizontalL,
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  subtitle: { color: tokens.colorNeutralForeground2 },
});

export type MyMeetingsViewProps = MeetingViewProps &
  Pick<ActionItemsProps, "onSetProgress" | "pendingTaskIds" | "feedback"> & {
    data: MyMeetings;
    now: Date;
    windowDays: number;
  };

/** The personal tab, given its data: pure rendering, so it is tested with injected data. */
export function MyMeetingsView({
  data,
  now,
  windowDays,
  viewer,
  buildMeetingLink,
  onOpenLink,
  renderOccurrenceActions,
  onSetProgress,
  pendingTaskIds,
  feedback,
}: MyMeetingsViewProps) {
  const { t } = useTranslation("personal");
  const styles = useStyles();
  const links = { viewer, buildMeetingLink, ...(onOpenLink ? { onOpenLink } : {}) };
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Title2 as="h1">{t("title")}</Title2>
        <Body1 className={styles.subtitle}>{t("subtitle")}</Body1>
      </header>
      {data.unreadable.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("partial", { count: data.unreadable.length })}</MessageBarBody>
        </MessageBar>
      )}
      {data.series.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{t("noSeries")}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <NextMeetings
            occurrences={data.occurrences}
            windowDays={windowDays}
            {...links}
            {...(renderOccurrenceActions ? { renderOccurrenceActions } : {})}
          />
          <OwedReports reports={data.owedReports} now={now} {...links} />
          {data.plannerUnavailable === true ? (
            <CloudNotice area="planner" />
          ) : (
            <ActionItems
              tasks={data.tasks}
              now={now}
              viewer={viewer}
              onSetProgress={onSetProgress}
              pendingTaskIds={pendingTaskIds}
              feedback={feedback}
            />
          )}
        </>
      )}
    </div>
  );
}
