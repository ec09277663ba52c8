import { Badge, Body1, Caption1, Subtitle2, Text } from "@fluentui/react-components";
import type { BadgeProps } from "@fluentui/react-components";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { pickBilingual } from "@/lib/i18n/bilingual";
import { formatDay, formatInZones, formatTime } from "@/lib/time/format-when";
import { computeReportStatus, sortOwedReports } from "../model/report-status";
import type { OwedReport, ReportStatus } from "../model/types";
import { MeetingLink } from "./meeting-link";
import { useSectionStyles } from "./section-styles";
import type { MeetingViewProps } from "./view-props";

function describeStatus(status: ReportStatus): { key: string; color: BadgeProps["color"] } {
  switch (status.kind) {
    case "overdue":
      return { key: "reports.overdue", color: "danger" };
    case "pending":
      return { key: "reports.pending", color: "warning" };
    case "submitted":
      return status.isLate
        ? { key: "reports.submittedLate", color: "severe" }
        : { key: "reports.submitted", color: "success" };
  }
}

export function OwedReports({
  reports,
  now,
  viewer,
  buildMeetingLink,
  onOpenLink,
}: Omit<MeetingViewProps, "renderOccurrenceActions"> & { reports: readonly OwedReport[]; now: Date }) {
  const { t, i18n } = useTranslation("personal");
  const styles = useSectionStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {t("reports.heading")}
      </Subtitle2>
      {reports.length === 0 ? (
        <Body1>{t("reports.empty")}</Body1>
      ) : (
        <ul className={styles.list}>
          {sortOwedReports(reports, now).map((report) => {
            const status = computeReportStatus(report, now);
            const { key, color } = describeStatus(status);
            const section = pickBilingual(report.sectionTitle, i18n.language);
            const isSubmitted = status.kind === "submitted";
            return (
              <li key={`${report.seriesId}|${report.occurrenceKey}|${report.sectionId}`} className={styles.row}>
                <div className={styles.main}>
                  <Text weight="semibold">
                    {report.seriesTitle} · {section}
                  </Text>
                  <Caption1 className={styles.meta}>
                    {t("reports.meeting", {
                      when: formatInZones(
                        report.start,
                        viewer,
                        report.timeZone,
                        (clock) => formatDay(report.start, clock),
                        (clock) => formatTime(report.start, clock),
                      ),
                    })}
                  </Caption1>
                  <Caption1 className={styles.meta}>
                    <time dateTime={report.due.toISOString()}>
                      {t("reports.due", {
                        when: formatInZones(
                          report.due,
                          viewer,
                          report.timeZone,
                          (clock) => formatDay(report.due, clock),
                          (clock) => formatTime(report.due, clock),
                        ),
                      })}
                    </time>
                  </Caption1>
                </div>
                <Badge appearance="filled" color={color}>
                  {t(key)}
                </Badge>
                <MeetingLink
                  href={buildMeetingLink(report.seriesId, "report", report.occurrenceKey)}
                  label={t(isSubmitted ? "reports.viewFor" : "reports.fillFor", { title: report.seriesTitle, section })}
                  {...(onOpenLink ? { onOpen: onOpenLink } : {})}
                >
                  {t(isSubmitted ? "reports.view" : "reports.fill")}
                </MeetingLink>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
