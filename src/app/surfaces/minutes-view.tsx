import { useState } from "react";
import { Divider, Spinner } from "@fluentui/react-components";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useServices } from "@/lib/app-services/services-context";
import { useMyPersonKey } from "@/meeting/api/directory/my-identity";
import { buildDraftKey, useDraftStore } from "@/lib/drafts";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import { ErrorNotice } from "@/lib/ui/error-notice";
import type { CloudFeatureArea } from "@/lib/graph";
import type { Workspace } from "@/meeting/api/workspace/types";
import { formatGraphDateTime } from "@/lib/time/zoned-time";
import { describeCardWhen, joinCardWhen } from "@/lib/time/format-card-when";
import { useAgendaItems } from "@/features/agenda";
import { useOccurrenceReports } from "@/features/reports";
import {
  ConfirmationPanel,
  MinutesEditor,
  MinutesHistory,
  MinutesPanel,
  createMinutes,
  minutesQueryKeys,
  minutesStrings,
  publishMinutes,
  useConfirmMinutes,
  useConfirmations,
  useLeaveRequests,
  useMinutes,
  useSaveMinutes,
} from "@/features/minutes";
import type { PublishState } from "@/features/minutes";
import type { Occurrence, Series } from "@/features/series";
import { buildViewLink } from "../links";
import { buildMinutesSources } from "./minutes-sources";
import { OccurrenceLeave } from "./leave-section";

export interface MinutesViewProps {
  workspace: Workspace;
  config: SeriesConfig;
  series: Series;
  occurrence: Occurrence;
  heldKeys: string[];
  host: string | undefined;
  /** The organizer, this occurrence's host or the note-taker: they edit and publish. */
  canManage: boolean;
  names: Readonly<Record<string, string>>;
  layout: "panel" | "wide";
}

