// Loads everything follow-up shows about a series' past — agendas, reports, minutes, reviews and
// the plan's tasks — in one $batch (plus one per extra page or window, see load-series-records.ts),
// and one more only when a linked task is missing from the plan. What was read is kept in the local
// store, and a warm open reads only what changed since (sync-series-records.ts). The history and
// the rollups share it.
import type { GraphClient } from "@/lib/graph";
import type { InvalidRecordInfo, Workspace } from "@/meeting/api/workspace";
import type { OccurrenceReport } from "../model/history";
import { agendaReadSchema, minutesReadSchema, reportReadSchema } from "@/meeting/model/records/read-schemas";
import { reviewRecordSchema } from "@/meeting/model/records/review-record";
import type { AgendaRead, MinutesRead } from "@/meeting/model/records/read-schemas";
import type { ReviewRecord } from "@/meeting/model/records/review-record";
import { listSeriesActions } from "../model/series-actions";
import type { SeriesAction } from "../model/series-actions";
import type { PlannerTask } from "@/meeting/model/planner/planner-task";
import { completeTasksAndOwners } from "./load-review-items";
import type { Directory } from "@/meeting/model/directory/directory";
import type { KeyValueStore } from "@/lib/query-store/key-value-store";
import { createMemoryKeyValueStore } from "@/lib/query-store/key-value-store";
import { syncSeriesRecords } from "./sync-series-records";
import { listLinkedTaskIds, listPeopleKeys } from "./linked-tasks";

export interface SeriesHistoryData {
  agendas: AgendaRead[];
  reports: OccurrenceReport[];
  minutes: MinutesRead[];
  reviews: ReviewRecord[];
  actions: SeriesAction[];
  tasks: Map<string, PlannerTask>;
  /** The group's members and anyone else an action names: who has left, who took over. */
  directory: Directory;
  unreadable: InvalidRecordInfo[];
}

export async function loadSeriesHistory(
  client: GraphClient,
  ws: Workspace,
  options: {
    seriesId: string;
    planId: string;
    /** What the last open kept (series-store.ts). Default: none, so everything is read. */
    store?: KeyValueStore;
    /** Read everything again, kept data notwithstanding. */
    refresh?: boolean;
    now?: Date;
  },
): Promise<SeriesHistoryData> {
  const records = await syncSeriesRecords(client, ws, {
    seriesId: options.seriesId,
    planId: options.planId,
    groupId: ws.groupId,
    store: options.store ?? createMemoryKeyValueStore(),
    ...(options.refresh === undefined ? {} : { refresh: options.refresh }),
    ...(options.now === undefined ? {} : { now: options.now }),
    listLinkedTaskIds,
    listPeopleKeys,
    lists: {
      agendas: { list: "agendas", schema: agendaReadSchema },
      reports: { list: "reports", schema: reportReadSchema },
      minutes: { list: "minutes", schema: minutesReadSchema },
      reviews: { list: "reviews", schema: reviewRecordSchema },
    },
  });
  const minutes = records.minutes.map((r) => r.value);
  const actions = listSeriesActions(minutes);
  const { tasks, directory } = await completeTasksAndOwners(
    client,
    actions,
    records.tasks,
    records.members,
    records.goneTaskIds,
    records.people,
  );
  return {
    agendas: records.agendas.map((r) => r.value),
    // A report without an occurrence column cannot be placed in the history; the list requires it.
    reports: records.reports.flatMap((r) =>
      r.occurrenceKey === undefined ? [] : [{ ...r.value, occurrenceKey: r.occurrenceKey }],
    ),
    minutes,
    reviews: records.reviews.map((r) => r.value),
    actions,
    tasks,
    directory,
    unreadable: records.unreadable,
  };
}
