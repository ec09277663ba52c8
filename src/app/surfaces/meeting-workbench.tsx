import { Suspense, useState } from "react";
import type { ReactNode } from "react";
import { MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useServices } from "@/lib/app-services/services-context";
import { listRuleLines } from "@/meeting/model/series-config/meeting-rules";
import { ErrorNotice } from "@/lib/ui/error-notice";
import { visuallyHidden } from "@/lib/ui/visually-hidden";
import { SeriesView, useRequestedOccurrence, useSeriesReadyMark } from "@/features/series";

import { buildViewLink, readRequestedTarget } from "../links";
import { isSamePerson } from "@/meeting/model/roles/people";
import { chooseView, listVisibleViews } from "@/meeting/model/roles/view-policy";
import type { MeetingView } from "@/meeting/model/roles/view-policy";
import { useMeetingData } from "./use-meeting-data";
import { frameOccurrence, listMeetingPeople, pickOpenOccurrence } from "./meeting-frame";
import { ViewTabs } from "./view-tabs";
import { useMyIdentity, useMyPersonKey } from "@/meeting/api/directory/my-identity";
import { PersonKeysProvider } from "@/meeting/api/directory/person-keys-context";
import { keyConfigPeople } from "@/meeting/model/roles/person-keys";
import { appStrings } from "../app-strings";
import { DraftsGate } from "./drafts-gate";
import {
  AgendaPanel,
  ReportPanel,
  LocalReportDrafts,
  TrackerView,
  ReviewSection,
  SeriesHistory,
  SeriesRollups,
  MinutesView,
  OccurrenceLeave,
  PublicWorkspaceWarning,
  SetupSurface,
} from "./lazy-views";
import { WorkspaceErrorNotice } from "./workspace-error";
import { OccurrencePicker, listOccurrenceChoices } from "./occurrence-picker";
import { RequestedOccurrenceNotice } from "./requested-occurrence-notice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  title: visuallyHidden,
});

