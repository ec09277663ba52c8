export { computeCompletion, computeYearOnYear, formatPercent, parseKpiNumber } from "./kpi";
export type { ParsedNumber } from "./kpi";
export { computeKpiPercents, readKpiNumber } from "./kpi-row";
export type { KpiCells } from "./kpi-row";
