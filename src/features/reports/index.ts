// The reports feature's public surface, composed by src/app.
export { ReportPanel } from "./components/report-panel";
export type { ReportPanelProps } from "./components/report-panel";
export { ReportTrackerPanel } from "./components/report-tracker-panel";
export type { ReportTrackerPanelProps } from "./components/report-tracker-panel";
export { reportsStrings } from "./strings";
export { reportQueryKeys } from "./api/query-keys";
export type { ExpectedSpeaker } from "./model/tracker";
export type { ReportValue, ReportFields, KpiRow } from "@/meeting/model/records/report-record";
export { useOccurrenceReports } from "./api/use-occurrence-reports";
export { LocalReportDrafts } from "./components/local-report-drafts";
export type { LocalReportDraftsProps } from "./components/local-report-drafts";
