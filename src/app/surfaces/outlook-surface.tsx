import { Spinner, Subtitle1 } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useServices } from "@/lib/app-services/services-context";
import { DeferredNoticeBar } from "@/lib/ui/deferred-parts";
import type { AppointmentPort } from "@/lib/office/appointment-port";
import {
  AppointmentErrorNotice,
  AppointmentProblemNotice,
  appointmentStrings,
  useAppointment,
} from "@/features/appointment";
import type { ResolvedAppointment } from "@/features/appointment";
import { formatOccurrenceTime, useSeries } from "@/features/series";

/** What the organizer's and the attendee's panes are given once the appointment is resolved. */
export interface OutlookPaneProps extends ResolvedAppointment {
  appointment: AppointmentPort;
}

function SeriesHeading({ seriesId, occurrenceKey }: ResolvedAppointment) {
  const { t } = useTranslation("appointment");
  const { viewer } = useServices();
  const series = useSeries(seriesId);
  if (series.data === undefined) return <Spinner size="tiny" label={t("resolving")} />;
  const occurrence = series.data.occurrences.find((o) => o.key === occurrenceKey);
  const when =
    occurrence === undefined
      ? t("wholeSeries")
      : formatOccurrenceTime(occurrence.start, occurrence.end, { locale: viewer.locale, timeZone: viewer.timeZone });
  return (
    <Subtitle1 as="h1">
      {series.data.title} · {when}
    </Subtitle1>
  );
}

/** The organizer's and the attendee's panes go here. */
function OutlookPane(props: OutlookPaneProps) {
  return (
    <section data-pane={props.isOrganizer ? "organizer" : "attendee"}>
      <SeriesHeading {...props} />
    </section>
  );
}

function AppointmentPane({ appointment }: { appointment: AppointmentPort }) {
  const { t } = useTranslation("appointment");
  const resolved = useAppointment(appointment);
  const retry = () => {
    void resolved.refetch();
  };
  if (resolved.isError) return <AppointmentErrorNotice error={resolved.error} onRetry={retry} />;
  if (resolved.data === undefined || resolved.isFetching) return <Spinner label={t("resolving")} />;
  if (resolved.data.kind === "problem")
    return <AppointmentProblemNotice problem={resolved.data.problem} onRetry={retry} />;
  return <OutlookPane {...resolved.data.appointment} appointment={appointment} />;
}

/** The Outlook task pane: the appointment's series and occurrence, or why it has none. */
export function OutlookSurface() {
  const { t } = useTranslation("appointment");
  const { host } = useServices();
  if (host.appointment === undefined)
    return <DeferredNoticeBar intent="warning">{t("notInOutlook")}</DeferredNoticeBar>;
  return <AppointmentPane appointment={host.appointment} />;
}

export const strings = { appointment: appointmentStrings };
