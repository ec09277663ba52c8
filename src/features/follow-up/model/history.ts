// Pure: a series' past as people read it — each held occurrence with its agenda, reports, minutes,
// decisions and attendance; a decision register; and a search over decisions and action items.
import type { AgendaRead, MinutesRead, ReportRead } from "@/meeting/model/records/read-schemas";
import { lookUpTask } from "./series-actions";
import { groupBy, indexFirst } from "./index-records";
import type { SeriesAction } from "./series-actions";
import { deriveActionStatus, getEffectiveDue, isCompletedOnTime } from "@/meeting/model/planner/action-status";
import type { ActionStatus } from "@/meeting/model/planner/action-status";
import type { PlannerTask } from "@/meeting/model/planner/planner-task";
import { getTaskOwnership } from "@/meeting/model/planner/task-owners";
import type { TaskOwnership } from "@/meeting/model/planner/task-owners";
import type { Directory } from "@/meeting/model/directory/directory";

export interface HistoryOccurrence {
  key: string;
  start: Date;
  end: Date;
  status: string;
}

/** A report with the occurrence it belongs to (the record's OccurrenceKey column). */
export type OccurrenceReport = ReportRead & { occurrenceKey: string };

export interface TrackedAction extends SeriesAction {
  due: string | undefined;
  status: ActionStatus;
  /** Done on or before its due date; undefined while not done or when a date is unknown. */
  onTime: boolean | undefined;
  ownership: TaskOwnership;
}

export interface AttendanceCount {
  present: number;
  late: number;
  leave: number;
  absent: number;
  total: number;
}

export interface OccurrenceDigest {
  occurrence: HistoryOccurrence;
  agenda: AgendaRead | undefined;
  reports: OccurrenceReport[];
  minutes: MinutesRead | undefined;
  decisions: DecisionEntry[];
  attendance: AttendanceCount | undefined;
}

export interface DecisionEntry {
  occurrenceKey: string;
  date: Date | undefined;
  itemTitle: string;
  decisionId: string;
  text: string;
  actions: TrackedAction[];
}

export function trackActions(
  actions: readonly SeriesAction[],
  tasks: ReadonlyMap<string, PlannerTask>,
  now: Date,
  timeZone: string,
  directory: Directory,
): TrackedAction[] {
  return actions.map((action) => {
    const lookup = lookUpTask(action, tasks);
    const due = getEffectiveDue(action.due, lookup, timeZone);
    const status = deriveActionStatus(due, lookup, now, timeZone);
    return {
      ...action,
      due,
      status,
      onTime: status.kind === "done" ? isCompletedOnTime(status.completedOn, due) : undefined,
      ownership: getTaskOwnership(action, lookup.kind === "found" ? lookup.task : undefined, directory),
    };
  });
}

export function countAttendance(minutes: MinutesRead | undefined): AttendanceCount | undefined {
  const entries = Object.values(minutes?.attendance ?? {});
  if (entries.length === 0) return undefined;
  const count = (status: string) => entries.filter((e) => e.status === status).length;
  return {
    present: count("present"),
    late: count("late"),
    leave: count("leave"),
    absent: count("absent"),
    total: entries.length,
  };
}

/** Every decision of the series, newest occurrence first, each with the action items it produced. */
export function buildDecisionRegister(
  minutes: readonly MinutesRead[],
  actions: readonly TrackedAction[],
  starts: ReadonlyMap<string, Date>,
): DecisionEntry[] {
  const actionsOf = groupBy(
    actions.filter((a) => a.decisionId !== undefined),
    (a) => `${a.occurrenceKey}|${a.decisionId ?? ""}`,
  );
  const entries: DecisionEntry[] = [];
  for (const record of minutes) {
    const date = starts.get(record.occurrenceKey) ?? parseDate(record.start);
    for (const item of record.items ?? []) {
      for (const decision of item.decisions ?? []) {
        entries.push({
          occurrenceKey: record.occurrenceKey,
          date,
          itemTitle: item.title ?? "",
          decisionId: decision.id,
          text: decision.text,
          actions: [...(actionsOf.get(`${record.occurrenceKey}|${decision.id}`) ?? [])],
        });
      }
    }
  }
  return entries.sort((a, b) => b.occurrenceKey.localeCompare(a.occurrenceKey));
}

/**
 * The calendar's occurrences and, beside them, every occurrence the workspace holds records for
 * that the calendar read did not return: the series is read from the calendar a few months either
 * side of today (features/series), while its records go back to its first meeting. An occurrence
 * known only from its records counts as held, at the time its key (the original start) says.
 */