/** Minutes for one occurrence: the note-taker's editor and publishing, leave requests and confirmations. */
export function MinutesView({
  workspace,
  config,
  series,
  occurrence,
  heldKeys,
  host,
  canManage,
  names,
  layout,
}: MinutesViewProps) {
  const { t, i18n } = useTranslation("app");
  const { graph, viewer } = useServices();
  const drafts = useDraftStore();
  const queryClient = useQueryClient();
  const me = useMyPersonKey() ?? "";
  const seriesId = series.seriesId;
  const minutes = useMinutes(workspace, seriesId, occurrence.key);
  const save = useSaveMinutes(workspace, seriesId, occurrence.key);
  const agenda = useAgendaItems(workspace, config, seriesId, occurrence.key, heldKeys, me);
  const reports = useOccurrenceReports(workspace, seriesId, occurrence.key);
  const leave = useLeaveRequests(workspace, seriesId, occurrence.key);
  const confirmations = useConfirmations(workspace, seriesId, occurrence.key);
  const confirm = useConfirmMinutes(workspace, seriesId, occurrence.key);
  const [publishState, setPublishState] = useState<PublishState>({ phase: "idle" });

  if (minutes.isPending || agenda.isPending) return <Spinner label={t("common:loading")} />;
  if (minutes.isError) return <ErrorNotice error={minutes.error} onRetry={() => void minutes.refetch()} />;
  // A first draft built from a fallback agenda, or without the reports' requests, would be wrong.
  if (agenda.error)
    return (
      <ErrorNotice
        error={agenda.error}
        onRetry={() => {
          window.location.reload();
        }}
      />
    );
  if (reports.isError) return <ErrorNotice error={reports.error} onRetry={reports.refetch} />;

  const language = i18n.language.startsWith("zh") ? "zh-CN" : "en-US";
  const { agendaItems, attendees, helpRequests } = buildMinutesSources({
    agendaItems: agenda.items ?? [],
    reports: reports.data ?? [],
    people: [series.organizer, ...series.attendees],
    names,
    language,
  });
  const initial = createMinutes({
    occurrence: {
      key: occurrence.key,
      title: series.title,
      start: occurrence.start,
      end: occurrence.end,
      joinUrl: series.joinUrl,
    },
    agendaItems,
    attendees,
    config,
    ...(host ? { host } : {}),
    leaveRequests: leave.data ?? [],
    by: me,
    now: new Date(),
  });
  const draftKey = buildDraftKey({ kind: "minutes", seriesId: seriesId, occurrenceKey: occurrence.key, userId: me });
  const stored = minutes.data ?? null;

  const onPublish = async (current: Parameters<typeof publishMinutes>[1]["minutes"]) => {
    setPublishState({ phase: "running", step: t("minutesView.step.tasks") });
    let copies: { removed: number; touchedActionIds: string[] } = { removed: 0, touchedActionIds: [] };
    let cardCopies: { removed: number; left: readonly { senderName: string }[] } = { removed: 0, left: [] };
    let tasksUnavailable: CloudFeatureArea | undefined;
    try {
      const wall = formatGraphDateTime(occurrence.start, series.timeZone).dateTime;
      // In the language the publish is written in: a retry keeps the first attempt's.
      // The document goes to everyone: the meeting's clock, its zone named, written as the cards write it.
      const describeTime = (lang: typeof language) => ({
        dateTime: joinCardWhen(
          describeCardWhen(occurrence.start, occurrence.end, series.timeZone, lang, { withYear: true }),
          lang,
        ),
      });
      const published = await publishMinutes(graph, {
        workspace,
        config,
        seriesId,
        minutes: current,
        by: me,
        language,
        date: wall.slice(0, 10),
        describeTime,
        displayNames: names,
        timeZone: series.timeZone,
        links: {
          fullMinutes: buildViewLink(seriesId, "minutes", t("workbench.minutes"), occurrence.key),
          confirm: buildViewLink(seriesId, "minutes", t("workbench.minutes"), occurrence.key),
        },
        onCardCopies: (found) => {
          cardCopies = found;
        },
        onTaskCopies: (found) => {
          copies = found;
        },
        onTasksUnavailable: (area) => {
          tasksUnavailable = area;
        },
        onStep: (step) => {
          setPublishState({ phase: "running", step: t(`minutesView.step.${step}`) });
        },
      });
      queryClient.setQueryData(minutesQueryKeys.record(seriesId, occurrence.key), published);
      await drafts.deleteDraft(draftKey);
      setPublishState({
        phase: "done",
        version: published.value.version,
        removedCopies: copies.removed,
        touchedCopies: copies.touchedActionIds,
        leftCardCopies: cardCopies.left.map((copy) => copy.senderName),
        ...(tasksUnavailable === undefined ? {} : { tasksUnavailable }),
      });
    } catch (error) {
      setPublishState({ phase: "failed", error });
      await queryClient.invalidateQueries({ queryKey: minutesQueryKeys.occurrence(seriesId, occurrence.key) });
    }
  };

  const confirmation = (
    <>
      {confirmations.isError ? (
        <ErrorNotice error={confirmations.error} onRetry={confirmations.refetch} />
      ) : (
        <ConfirmationPanel
          minutes={stored?.value ?? null}
          confirmations={confirmations.data ?? []}
          me={me}
          isHost={canManage}
          confirm={(version) => confirm.mutateAsync(version)}
          timeZone={series.timeZone}
          showMinutesToHost={layout !== "wide"}
        />
      )}
      {stored && (
        <MinutesHistory
          workspace={workspace}
          seriesId={seriesId}
          occurrenceKey={occurrence.key}
          stored={stored}
          timeZone={viewer.timeZone}
        />
      )}
    </>
  );
  if (layout === "wide" && canManage) {
    return (
      <>
        <MinutesEditor
          draftKey={draftKey}
          stored={stored}
          initial={initial}
          agendaItems={agendaItems}
          people={{ attendees, others: [] }}
          helpRequests={helpRequests}
          lateness={config.attendance.lateness}
          {...(leave.data ? { leaveRequests: leave.data } : {})}
          timeZone={series.timeZone}
          me={me}
          save={save.mutateAsync}
          onPublish={onPublish}
          publishState={publishState}
        />
        <Divider />
        {confirmation}
      </>
    );
  }
  return (
    <>
      {canManage && (
        <MinutesPanel
          draftKey={draftKey}
          stored={stored}
          initial={initial}
          agendaItems={agendaItems}
          me={me}
          {...(leave.data ? { leaveRequests: leave.data } : {})}
          timeZone={series.timeZone}
          save={save.mutateAsync}
        />
      )}
      {confirmation}
      {!canManage && <OccurrenceLeave workspace={workspace} series={series} occurrence={occurrence} config={config} />}
    </>
  );
}

export const strings = { minutes: minutesStrings };
