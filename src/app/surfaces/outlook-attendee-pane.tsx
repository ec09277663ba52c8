// An attendee's task pane on an Outlook invitation they received (docs/architecture.md §1): their
// report for the occurrence (with the side panel's drafts), the agenda, the earlier decisions they
// own with their Planner status, and their leave request. Composed from the reports, agenda,
// follow-up and minutes features.
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { listRuleLines } from "@/meeting/model/series-config/meeting-rules";
import { appStrings } from "../app-strings";
import { OccurrenceLeave, ReportPanel, ReviewSection } from "./lazy-views";
import { OutlookAgenda } from "./outlook-agenda";
import { listMeetingPeople } from "./meeting-frame";
import type { OutlookMeeting } from "./outlook-meeting";
import { OutlookMeetingGate } from "./outlook-meeting";
import type { OutlookPaneProps } from "./outlook-organizer-pane";
import { outlookStrings } from "./outlook-strings";

/** Reads only: nothing is written into the invitation, so the appointment itself is not needed here. */
export function OutlookAttendeePane({ seriesId, occurrenceKey }: OutlookPaneProps) {
  const { t } = useTranslation("outlook");
  return (
    <OutlookMeetingGate
      seriesId={seriesId}
      occurrenceKey={occurrenceKey}
      unconfigured={(series) => (
        <MessageBar intent="info">
          <MessageBarBody>{t("notConfigured", { name: series.organizer.name })}</MessageBarBody>
        </MessageBar>
      )}
    >
      {(meeting) => <AttendeeViews meeting={meeting} />}
    </OutlookMeetingGate>
  );
}

function AttendeeViews({ meeting }: { meeting: OutlookMeeting }) {
  const { series, config, workspace, occurrence, frame } = meeting;
  const { roles } = frame;
  return (
    <>
      {/* The report panel is its own region, named 我的汇报 / My report. */}
      <ReportPanel
        key={occurrence.key}
        workspace={workspace}
        seriesId={series.seriesId}
        occurrenceKey={occurrence.key}
        {...(frame.previous ? { previousOccurrenceKey: frame.previous } : {})}
        sections={roles.mySections}
        due={frame.due}
        timeZone={series.timeZone}
        rules={listRuleLines(config)}
        people={listMeetingPeople(series)}
      />
      {/* The leave form is its own form, headed 请假申请 / Request leave. */}
      {!roles.isOrganizer && (
        <OccurrenceLeave workspace={workspace} series={series} occurrence={occurrence} config={config} />
      )}
      <OutlookAgenda meeting={meeting} canEdit={false} />
      <ReviewSection
        workspace={workspace}
        config={config}
        seriesId={series.seriesId}
        occurrenceKey={occurrence.key}
        occurrences={series.occurrences}
        canReview={false}
        names={frame.names}
        timeZone={series.timeZone}
        onlyMine
      />
    </>
  );
}

/** The pane's own strings; the features it composes register theirs as their views load (lazy-views.ts). */
export const strings = { app: appStrings, outlook: outlookStrings };
