// What both Outlook task panes stand on: the series the appointment belongs to, its workspace and
// configuration, and the occurrence the appointment is (or the current one, for the series itself),
// with the loading, error and not-configured states drawn once. In Outlook there is no meeting tab
// to say where the series is kept: the surface that opens a pane provides the TabConfigProvider.
import { Suspense, useState } from "react";
import type { ReactNode } from "react";
import { MessageBar, MessageBarBody, Spinner, Subtitle1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useServices } from "@/lib/app-services/services-context";
import { ErrorNotice } from "@/lib/ui/error-notice";
import { formatOccurrenceInZones, SeriesView, useRequestedOccurrence } from "@/features/series";
import type { Occurrence, Series } from "@/features/series";
import type { Workspace } from "@/meeting/api/workspace";
import { useMyIdentity, useMyPersonKey } from "@/meeting/api/directory/my-identity";
import { PersonKeysProvider } from "@/meeting/api/directory/person-keys-context";
import { keyConfigPeople } from "@/meeting/model/roles/person-keys";
import { isSamePerson } from "@/meeting/model/roles/people";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import { DraftsGate } from "./drafts-gate";
import { frameOccurrence, pickOpenOccurrence } from "./meeting-frame";
import { RequestedOccurrenceNotice } from "./requested-occurrence-notice";
import { useMeetingData } from "./use-meeting-data";
import { WorkspaceErrorNotice } from "./workspace-error";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  head: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface OutlookMeeting {
  series: Series;
  config: SeriesConfig;
  workspace: Workspace;
  occurrence: Occurrence;
  frame: ReturnType<typeof frameOccurrence>;
}

export interface OutlookMeetingProps {
  seriesId: string;
  occurrenceKey?: string | undefined;
  /** Drawn when the series has no configuration yet. */
  unconfigured: (series: Series, isOrganizer: boolean) => ReactNode;
  children: (meeting: OutlookMeeting) => ReactNode;
}

export function OutlookMeetingGate({ seriesId, occurrenceKey, unconfigured, children }: OutlookMeetingProps) {
  const { t } = useTranslation("outlook");
  const styles = useStyles();
  const { viewer } = useServices();
  const queryClient = useQueryClient();
  const data = useMeetingData(seriesId);
  const me = useMyPersonKey();
  const identity = useMyIdentity();
  const [asked, setAsked] = useState(occurrenceKey);
  const wanted = useRequestedOccurrence(data.series.data, asked);
  const loading = <Spinner label={t("common:loading")} />;

  // One tree for pending and failed (see meeting-workbench.tsx): SeriesView draws both.
  if (data.series.data === undefined) return <SeriesView seriesId={seriesId} />;
  const series = data.series.data;
  const heading = (occurrence: Occurrence | undefined) => (
    <div className={styles.head}>
      <Subtitle1 as="h1">{series.title}</Subtitle1>
      {occurrence && (
        <Text>{t("meetingOn", { when: formatOccurrenceInZones(occurrence, viewer, series.timeZone) })}</Text>
      )}
    </div>
  );
  const retryFailed = () => void queryClient.refetchQueries({ predicate: (query) => query.state.status === "error" });
  if (me === undefined && identity.isError) return <ErrorNotice error={identity.error} onRetry={retryFailed} />;
  if (me === undefined || data.groupId.isPending || data.config.isPending) return loading;
  if (data.groupId.isError) return <ErrorNotice error={data.groupId.error} onRetry={retryFailed} />;
  if (data.config.isError && data.config.data === undefined)
    return <WorkspaceErrorNotice error={data.config.error} onRetry={() => void data.config.refetch()} />;
  const stored = data.config.data;
  if (!stored) {
    const isOrganizer = isSamePerson(data.keyOf(series.organizer.key), me);
    return (
      <div className={styles.root}>
        {heading(undefined)}
        {unconfigured(series, isOrganizer)}
      </div>
    );
  }
  if (data.workspace.isPending) return loading;
  if (data.workspace.isError)
    return <WorkspaceErrorNotice error={data.workspace.error} onRetry={() => void data.workspace.refetch()} />;

  const config = keyConfigPeople(stored.value, data.keyOf);
  // The appointment names its occurrence; the series' own appointment (no occurrence) the current one.
  const { found, occurrence } = pickOpenOccurrence(series, wanted, new Date());
  const frame = frameOccurrence({ series, config, keyOf: data.keyOf, me, occurrence, asked: found });
  return (
    <PersonKeysProvider keyOf={data.keyOf}>
      <DraftsGate>
        <div className={styles.root}>
          {heading(occurrence)}
          <Suspense fallback={loading}>
            <RequestedOccurrenceNotice state={wanted} timeZone={series.timeZone} onOpen={setAsked} />
            {occurrence
              ? children({ series, config, workspace: data.workspace.data, occurrence, frame })
              : wanted.kind === "none" && (
                  <MessageBar intent="info">
                    <MessageBarBody>{t("noOccurrence")}</MessageBarBody>
                  </MessageBar>
                )}
          </Suspense>
        </div>
      </DraftsGate>
    </PersonKeysProvider>
  );
}
