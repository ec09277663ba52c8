// The Outlook task pane: the appointment resolved to its series, then the organizer's pane (an
// invitation being composed) or the attendee's (one being read), each in its own lazy chunk. The
// series' workspace is found among the viewer's groups (outlook-tab-config.ts): Outlook has no tab.
import { Suspense, lazy, useMemo } from "react";
import { Spinner } from "@fluentui/react-components";
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
import { loadWithStrings } from "../lazy-strings";
import { createOutlookTabConfig } from "../outlook-tab-config";
import { TabConfigProvider } from "../tab-config-context";
import { pickOutlookPane } from "./outlook-pane-kind";

const OutlookOrganizerPane = lazy(() =>
  loadWithStrings(
    import("./outlook-organizer-pane"),
    (m) => m.OutlookOrganizerPane,
    (m) => m.strings,
  ),
);
const OutlookAttendeePane = lazy(() =>
  loadWithStrings(
    import("./outlook-attendee-pane"),
    (m) => m.OutlookAttendeePane,
    (m) => m.strings,
  ),
);

/** The organizer composing the invitation, or anyone reading it (outlook-pane-kind.ts). */
function OutlookPane({
  seriesId,
  occurrenceKey,
  isOrganizer,
  appointment,
}: ResolvedAppointment & { appointment: AppointmentPort }) {
  const { t } = useTranslation();
  const { graph } = useServices();
  const tabConfig = useMemo(() => createOutlookTabConfig(graph, seriesId), [graph, seriesId]);
  const Pane =
    pickOutlookPane(isOrganizer, appointment.mode) === "organizer" ? OutlookOrganizerPane : OutlookAttendeePane;
  return (
    <TabConfigProvider port={tabConfig}>
      <Suspense fallback={<Spinner label={t("loading")} />}>
        <Pane seriesId={seriesId} occurrenceKey={occurrenceKey} appointment={appointment} />
      </Suspense>
    </TabConfigProvider>
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
