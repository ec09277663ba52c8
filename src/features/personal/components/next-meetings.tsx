import { Badge, Body1, Caption1, Subtitle2, Text } from "@fluentui/react-components";
import { useId } from "react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { pickBilingual } from "@/lib/i18n/bilingual";
import { formatOccurrenceInZones } from "@/lib/time/format-when";
import { compareByStart } from "../model/occurrences";
import { hasAnyRole } from "../model/roles";
import type { MyOccurrence } from "../model/types";
import { MeetingLink } from "./meeting-link";
import { useSectionStyles } from "./section-styles";
import type { MeetingViewProps } from "./view-props";

export function NextMeetings({
  occurrences,
  windowDays,
  viewer,
  buildMeetingLink,
  onOpenLink,
  renderOccurrenceActions,
}: MeetingViewProps & { occurrences: readonly MyOccurrence[]; windowDays: number }) {
  const { t, i18n } = useTranslation("personal");
  const styles = useSectionStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {t("next.heading")}
      </Subtitle2>
      {occurrences.length === 0 ? (
        <Body1>{t("next.empty", { days: windowDays })}</Body1>
      ) : (
        <ul className={styles.list}>
          {[...occurrences].sort(compareByStart).map((occurrence) => {
            const when = formatOccurrenceInZones(occurrence, viewer, occurrence.timeZone);
            const actions: ReactNode = occurrence.isCancelled
              ? null
              : renderOccurrenceActions?.({
                  seriesId: occurrence.seriesId,
                  occurrenceKey: occurrence.occurrenceKey,
                  start: occurrence.start,
                  groupId: occurrence.groupId,
                  leaveRule: occurrence.leaveRule,
                  timeZone: occurrence.timeZone,
                });
            return (
              <li key={`${occurrence.seriesId}|${occurrence.occurrenceKey}`} className={styles.row}>
                <div className={styles.main}>
                  <Text weight="semibold" className={occurrence.isCancelled ? styles.cancelled : undefined}>
                    {occurrence.seriesTitle}
                  </Text>
                  <Caption1 className={styles.meta}>
                    <time dateTime={occurrence.start.toISOString()}>{when}</time>
                  </Caption1>
                </div>
                {occurrence.isCancelled ? (
                  <Badge appearance="outline" color="subtle">
                    {t("next.cancelled")}
                  </Badge>
                ) : (
                  <>
                    <ul className={styles.badges} aria-label={t("roles.label")}>
                      {occurrence.roles.isHost && (
                        <li>
                          <Badge appearance="filled" color="brand">
                            {t("roles.host")}
                          </Badge>
                        </li>
                      )}
                      {occurrence.roles.isNoteTaker && (
                        <li>
                          <Badge appearance="tint" color="informative">
                            {t("roles.noteTaker")}
                          </Badge>
                        </li>
                      )}
                      {occurrence.roles.speaks.map((section) => (
                        <li key={section.sectionId}>
                          <Badge appearance="tint" color="brand">
                            {t("roles.speaker", { section: pickBilingual(section.title, i18n.language) })}
                          </Badge>
                        </li>
                      ))}
                      {!hasAnyRole(occurrence.roles) && (
                        <li>
                          <Badge appearance="outline" color="subtle">
                            {t("roles.attendee")}
                          </Badge>
                        </li>
                      )}
                    </ul>
                    <div className={styles.actions}>
                      <MeetingLink
                        href={buildMeetingLink(occurrence.seriesId, "agenda", occurrence.occurrenceKey)}
                        label={t("next.openAgendaFor", { title: occurrence.seriesTitle, when })}
                        {...(onOpenLink ? { onOpen: onOpenLink } : {})}
                      >
                        {t("next.openAgenda")}
                      </MeetingLink>
                      {actions}
                    </div>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
