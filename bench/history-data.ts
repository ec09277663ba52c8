// A long series held in memory: the records emulator/scenarios/generate-history.ts writes, read back
// through the app's own schemas and Planner adapter into the shape loadSeriesHistory returns, with no
// emulator or HTTP in between — so the aggregations can be timed on their own.
import { writeHistory } from "../emulator/scenarios/generate-history";
import type { GeneratedItem, HistoryShape, HistoryWriter } from "../emulator/scenarios/generate-history";
import type { SeriesHistoryData } from "@/features/follow-up/api/load-series-history";
import type { HistoryOccurrence, OccurrenceReport } from "@/features/follow-up/model/history";
import { listSeriesActions } from "@/features/follow-up/model/series-actions";
import { toPlannerTask } from "@/meeting/api/planner/planner-task";
import type { DirectoryPerson } from "@/meeting/model/directory/directory";
import type { PlannerTask } from "@/meeting/model/planner/planner-task";
import { agendaReadSchema, minutesReadSchema, reportReadSchema } from "@/meeting/model/records/read-schemas";
import { reviewRecordSchema } from "@/meeting/model/records/review-record";

const week = 7 * 86_400_000;
const lists = { agendas: "agendas", reports: "reports", minutes: "minutes", reviews: "reviews" };
const host = "wang.jianguo@yunzhan.example";

export interface InMemoryHistory {
  data: SeriesHistoryData;
  occurrences: HistoryOccurrence[];
  people: HistoryShape["people"];
}

export function listSpeakers(count: number): HistoryShape["people"] {
  return Array.from({ length: count }, (_v, i) => {
    const n = String(i + 1).padStart(2, "0");
    return { upn: `speaker${n}@yunzhan.example`, name: `发言人${n}`, department: `第${n}部` };
  });
}

/** Weekly occurrences for `years` years, the last one a week before `lastMonday`. */
export async function generateInMemoryHistory(
  years: number,
  speakers: number,
  lastMonday = new Date(Date.UTC(2026, 4, 25, 5, 30)),
): Promise<InMemoryHistory> {
  const occurrences = years * 52;
  const people = listSpeakers(speakers);
  const items: GeneratedItem[] = [];
  const tasks = new Map<string, PlannerTask>();
  let taskSeq = 0;
  const writer: HistoryWriter = {
    batches: 0,
    resolveUserIds: (upns) => Promise.resolve(new Map(upns.map((upn) => [upn, `id-${upn}`]))),
    ensureBucket: (name) => Promise.resolve(`bucket-${name}`),
    createTasks(bodies, when) {
      return Promise.resolve(
        bodies.map((body) => {
          const id = `task-${++taskSeq}`;
          const done = body.percentComplete === 100;
          tasks.set(
            id,
            toPlannerTask({
              ...body,
              id,
              "@odata.etag": `W/"${id}"`,
              completedDateTime: done ? (when ?? new Date()).toISOString() : null,
            }),
          );
          return id;
        }),
      );
    },
    writeDetails: () => Promise.resolve(),
    createItems(created) {
      items.push(...created);
      return Promise.resolve();
    },
  };
  const generated = await writeHistory(
    writer,
    { graphBaseUrl: "", upn: host, siteId: "site", lists, planId: "plan", chatId: "19:meeting_history@thread.v2" },
    {
      occurrences,
      reportsPerOccurrence: speakers,
      actionsPerOccurrence: 6,
      firstStart: new Date(lastMonday.getTime() - (occurrences - 1) * week),
      people,
    },
  );
  const payloads = (list: string) => items.filter((i) => i.list === list).map((i) => i.fields);
  const parse = <T>(list: string, schema: { parse: (v: unknown) => T }) =>
    payloads(list).map((f) => ({ value: schema.parse(JSON.parse(String(f.Payload))), key: String(f.OccurrenceKey) }));
  const minutes = parse(lists.minutes, minutesReadSchema).map((r) => r.value);
  const reports: OccurrenceReport[] = parse(lists.reports, reportReadSchema).map((r) => ({
    ...r.value,
    occurrenceKey: r.key,
  }));
  const members = new Map<string, DirectoryPerson>(
    people.map((p) => [
      `id-${p.upn}`,
      { id: `id-${p.upn}`, name: p.name, userPrincipalName: p.upn, account: "enabled" },
    ]),
  );
  return {
    data: {
      agendas: parse(lists.agendas, agendaReadSchema).map((r) => r.value),
      reports,
      minutes,
      reviews: parse(lists.reviews, reviewRecordSchema).map((r) => r.value),
      actions: listSeriesActions(minutes),
      tasks,
      directory: { members, others: new Map() },
      unreadable: [],
    },
    occurrences: generated.occurrenceKeys.map((key) => ({
      key,
      start: new Date(key),
      end: new Date(Date.parse(key) + 90 * 60_000),
      status: "held",
    })),
    people,
  };
}
