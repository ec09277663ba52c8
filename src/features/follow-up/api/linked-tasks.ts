// Which Planner tasks a series' kept minutes link to: what a sync reads by id when no listing holds it.
import { minutesReadSchema } from "@/meeting/model/records/read-schemas";
import type { StoredRecord } from "@/meeting/api/workspace";
import { listSeriesActions } from "../model/series-actions";

export function listLinkedTaskIds(records: Record<string, StoredRecord<unknown>[]>): string[] {
  const minutes = (records.minutes ?? []).flatMap((r) => {
    const parsed = minutesReadSchema.safeParse(r.value);
    return parsed.success ? [parsed.data] : [];
  });
  return listSeriesActions(minutes).flatMap((a) => (a.taskId === undefined ? [] : [a.taskId]));
}
