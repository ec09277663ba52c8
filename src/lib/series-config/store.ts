// Reads and saves a series' configuration in its workspace ("series" records, one per meeting chat).
import type { GraphClient } from "../graph";
import { getRecord, openWorkspace, upsertRecord } from "../workspace";
import type { StoredRecord } from "../workspace/types";
import { seriesConfigSchema } from "./series-config";
import type { SeriesConfig } from "./series-config";

export function getSeriesConfigKey(chatId: string): string {
  return `series|${chatId}`;
}

export async function loadSeriesConfig(client: GraphClient, groupId: string, chatId: string): Promise<StoredRecord<SeriesConfig> | undefined> {
  const workspace = await openWorkspace(client, { groupId });
  return getRecord(client, workspace, "series", getSeriesConfigKey(chatId), seriesConfigSchema);
}

export async function saveSeriesConfig(client: GraphClient, config: SeriesConfig): Promise<StoredRecord<SeriesConfig>> {
  const workspace = await openWorkspace(client, { groupId: config.workspace.groupId });
  return upsertRecord(client, workspace, "series", { key: getSeriesConfigKey(config.chatId), seriesId: config.chatId, owner: config.updatedBy }, config);
}

export const seriesConfigQueryKey = (chatId: string, groupId: string | undefined) => ["series-config", chatId, groupId ?? ""] as const;
