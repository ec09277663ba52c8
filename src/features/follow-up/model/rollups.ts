// Pure aggregations for the supervisor (docs/architecture.md §1: "sees what is overdue, by owner and department")
// and for the series' health: action items by owner and department, KPI trends per department
// metric, and per-occurrence meeting health against the rules of docs/domain.md §1 (time box, 议必决,
// decisions with owner + date + standard, reports before the due time, attendance).
import { computeKpiPercents, readKpiNumber } from "@/meeting/model/kpi";
import { getSeriesReportDue } from "@/meeting/model/series-config/deadlines";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import type { HistoryOccurrence, OccurrenceReport, TrackedAction } from "./history";
import { groupBy, indexFirst } from "./index-records";
import type { MinutesRead } from "@/meeting/model/records/read-schemas";

export interface ActionRollupRow {
  key: string;
  label: string;
  total: number;
  /** Not done: not started, in progress or overdue. */
  open: number;
  overdue: number;
  done: number;
  /** Done on or before the due date. */
  doneOnTime: number;
  /** doneOnTime / done with a known completion date, in %; undefined when nothing is done yet. */
  onTimeRate: number | undefined;
}

/** Groups tracked actions by a key (owner, department); rows with the most overdue first. */
export function rollUpActions(
  actions: readonly TrackedAction[],
  groupOf: (action: TrackedAction) => { key: string; label: string },
): ActionRollupRow[] {
  const rows = new Map<string, ActionRollupRow & { judged: number }>();
  for (const action of actions) {
    const { key, label } = groupOf(action);
    const row = rows.get(key) ?? {
      key,
      label,
      total: 0,
      open: 0,
      overdue: 0,
      done: 0,
      doneOnTime: 0,
      onTimeRate: undefined,
      judged: 0,
    };
    row.total += 1;
    const kind = action.status.kind;
    if (kind === "overdue" || kind === "notStarted" || kind === "inProgress") row.open += 1;
    if (kind === "overdue") row.overdue += 1;
    if (kind === "done") row.done += 1;
    if (action.onTime !== undefined) row.judged += 1;
    if (action.onTime === true) row.doneOnTime += 1;
    rows.set(key, row);
  }
  return [...rows.values()]
    .map(({ judged, ...row }) => ({
      ...row,
      onTimeRate: judged === 0 ? undefined : roundPercent(row.doneOnTime / judged),
    }))
    .sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.label.localeCompare(b.label));
}

/**
 * Department per person: an explicit map first (e.g. Entra ID's department), else the label of the
 * template section they speak in — the section is the department when it has a single speaker
 * (运营, 客服 …); a shared section (各部门负责人) only says the role, so the name is added.
 */
export function buildDepartmentResolver(
  config: Pick<SeriesConfig, "template" | "speakers">,
  language: "zh" | "en",
  departments: Readonly<Record<string, string>> = {},
  names: Readonly<Record<string, string>> = {},
) {
  const bySpeaker = new Map<string, string>();
  for (const section of config.template.sections) {
    const speakers = config.speakers[section.id] ?? [];
    const label = (section.speakerLabel ?? section.title)[language];
    for (const upn of speakers) {
      const key = upn.toLowerCase();
      if (bySpeaker.has(key)) continue;
      bySpeaker.set(key, speakers.length === 1 ? label : `${label} · ${names[upn] ?? names[key] ?? upn}`);
    }
  }
  const explicit = new Map(Object.entries(departments).map(([upn, dept]) => [upn.toLowerCase(), dept]));
  return (upn: string): string | undefined => explicit.get(upn.toLowerCase()) ?? bySpeaker.get(upn.toLowerCase());
}

export interface KpiPoint {
  occurrenceKey: string;
  date: Date;
  actual: number | undefined;
  target: number | undefined;
  /** % of target (src/meeting/model/kpi: a negative target on its size); undefined for a missing or zero target. */
  completion: number | undefined;
  /** actual − target where the target is 0. */
  zeroTargetGap: number | undefined;
  /** actual / last year − 1, %; undefined for a missing or zero base. */
  yearOnYear: number | undefined;
}

export interface KpiTrend {
  key: string;
  department: string;
  metric: string;
  unit: string;
  /** Oldest first; only occurrences where the metric was reported. */
  points: KpiPoint[];
}

/** One trend per department and metric (and unit: "万元" and "元" are different series). */
export function buildKpiTrends(
  reports: readonly OccurrenceReport[],
  occurrences: readonly HistoryOccurrence[],
  departmentOf: (report: OccurrenceReport) => string,
): KpiTrend[] {
  const dates = new Map(occurrences.map((o) => [o.key, o.start]));
  const trends = new Map<string, KpiTrend>();
  for (const report of reports) {
    const date = dates.get(report.occurrenceKey);
    if (date === undefined) continue;
    const department = departmentOf(report);
    const fields = report.fields;
    for (const row of [...(fields?.kpis ?? []), ...(fields?.receivables ?? []), ...(fields?.revenue ?? [])]) {
      const metric = row.metric.trim();
      if (metric === "") continue;
      const unit = (row.unit ?? "").trim();
      const key = `${department}|${metric}|${unit}`;
      const trend = trends.get(key) ?? { key, department, metric, unit, points: [] };
      const cells = { target: row.target ?? "", actual: row.actual ?? "", lastYear: row.lastYear ?? "" };
      const percents = computeKpiPercents(cells);
      trend.points.push({
        occurrenceKey: report.occurrenceKey,
        date,
        actual: readKpiNumber(cells.actual),
        target: readKpiNumber(cells.target),
        completion: percents.completion,
        zeroTargetGap: percents.zeroTargetGap,
        yearOnYear: percents.yearOnYear,
      });
      trends.set(key, trend);
    }
  }
  return [...trends.values()]
    .map((t) => ({ ...t, points: t.points.sort((a, b) => a.occurrenceKey.localeCompare(b.occurrenceKey)) }))
    .sort((a, b) => a.department.localeCompare(b.department) || a.metric.localeCompare(b.metric));
}

