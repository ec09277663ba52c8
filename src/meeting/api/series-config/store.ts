// Reads and saves a series' configuration in its workspace ("series" records, one per meeting chat).
import type { GraphClient } from "@/lib/graph";
import { createRecord, getRecord, openWorkspace, updateRecord } from "../workspace";
import type { StoredRecord } from "../workspace/types";
import { getSeriesConfigKey } from "../../model/record-keys";
import { seriesConfigSchema } from "../../model/series-config/series-config";
import type { SeriesConfig } from "../../model/series-config/series-config";

export async function loadSeriesConfig(
  client: GraphClient,
  groupId: string,
  chatId: string,
): Promise<StoredRecord<SeriesConfig> | undefined> {
  const workspace = await openWorkspace(client, { groupId });
  return getRecord(client, workspace, "series", getSeriesConfigKey(chatId), seriesConfigSchema);
}

/**
 * Saves the configuration with the etag it was read with (`basedOn`), or creates it: two organizers
 * saving at once get a RecordConflictError to resolve, never a silent overwrite. A configuration
 * moved to another workspace group is created there.
 */
export async function saveSeriesConfig(
  client: GraphClient,
  config: SeriesConfig,
  basedOn?: StoredRecord<SeriesConfig>,
): Promise<StoredRecord<SeriesConfig>> {
  const workspace = await openWorkspace(client, { groupId: config.workspace.groupId });
  const parts = { key: getSeriesConfigKey(config.chatId), seriesId: config.chatId, owner: config.updatedBy };
  if (basedOn && basedOn.value.workspace.groupId === config.workspace.groupId) {
    return updateRecord(client, workspace, "series", basedOn, config, { schema: seriesConfigSchema });
  }
  return createRecord(client, workspace, "series", parts, config, { schema: seriesConfigSchema });
}

export const seriesConfigQueryKey = (chatId: string, groupId: string | undefined) =>
  ["series-config", chatId, groupId ?? ""] as const;
