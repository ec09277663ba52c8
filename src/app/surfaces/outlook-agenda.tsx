// The occurrence's agenda in an Outlook task pane, the same for the organizer (who may edit it and
// insert it into the invitation) and an attendee (who reads it).
import { useTranslation } from "react-i18next";
import type { AgendaInvitation } from "@/features/agenda";
import { buildViewLink } from "../links";
import { AgendaPanel } from "./lazy-views";
import type { OutlookMeeting } from "./outlook-meeting";

export function OutlookAgenda({
  meeting,
  canEdit,
  invitation,
}: {
  meeting: OutlookMeeting;
  canEdit: boolean;
  invitation?: AgendaInvitation;
}) {
  const { t } = useTranslation("app");
  const { series, config, workspace, occurrence, frame } = meeting;
  return (
    // The agenda panel is its own region, headed 议程 · <date> / Agenda · <date>.
    <AgendaPanel
      key={occurrence.key}
      timeZone={series.timeZone}
      workspace={workspace}
      config={config}
      seriesId={series.seriesId}
      meetingTitle={series.title}
      occurrence={occurrence}
      heldKeys={frame.heldKeys}
      names={frame.names}
      canEdit={canEdit}
      links={{
        fillReport: buildViewLink(series.seriesId, "report", t("workbench.report"), occurrence.key),
        openAgenda: buildViewLink(series.seriesId, "agenda", t("workbench.agenda"), occurrence.key),
      }}
      {...(invitation === undefined ? {} : { invitation })}
    />
  );
}