export interface MeetingHealth {
  occurrenceKey: string;
  date: Date;
  /** Held length from the minutes' start and end, in minutes; undefined without both. */
  lengthMinutes: number | undefined;
  capMinutes: number;
  isOverCap: boolean | undefined;
  /** Agenda items (in the minutes) that reached at least one decision, %. 议必决. */
  decidedItemsRate: number | undefined;
  /** Decisions carried out by at least one action, every one naming owner, due date and standard, %. */
  completeDecisionsRate: number | undefined;
  reportsOnTime: number;
  reportsExpected: number;
  reportsOnTimeRate: number | undefined;
  /** Present or late among those on the attendance list, %. */
  attendanceRate: number | undefined;
}

export interface HealthInput {
  occurrences: readonly HistoryOccurrence[];
  minutes: readonly MinutesRead[];
  reports: readonly OccurrenceReport[];
  config: Pick<SeriesConfig, "template" | "speakers" | "reportDue" | "workingTime">;
  timeZone: string;
  now: Date;
}

/**
 * Health per occurrence that has minutes, oldest first. A meeting that has not started is left out
 * unless its minutes are published: a note-taker may open them ahead, and until the meeting is held
 * nobody can have been on time or present.
 */
export function measureMeetingHealth(input: HealthInput): MeetingHealth[] {
  const { config, timeZone } = input;
  const expected = countExpectedReports(config);
  const minutesOf = indexFirst(input.minutes, (m) => m.occurrenceKey);
  const reportsOf = groupBy(input.reports, (r) => r.occurrenceKey);
  const health: MeetingHealth[] = [];
  for (const occurrence of [...input.occurrences].sort((a, b) => a.key.localeCompare(b.key))) {
    const minutes = minutesOf.get(occurrence.key);
    if (minutes === undefined) continue;
    if (occurrence.start.getTime() > input.now.getTime() && minutes.status !== "published") continue;
    const lengthMinutes = measureLength(minutes);
    const items = minutes.items ?? [];
    const decisions = items.flatMap((i) => i.decisions ?? []);
    const actions = minutes.actions ?? [];
    const complete = decisions.filter((d) => isDecisionComplete(d.id, actions));
    const due = getSeriesReportDue(occurrence.start, config, timeZone);
    const reports = reportsOf.get(occurrence.key) ?? [];
    const onTime = reports.filter(
      (r) => r.submittedAt !== undefined && new Date(r.submittedAt).getTime() <= due.getTime(),
    ).length;
    const reportsExpected = Math.max(expected, reports.length);
    const attendance = Object.values(minutes.attendance ?? {});
    health.push({
      occurrenceKey: occurrence.key,
      date: occurrence.start,
      lengthMinutes,
      capMinutes: config.template.capMinutes,
      isOverCap: lengthMinutes === undefined ? undefined : lengthMinutes > config.template.capMinutes,
      decidedItemsRate: ratio(items.filter((i) => (i.decisions ?? []).length > 0).length, items.length),
      completeDecisionsRate: ratio(complete.length, decisions.length),
      reportsOnTime: onTime,
      reportsExpected,
      reportsOnTimeRate: ratio(onTime, reportsExpected),
      attendanceRate: ratio(
        attendance.filter((a) => a.status === "present" || a.status === "late").length,
        attendance.length,
      ),
    });
  }
  return health;
}

/**
 * 决议三要素齐全: the decision has action items linked to it (docs/domain.md §5), and every one of
 * them names an owner, a due date and a standard of done. An action linked only to its agenda item
 * carries out no decision.
 */
export function isDecisionComplete(
  decisionId: string,
  actions: readonly {
    decisionId?: string | undefined;
    owner: string;
    due?: string | undefined;
    standard?: string | undefined;
  }[],
): boolean {
  const linked = actions.filter((a) => a.decisionId === decisionId);
  return (
    linked.length > 0 &&
    linked.every((a) => a.owner.trim() !== "" && (a.due ?? "").trim() !== "" && (a.standard ?? "").trim() !== "")
  );
}

/** Speaker slots of sections that have a report form. */
export function countExpectedReports(config: Pick<SeriesConfig, "template" | "speakers">): number {
  return config.template.sections
    .filter((s) => s.fields.length > 0)
    .reduce((sum, s) => sum + (config.speakers[s.id]?.length ?? 0), 0);
}

function measureLength(minutes: MinutesRead): number | undefined {
  if (minutes.start === undefined || minutes.end === undefined) return undefined;
  const length = (new Date(minutes.end).getTime() - new Date(minutes.start).getTime()) / 60_000;
  return Number.isFinite(length) && length >= 0 ? Math.round(length) : undefined;
}

function ratio(part: number, whole: number): number | undefined {
  return whole === 0 ? undefined : roundPercent(part / whole);
}

function roundPercent(share: number): number {
  return Math.round(share * 1000) / 10;
}
