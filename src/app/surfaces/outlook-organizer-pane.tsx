// The organizer's task pane in an Outlook invitation being composed (docs/architecture.md §1): the
// series' setup, the agenda inserted into the invitation or posted to the meeting chat, and who has
// submitted their report. Composed from the setup, agenda, follow-up and reports features.
import { Suspense, useState } from "react";
import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useServices } from "@/lib/app-services/services-context";
import { useBilingual } from "@/lib/i18n/bilingual";
import type { AppointmentPort } from "@/lib/office/appointment-port";
import { formatInZones } from "@/lib/time/format-when";
import { useReviewItems } from "@/features/follow-up";
import { appStrings } from "../app-strings";
import { buildViewLink } from "../links";
import { SetupSurface, TrackerView } from "./lazy-views";
import { OutlookAgenda } from "./outlook-agenda";
import type { OutlookMeeting } from "./outlook-meeting";
import { OutlookMeetingGate } from "./outlook-meeting";
import { outlookStrings } from "./outlook-strings";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  facts: { margin: 0, display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
  speakers: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface OutlookPaneProps {
  seriesId: string;
  occurrenceKey?: string | undefined;
  appointment: AppointmentPort;
}

export function OutlookOrganizerPane({ seriesId, occurrenceKey, appointment }: OutlookPaneProps) {
  return (
    <OutlookMeetingGate
      seriesId={seriesId}
      occurrenceKey={occurrenceKey}
      unconfigured={() => <NotConfigured seriesId={seriesId} />}
    >
      {(meeting) => <OrganizerViews meeting={meeting} appointment={appointment} />}
    </OutlookMeetingGate>
  );
}

/** Not set up yet: here, from a template, as the configuration page does it, or in Teams. */
function NotConfigured({ seriesId }: { seriesId: string }) {
  const { t } = useTranslation("outlook");
  const styles = useStyles();
  const [isConfiguring, setConfiguring] = useState(false);
  return (
    <section className={styles.section} aria-labelledby="outlook-setup-heading">
      <Subtitle2 as="h2" id="outlook-setup-heading">
        {t("setup.heading")}
      </Subtitle2>
      <MessageBar intent="info">
        <MessageBarBody>{t("setup.notConfigured")}</MessageBarBody>
      </MessageBar>
      {isConfiguring ? (
        <Suspense fallback={<Spinner label={t("common:loading")} />}>
          <SetupSurface seriesId={seriesId} showSaveButton />
        </Suspense>
      ) : (
        <Button
          appearance="primary"
          onClick={() => {
            setConfiguring(true);
          }}
        >
          {t("setup.configureHere")}
        </Button>
      )}
      <OpenInTeams seriesId={seriesId} />
    </section>
  );
}

function OpenInTeams({ seriesId, occurrenceKey }: { seriesId: string; occurrenceKey?: string }) {
  const { t } = useTranslation("outlook");
  return (
    <Link href={buildViewLink(seriesId, "overview", t("setup.openInTeams"), occurrenceKey)} target="_blank">
      {t("setup.openInTeams")}
    </Link>
  );
}

function OrganizerViews({ meeting, appointment }: { meeting: OutlookMeeting; appointment: AppointmentPort }) {
  const { t } = useTranslation("outlook");
  const styles = useStyles();
  const text = useBilingual();
  const { viewer } = useServices();
  const { series, config, workspace, occurrence, frame } = meeting;
  const review = useReviewItems(workspace, {
    seriesId: series.seriesId,
    planId: config.workspace.planId,
    occurrenceKey: occurrence.key,
    timeZone: series.timeZone,
  });
  const dueText = formatInZones(frame.due, viewer, series.timeZone, (clock) =>
    new Intl.DateTimeFormat(clock.locale, { dateStyle: "medium", timeStyle: "short", timeZone: clock.timeZone }).format(
      frame.due,
    ),
  );
  return (
    <>
      <section className={styles.section} aria-labelledby="outlook-setup-heading">
        <Subtitle2 as="h2" id="outlook-setup-heading">
          {t("setup.heading")}
        </Subtitle2>
        <dl className={styles.facts}>
          <dt className={styles.term}>{t("setup.template")}</dt>
          <dd className={styles.value}>{text(config.template.name)}</dd>
          <dt className={styles.term}>{t("setup.reportDue")}</dt>
          <dd className={styles.value}>{dueText}</dd>
          <dt className={styles.term}>{t("setup.speakers")}</dt>
          <dd className={styles.value}>
            {frame.speakers.length === 0 ? (
              t("setup.noSpeakers")
            ) : (
              <ul className={styles.speakers} aria-label={t("setup.speakers")}>
                {frame.speakers.map((s) => (
                  <li key={`${s.sectionId}|${s.upn}`}>{`${s.name} · ${text(s.sectionTitle)}`}</li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
        <OpenInTeams seriesId={series.seriesId} occurrenceKey={occurrence.key} />
      </section>
      <OutlookAgenda
        meeting={meeting}
        canEdit={frame.roles.canManage}
        invitation={{
          readBodyHtml: () => appointment.readBodyHtml(),
          prependBodyHtml: (html) => appointment.prependBodyHtml(html),
          ...(frame.speakers.length > 0 ? { reportDue: frame.due } : {}),
          ...(review.data === undefined
            ? {}
            : { review: review.data.items.map((item) => ({ what: item.what, owner: item.owner })) }),
        }}
      />
      {/* The tracker is its own region, named 汇报提交情况 / Reports. */}
      <TrackerView
        key={occurrence.key}
        workspace={workspace}
        seriesId={series.seriesId}
        occurrenceKey={occurrence.key}
        speakers={frame.speakers}
        due={frame.due}
        timeZone={series.timeZone}
      />
    </>
  );
}

/** The pane's own strings; the features it composes register theirs as their views load (lazy-views.ts). */
export const strings = { app: appStrings, outlook: outlookStrings };
