// Reads and saves a series' configuration in its workspace ("series" records, one per meeting chat).
import type { GraphClient } from "@/lib/graph";
import { createRecord, getRecord, openWorkspace, updateRecord } from "../workspace";
import type { StoredRecord } from "../workspace/types";
import { getSeriesConfigKey } from "../../model/record-keys";
import {
  fromStoredSeriesConfig,
  seriesConfigRecordSchema,
  storedSeriesConfigSchema,
  toStoredSeriesConfig,
} from "../../model/series-config/series-config";
import type { SeriesConfig, StoredSeriesConfig } from "../../model/series-config/series-config";

export async function getSeriesConfig(
  client: GraphClient,
  groupId: string,
  seriesId: string,
): Promise<StoredRecord<SeriesConfig> | undefined> {
  const workspace = await openWorkspace(client, { groupId });
  return getRecord(client, workspace, "series", getSeriesConfigKey(seriesId), seriesConfigRecordSchema);
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
  const parts = { key: getSeriesConfigKey(config.seriesId), seriesId: config.seriesId, owner: config.updatedBy };
  const stored = toStoredSeriesConfig(config);
  const options = { schema: storedSeriesConfigSchema };
  const saved =
    basedOn && basedOn.value.workspace.groupId === config.workspace.groupId
      ? await updateRecord(client, workspace, "series", basedOn, stored, options)
      : await createRecord(client, workspace, "series", parts, stored, options);
  return toConfigRecord(saved);
}

function toConfigRecord(record: StoredRecord<StoredSeriesConfig>): StoredRecord<SeriesConfig> {
  return { ...record, value: fromStoredSeriesConfig(record.value) };
}
