import {
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Persona,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useState } from "react";
import type { ReportFieldId } from "@/meeting/model/templates/types";
import { getAvatarInitials } from "@/lib/ui/avatar-initials";
import { formatDeadline, formatRecent } from "../model/format-time";
import type { Clock } from "../model/format-time";
import type { ReportFields } from "@/meeting/model/records/report-record";
import type { SpeakerStatus, TrackerRow, TrackerSummary } from "../model/tracker";
import { useReportsTranslation } from "./report-i18n";
import type { ReportsT } from "./report-i18n";
import { ReportView } from "./report-view";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  counts: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  rowHead: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  report: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  toggle: { alignSelf: "flex-start" },
});

function describeStatus(
  t: ReportsT,
  status: SpeakerStatus,
  clock: Clock,
  now: Date,
): { text: string; color: "success" | "warning" | "danger" | "informative" } {
  switch (status.kind) {
    case "pending":
      return { text: t("tracker.pending"), color: "informative" };
    case "onLeave":
      return { text: t("tracker.onLeave"), color: "informative" };
    case "overdue":
      return { text: t("tracker.overdue"), color: "danger" };
    case "submitted": {
      const time = formatRecent(status.submittedAt, clock, now);
      return status.isLate
        ? { text: t("tracker.submittedLate", { time }), color: "warning" }
        : { text: t("tracker.submitted", { time }), color: "success" };
    }
    case "onBehalf":
      return {
        text:
          status.change === "unverified"
            ? t("tracker.unverified")
            : t(status.change === "changed" ? "tracker.changedBy" : "tracker.onBehalf", { name: status.by }),
        color: "warning",
      };
  }
}

function SpeakerRow({ row, clock, now }: { row: TrackerRow; clock: Clock; now: Date }) {
  const styles = useStyles();
  const { t, lang } = useReportsTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const reportId = useId("tracked-report");
  const status = describeStatus(t, row.status, clock, now);
  const fields: ReportFields | undefined = row.report?.value.fields;
  return (
    <li className={styles.row}>
      <div className={styles.rowHead}>
        <Persona
          size="small"
          name={row.speaker.name}
          secondaryText={row.speaker.sectionTitle[lang]}
          avatar={{ color: "colorful", initials: getAvatarInitials(row.speaker.name) }}
        />
        <Badge appearance="tint" color={status.color}>
          {status.text}
        </Badge>
      </div>
      {fields && (row.status.kind === "submitted" || row.status.kind === "onBehalf") && (
        <>
          <Button
            className={styles.toggle}
            appearance="subtle"
            size="small"
            aria-expanded={isOpen}
            aria-controls={reportId}
            onClick={() => {
              setIsOpen((open) => !open);
            }}
          >
            {isOpen ? t("actions.hide") : t("actions.view")}
          </Button>
          <div
            id={reportId}
            hidden={!isOpen}
            className={styles.report}
            aria-label={`${row.speaker.name} · ${row.speaker.sectionTitle[lang]}`}
            role="region"
          >
            {isOpen && (
              <>
                {row.status.kind === "onBehalf" && (
                  <Caption1 className={styles.muted}>
                    {t("tracker.onBehalfNote", { speaker: row.speaker.name })}{" "}
                    {t("tracker.updatedAt", { time: formatRecent(row.status.updatedAt, clock, now) })}
                  </Caption1>
                )}
                {row.status.kind === "submitted" &&
                  row.status.updatedAt.getTime() !== row.status.submittedAt.getTime() && (
                    <Caption1 className={styles.muted}>
                      {t("tracker.updatedAt", { time: formatRecent(row.status.updatedAt, clock, now) })}
                    </Caption1>
                  )}
                <ReportView fields={fields} fieldIds={Object.keys(fields) as ReportFieldId[]} />
              </>
            )}
          </div>
        </>
      )}
    </li>
  );
}

export interface ReportTrackerProps {
  summary: TrackerSummary;
  due: Date;
  now: Date;
  clock: Clock;
}

/** The host's list of expected speakers and where each one's report stands. */
export function ReportTracker({ summary, due, now, clock }: ReportTrackerProps) {
  const styles = useStyles();
  const { t } = useReportsTranslation();
  const titleId = useId("tracker-title");
  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <header className={styles.header}>
        <Subtitle2 as="h2" id={titleId}>
          {t("tracker.title")}
        </Subtitle2>
        <div className={styles.counts}>
          <Text weight="semibold" role="status">
            {t("tracker.count", { submitted: summary.submitted, total: summary.total })}
          </Text>
          {summary.late > 0 && (
            <Badge appearance="filled" color="danger">
              {t("tracker.lateCount", { count: summary.late })}
            </Badge>
          )}
          {summary.onBehalf > 0 && (
            <Badge appearance="tint" color="warning">
              {t("tracker.onBehalfCount", { count: summary.onBehalf })}
            </Badge>
          )}
          {summary.onLeave > 0 && (
            <Badge appearance="tint" color="informative">
              {t("tracker.onLeaveCount", { count: summary.onLeave })}
            </Badge>
          )}
        </div>
        <Caption1 className={styles.muted}>{t("tracker.due", { time: formatDeadline(due, clock) })}</Caption1>
      </header>
      {summary.rows.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{t("tracker.noSpeakers")}</MessageBarBody>
        </MessageBar>
      ) : (
        <ul className={styles.list} aria-label={t("tracker.speakers")}>
          {summary.rows.map((row) => (
            <SpeakerRow key={`${row.speaker.sectionId}|${row.speaker.upn}`} row={row} clock={clock} now={now} />
          ))}
        </ul>
      )}
    </section>
  );
}
