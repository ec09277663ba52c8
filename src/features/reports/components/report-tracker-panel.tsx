import { Spinner } from "@fluentui/react-components";
import { useServices } from "@/lib/app-services/services-context";
import { ErrorNotice } from "@/lib/ui/error-notice";
import type { Workspace } from "@/meeting/api/workspace";
import { useOccurrenceReports } from "../api/use-occurrence-reports";
import { summarizeTracker } from "../model/tracker";
import type { ExpectedSpeaker } from "../model/tracker";
import { useReportsTranslation } from "./report-i18n";
import { ReportTracker } from "./report-tracker";
import { useNow } from "./use-now";

export interface ReportTrackerPanelProps {
  workspace: Workspace;
  seriesId: string;
  occurrenceKey: string;
  speakers: ExpectedSpeaker[];
  due: Date;
  /** The meeting's own zone, in which `due` was set. */
  timeZone: string;
  /** Person keys of the speakers who asked for leave themselves: they owe no report. */
  onLeave?: ReadonlySet<string>;
}

/** Public entry: the host's report tracker for one occurrence. */
export function ReportTrackerPanel({
  workspace,
  seriesId,
  occurrenceKey,
  speakers,
  due,
  timeZone,
  onLeave,
}: ReportTrackerPanelProps) {
  const { t } = useReportsTranslation();
  const { viewer } = useServices();
  const now = useNow();
  const reports = useOccurrenceReports(workspace, seriesId, occurrenceKey);
  if (reports.isError) return <ErrorNotice error={reports.error} onRetry={reports.refetch} />;
  if (reports.data === undefined) return <Spinner label={t("common:loading")} />;
  return (
    <ReportTracker
      summary={summarizeTracker(speakers, reports.data, due, now, onLeave)}
      due={due}
      now={now}
      clock={{ locale: viewer.locale, timeZone: viewer.timeZone, meetingTimeZone: timeZone }}
    />
  );
}