export function listHistoryOccurrences(
  calendar: readonly HistoryOccurrence[],
  records: { agendas: readonly AgendaRead[]; reports: readonly OccurrenceReport[]; minutes: readonly MinutesRead[] },
): HistoryOccurrence[] {
  const known = new Set(calendar.map((o) => o.key));
  const added = new Map<string, HistoryOccurrence>();
  const minutesOf = indexFirst(records.minutes, (m) => m.occurrenceKey);
  const keys = [records.minutes, records.agendas, records.reports].flatMap((list) => list.map((r) => r.occurrenceKey));
  for (const key of keys) {
    if (known.has(key) || added.has(key)) continue;
    const start = parseDate(key);
    if (start === undefined) continue;
    added.set(key, { key, start, end: parseDate(minutesOf.get(key)?.end) ?? start, status: "held" });
  }
  return added.size === 0 ? [...calendar] : [...calendar, ...added.values()];
}

/**
 * Past occurrences (held or not), newest first, each with what the workspace holds for it. The
 * oldest ones that hold nothing at all are left out: they were before the series used Meetloop.
 */
export function buildDigests(
  occurrences: readonly HistoryOccurrence[],
  records: { agendas: readonly AgendaRead[]; reports: readonly OccurrenceReport[]; minutes: readonly MinutesRead[] },
  register: readonly DecisionEntry[],
  now: Date,
): OccurrenceDigest[] {
  const minutesOf = indexFirst(records.minutes, (m) => m.occurrenceKey);
  const agendaOf = indexFirst(records.agendas, (a) => a.occurrenceKey);
  const reportsOf = groupBy(records.reports, (r) => r.occurrenceKey);
  const decisionsOf = groupBy(register, (d) => d.occurrenceKey);
  const digests = occurrences
    .filter((o) => o.start.getTime() <= now.getTime())
    .sort((a, b) => b.key.localeCompare(a.key))
    .map((occurrence) => {
      const minutes = minutesOf.get(occurrence.key);
      return {
        occurrence,
        agenda: agendaOf.get(occurrence.key),
        reports: [...(reportsOf.get(occurrence.key) ?? [])],
        minutes,
        decisions: [...(decisionsOf.get(occurrence.key) ?? [])],
        attendance: countAttendance(minutes),
      };
    });
  const isEmpty = (d: OccurrenceDigest) => d.agenda === undefined && d.minutes === undefined && d.reports.length === 0;
  let kept = digests.length;
  while (kept > 0 && isEmpty(digests[kept - 1] as OccurrenceDigest)) kept -= 1;
  return digests.slice(0, kept);
}

export type SearchHit =
  | { kind: "decision"; occurrenceKey: string; text: string; itemTitle: string; decisionId: string }
  | { kind: "action"; occurrenceKey: string; text: string; ownerName: string; actionId: string; status: ActionStatus };

/**
 * Text folded for matching: NFKC turns full-width letters and digits (ＡＢＣ１２３, common in
 * Chinese input) into their ASCII forms, and case is ignored. Chinese has no spaces between words,
 * so matching is by substring, never by word; spaces in the query separate terms that must all match.
 */
export function foldForSearch(text: string): string {
  return text.normalize("NFKC").toLocaleLowerCase();
}

export function matchesQuery(haystack: string, query: string): boolean {
  const terms = foldForSearch(query)
    .split(/\s+/)
    .filter((t) => t !== "");
  if (terms.length === 0) return false;
  const folded = foldForSearch(haystack);
  return terms.every((term) => folded.includes(term));
}

/** Decisions and action items whose words contain every term of the query, newest first. */
export function searchHistory(
  query: string,
  register: readonly DecisionEntry[],
  actions: readonly TrackedAction[],
): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const d of register) {
    if (matchesQuery(`${d.text} ${d.itemTitle}`, query))
      hits.push({
        kind: "decision",
        occurrenceKey: d.occurrenceKey,
        text: d.text,
        itemTitle: d.itemTitle,
        decisionId: d.decisionId,
      });
  }
  for (const a of actions) {
    if (matchesQuery(`${a.what} ${a.standard} ${a.ownerName} ${a.owner}`, query)) {
      hits.push({
        kind: "action",
        occurrenceKey: a.occurrenceKey,
        text: a.what,
        ownerName: a.ownerName,
        actionId: a.actionId,
        status: a.status,
      });
    }
  }
  return hits.sort((a, b) => b.occurrenceKey.localeCompare(a.occurrenceKey));
}

function parseDate(iso: string | undefined): Date | undefined {
  if (iso === undefined) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
