// Fixtures with fixed defaults; each test overrides only what it is about.
import type { AttributedRecord } from "@/meeting/api/authorship";
import type { Authorship } from "@/meeting/model/authorship/authorship";
import type { ReportSection, SubmittedReport } from "../model/report";
import type { KpiRow, ReportFields, ReportValue } from "@/meeting/model/records/report-record";
import type { ExpectedSpeaker } from "../model/tracker";

export const testSeriesId = "19:meeting_weekly@thread.v2";
export const testOccurrenceKey = "2026-11-30T05:30:00.000Z";

export function buildKpiRow(overrides: Partial<KpiRow> = {}): KpiRow {
  return { metric: "销售额", unit: "万元", target: "100", actual: "120", lastYear: "80", ...overrides };
}

export function buildReportFields(overrides: Partial<ReportFields> = {}): ReportFields {
  return {
    review: "完成双十一备货，GMV 同比增长。",
    problems: [{ problem: "退货率偏高", solution: "加强质检" }],
    kpis: [buildKpiRow()],
    ...overrides,
  };
}

export function buildReportSection(overrides: Partial<ReportSection> = {}): ReportSection {
  return {
    sectionId: "sales",
    title: { zh: "销售后勤汇报", en: "Sales back-office report" },
    fields: ["review", "problems", "suggestions", "helpNeeded", "supervisor", "kpis"],
    ...overrides,
  };
}

export function buildReportValue(overrides: Partial<ReportValue> = {}): ReportValue {
  return {
    schemaVersion: 1,
    sectionId: "sales",
    author: "wang.fang@yunzhan.example",
    fields: buildReportFields(),
    submittedAt: "2026-11-29T08:00:00.000Z",
    revision: 1,
    ...overrides,
  };
}

/** A stored report with its authorship: by default the speaker's own. */
export function buildStoredReport(
  overrides: { value?: Partial<ReportValue>; modifiedAt?: string; etag?: string; authorship?: Authorship } = {},
): AttributedRecord<ReportValue> {
  const value = buildReportValue(overrides.value);
  const key = `report|${testSeriesId}|${testOccurrenceKey}|${value.sectionId}|${value.author}`;
  return {
    key,
    title: key,
    seriesId: testSeriesId,
    occurrenceKey: testOccurrenceKey,
    owner: value.author,
    itemId: "7",
    etag: overrides.etag ?? '"etag-1"',
    value,
    modifiedAt: overrides.modifiedAt ?? value.submittedAt,
    authorship: overrides.authorship ?? { kind: "own" },
  };
}

export function buildSubmittedReport(overrides: Partial<SubmittedReport> = {}): SubmittedReport {
  return {
    fields: buildReportFields(),
    savedAt: "2026-11-29T06:05:00.000Z",
    revision: 1,
    etag: '"etag-1"',
    ...overrides,
  };
}

export function buildSpeaker(overrides: Partial<ExpectedSpeaker> = {}): ExpectedSpeaker {
  return {
    upn: "wang.fang@yunzhan.example",
    name: "王芳",
    sectionId: "sales",
    sectionTitle: { zh: "销售后勤汇报", en: "Sales back-office report" },
    ...overrides,
  };
}