/** One meeting's views — overview, agenda, my report, report tracker — for the side panel and the chat tab. */
export function MeetingWorkbench({ seriesId, layout }: { seriesId: string; layout: "panel" | "wide" }) {
  const { t } = useTranslation("app");
  const styles = useStyles();
  const data = useMeetingData(seriesId);
  const queryClient = useQueryClient();
  const { host: hostPort } = useServices();
  const [requested] = useState(() => readRequestedTarget(window.location.search, hostPort.context.subPageId));
  const [chosen, setChosen] = useState<MeetingView | undefined>(requested.view);
  const [chosenOccurrence, setChosenOccurrence] = useState<string | undefined>(requested.occurrenceKey);
  const me = useMyPersonKey();
  const identity = useMyIdentity();
  const wanted = useRequestedOccurrence(data.series.data, chosenOccurrence);
  useSeriesReadyMark(data.series.isSuccess);

  // After an outage every query that failed meanwhile is asked again, not only the one whose notice
  // is on screen: the series, the tab's workspace and the viewer's identity fail together.
  const retryFailed = () => void queryClient.refetchQueries({ predicate: (query) => query.state.status === "error" });
  // Graph out of reach: whatever the speaker typed here is still shown, from this browser's drafts.
  const withLocalDrafts = (notice: ReactNode, isOut = true) => (
    <div className={styles.root}>
      {notice}
      {isOut && (
        <DraftsGate>
          <Suspense fallback={null}>
            <LocalReportDrafts seriesId={seriesId} onRetry={retryFailed} />
          </Suspense>
        </DraftsGate>
      )}
    </div>
  );
  // A series already shown (or restored from the local store) stays shown when revalidating it fails.
  // One tree for pending and failed: a SeriesView mounted anew would refetch the failed series at
  // once (TanStack Query's retryOnMount), turning an outage into an endless loop of requests.
  if (data.series.data === undefined) return withLocalDrafts(<SeriesView seriesId={seriesId} />, data.series.isError);
  const series = data.series.data;
  const isOrganizer = isSamePerson(data.keyOf(series.organizer.key), me);
  if (data.groupId.isPending || data.config.isPending) return <Spinner label={t("common:loading")} />;
  // Every view below acts as the viewer, named by their object id: the host may give it at once.
  if (me === undefined && identity.isError)
    return <ErrorNotice error={identity.error} onRetry={() => void identity.refetch()} />;
  if (me === undefined) return <Spinner label={t("common:loading")} />;
  if (data.groupId.isError)
    return withLocalDrafts(<ErrorNotice error={data.groupId.error} onRetry={() => void data.groupId.refetch()} />);
  if (data.config.isError && data.config.data === undefined)
    return withLocalDrafts(
      <WorkspaceErrorNotice error={data.config.error} onRetry={() => void data.config.refetch()} />,
    );

  const stored = data.config.data;
  if (!stored) {
    if (isOrganizer && layout === "wide") {
      return (
        <Suspense fallback={<Spinner label={t("common:loading")} />}>
          <SetupSurface seriesId={seriesId} showSaveButton />
        </Suspense>
      );
    }
    return (
      <div className={styles.root}>
        <MessageBar intent="info">
          <MessageBarBody>
            {isOrganizer
              ? t("workbench.configureInTab")
              : t("workbench.notConfigured", { name: series.organizer.name })}
          </MessageBarBody>
        </MessageBar>
        <SeriesView seriesId={seriesId} />
      </div>
    );
  }
  if (data.workspace.isPending) return <Spinner label={t("common:loading")} />;
  if (data.workspace.isError)
    return withLocalDrafts(
      <WorkspaceErrorNotice error={data.workspace.error} onRetry={() => void data.workspace.refetch()} />,
    );

  const config = keyConfigPeople(stored.value, data.keyOf);
  const workspace = data.workspace.data;
  const { position, found, occurrence } = pickOpenOccurrence(series, wanted, new Date());
  const listed = listOccurrenceChoices(series.occurrences, position);
  const choices =
    found === undefined || listed.some((o) => o.key === found.key)
      ? listed
      : [...listed, found].sort((a, b) => a.start.getTime() - b.start.getTime());
  const { heldKeys, roles, names, speakers, due, previous } = frameOccurrence({
    series,
    config,
    keyOf: data.keyOf,
    me,
    occurrence,
    asked: found,
  });
  const { mySections, host, canManage } = roles;
  const viewContext = { roles, hasOccurrence: occurrence !== undefined, layout };
  const views = listVisibleViews(viewContext);
  const view = chooseView(chosen, viewContext);

  // Anyone but the organizer may be away: a speaker, this meeting's host or the note-taker.
  const leave =
    occurrence && !roles.isOrganizer ? (
      <OccurrenceLeave workspace={workspace} series={series} occurrence={occurrence} config={config} />
    ) : null;
  return (
    <PersonKeysProvider keyOf={data.keyOf}>
      <DraftsGate>
        <div className={styles.root}>
          {/* The overview heads itself with the series' name; every other view is headed by it unseen,
              so a screen reader's heading list still starts from which meeting this is. */}
          {view !== "overview" && (
            <h1 className={styles.title} data-testid="workbench-title">
              {series.title}
            </h1>
          )}
          {isOrganizer && (
            <Suspense fallback={null}>
              <PublicWorkspaceWarning groupId={config.workspace.groupId} />
            </Suspense>
          )}
          <Suspense fallback={<Spinner label={t("common:loading")} />}>
            <RequestedOccurrenceNotice state={wanted} timeZone={series.timeZone} onOpen={setChosenOccurrence} />
            {occurrence && choices.length > 1 && (
              <OccurrencePicker
                choices={choices}
                value={occurrence.key}
                onChange={setChosenOccurrence}
                timeZone={series.timeZone}
              />
            )}
            <ViewTabs
              views={views}
              selected={view}
              size={layout === "panel" ? "small" : "medium"}
              onSelect={setChosen}
            />
            {view === "overview" && <SeriesView seriesId={seriesId} />}
            {view === "overview" && leave}
            {view === "agenda" && occurrence && (
              <ReviewSection
                workspace={workspace}
                config={config}
                seriesId={seriesId}
                occurrenceKey={occurrence.key}
                occurrences={series.occurrences}
                canReview={roles.canReview}
                names={names}
                timeZone={series.timeZone}
              />
            )}
            {view === "agenda" && occurrence && (
              <AgendaPanel
                key={occurrence.key}
                timeZone={series.timeZone}
                workspace={workspace}
                config={config}
                seriesId={seriesId}
                meetingTitle={series.title}
                occurrence={occurrence}
                heldKeys={heldKeys}
                names={names}
                canEdit={canManage && layout === "wide"}
                links={{
                  fillReport: buildViewLink(seriesId, "report", t("workbench.report"), occurrence.key),
                  openAgenda: buildViewLink(seriesId, "agenda", t("workbench.agenda"), occurrence.key),
                }}
              />
            )}
            {view === "report" && occurrence && (
              <ReportPanel
                key={occurrence.key}
                workspace={workspace}
                seriesId={seriesId}
                occurrenceKey={occurrence.key}
                {...(previous ? { previousOccurrenceKey: previous } : {})}
                sections={mySections}
                due={due}
                timeZone={series.timeZone}
                rules={listRuleLines(config)}
                people={listMeetingPeople(series)}
              />
            )}
            {/* After the report, so the report's own due time is not read as the leave's. */}
            {view === "report" && leave}
            {view === "tracker" && occurrence && (
              <TrackerView
                key={occurrence.key}
                workspace={workspace}
                seriesId={seriesId}
                occurrenceKey={occurrence.key}
                speakers={speakers}
                due={due}
                timeZone={series.timeZone}
              />
            )}
            {view === "minutes" && occurrence && (
              <MinutesView
                key={occurrence.key}
                workspace={workspace}
                config={config}
                series={series}
                occurrence={occurrence}
                heldKeys={heldKeys}
                host={host}
                canManage={canManage}
                names={names}
                layout={layout}
              />
            )}
            {view === "history" && (
              <SeriesHistory
                workspace={workspace}
                config={config}
                seriesId={seriesId}
                occurrences={series.occurrences}
                names={names}
                timeZone={series.timeZone}
              />
            )}
            {view === "rollups" && (
              <SeriesRollups
                workspace={workspace}
                config={config}
                seriesId={seriesId}
                occurrences={series.occurrences}
                names={names}
                timeZone={series.timeZone}
              />
            )}
          </Suspense>
        </div>
      </DraftsGate>
    </PersonKeysProvider>
  );
}

/** The surfaces' own strings come with their chunk: the series, drawn first, needs none of them. */
export const strings = { app: appStrings };
