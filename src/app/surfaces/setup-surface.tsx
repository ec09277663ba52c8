import { useCallback, useState } from "react";
import { Spinner } from "@fluentui/react-components";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useServices } from "@/lib/app-services/services-context";
import { WorkspaceErrorNotice } from "./workspace-error";
import { canTakeWork } from "@/meeting/model/directory/people-by-address";
import { useMyPersonKey } from "@/meeting/api/directory/my-identity";
import { keyConfigPeople } from "@/meeting/model/roles/person-keys";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import { SeriesView } from "@/features/series";
import { SetupPage, setupStrings } from "@/features/setup";
import { buildContentUrl } from "../tab-config";
import { useTabConfig } from "../tab-config-context";
import { tabGroupQueryKey, useMeetingData } from "./use-meeting-data";
import { appStrings } from "../app-strings";

/**
 * The configuration page. In Teams the host's Save button runs our save and then stores the tab
 * with the workspace in its contentUrl; in a plain browser our own Save button does both.
 */
export function SetupSurface({ seriesId, showSaveButton }: { seriesId: string; showSaveButton: boolean }) {
  const { t } = useTranslation("app");
  const { host } = useServices();
  const me = useMyPersonKey();
  const tabConfig = useTabConfig();
  const queryClient = useQueryClient();
  const data = useMeetingData(seriesId);
  const [openedAt] = useState(() => Date.now());

  const registerSave = useCallback(
    (save: () => Promise<SeriesConfig>) => {
      host.onSaveSettings?.(async () => {
        const config = await save();
        return {
          contentUrl: buildContentUrl(window.location.origin, config.workspace.groupId),
          entityId: `meetloop|${seriesId}`,
          suggestedDisplayName: t("appName", { ns: "common" }),
        };
      });
    },
    [host, seriesId, t],
  );
  const setValid = useCallback(
    (isValid: boolean) => {
      host.setSettingsValidity?.(isValid);
    },
    [host],
  );
  const onSaved = useCallback(
    async (config: SeriesConfig) => {
      await tabConfig.saveGroupId(config.workspace.groupId);
      queryClient.setQueryData(tabGroupQueryKey(seriesId), config.workspace.groupId);
    },
    [tabConfig, queryClient, seriesId],
  );

  if (data.series.isPending || data.series.isError) return <SeriesView seriesId={seriesId} />;
  if (data.groupId.isPending || data.config.isPending) return <Spinner label={t("common:loading")} />;
  if (data.config.isError)
    return <WorkspaceErrorNotice error={data.config.error} onRetry={() => void data.config.refetch()} />;
  const series = data.series.data;
  const firstKey =
    series.occurrences.find((o) => o.status !== "cancelled" && o.end.getTime() > openedAt)?.key ??
    series.occurrences[0]?.key ??
    "";
  return (
    <SetupPage
      context={{
        seriesId,
        title: series.title,
        organizer: { key: data.keyOf(series.organizer.key), name: series.organizer.name },
        // Distribution lists, guests and outside addresses cannot report or own work (docs/domain.md §2).
        attendees: series.attendees.filter(canTakeWork).map((a) => ({ key: data.keyOf(a.key), name: a.name })),
        firstOccurrenceKey: firstKey,
        editor: me ?? data.keyOf(series.organizer.key),
      }}
      {...(data.config.data
        ? { existing: { ...data.config.data, value: keyConfigPeople(data.config.data.value, data.keyOf) } }
        : {})}
      showSaveButton={showSaveButton}
      {...(host.context.teamGroupId ? { defaultGroupId: host.context.teamGroupId } : {})}
      registerSave={registerSave}
      setValid={setValid}
      onSaved={onSaved}
    />
  );
}

export const strings = { setup: setupStrings, app: appStrings };
