import { Subtitle2, Text, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Viewer } from "@/lib/app-services/services-context";
import { formatOccurrenceInZones } from "@/lib/time/format-when";
import { DeferredDivider, DeferredNoticeBar, DeferredStatusBadge } from "@/lib/ui/deferred-parts";
import { locateOccurrences } from "../model/occurrences";
import { describeRhythm } from "../model/rhythm";
import type { Series } from "../model/types";
import { OccurrenceRow } from "./occurrence-row";
import { PersonLine } from "./person-line";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
  next: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  people: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function SeriesOverview({ series, viewer, now }: { series: Series; viewer: Viewer; now: Date }) {
  const { t } = useTranslation("series");
  const styles = useStyles();
  const position = locateOccurrences(series.occurrences, now);
  const rhythm = describeRhythm(series, now, viewer);
  const current = position.current;
  return (
    <article className={styles.root} aria-labelledby="series-title">
      <header className={styles.header}>
        <Title3 as="h1" id="series-title">
          {series.title}
        </Title3>
        <Text className={styles.muted} data-testid="series-recurrence">
          {rhythm}
        </Text>
      </header>
      {series.unknownTimeZone !== undefined && (
        <DeferredNoticeBar intent="warning" layout="multiline">
          {t("unknownTimeZone", { name: series.unknownTimeZone })}
        </DeferredNoticeBar>
      )}

      <section className={styles.next} aria-label={t("next")} data-testid="series-next">
        <span>
          <Subtitle2 as="h2">{position.isUnderWay ? t("underWay") : t("next")}</Subtitle2>{" "}
          {position.current?.status === "moved" && (
            <DeferredStatusBadge color="warning">{t("status.moved")}</DeferredStatusBadge>
          )}
        </span>
        {current ? (
          <Text weight="semibold">{formatOccurrenceInZones(current, viewer, series.timeZone)}</Text>
        ) : (
          <Text>{t("noUpcoming")}</Text>
        )}
      </section>

      <section className={styles.section} aria-labelledby="series-host">
        <Subtitle2 as="h2" id="series-host">
          {t("host")}
        </Subtitle2>
        <PersonLine name={series.organizer.name} email={series.organizer.email} />
      </section>

      <section className={styles.section} aria-labelledby="series-attendees">
        <Subtitle2 as="h2" id="series-attendees">
          {t("attendees", { count: series.attendees.length })}
        </Subtitle2>
        <ul className={styles.people}>
          {series.attendees.map((person) => (
            <li key={person.email}>
              <PersonLine
                size="small"
                name={person.name}
                email={person.email}
                {...(person.kind === "member" ? {} : { note: t(`notWorker.${person.kind}`) })}
              />
            </li>
          ))}
        </ul>
      </section>

      {position.upcoming.length > 0 && (
        <>
          <DeferredDivider />
          <section className={styles.section} aria-labelledby="series-upcoming">
            <Subtitle2 as="h2" id="series-upcoming">
              {t("upcoming")}
            </Subtitle2>
            <ul className={styles.list}>
              {position.upcoming.map((o) => (
                <OccurrenceRow key={o.key} occurrence={o} viewer={viewer} meetingTimeZone={series.timeZone} />
              ))}
            </ul>
          </section>
        </>
      )}
    </article>
  );
}
