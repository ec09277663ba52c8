export {
  computeCompletion,
  computeYearOnYear,
  computeZeroTargetGap,
  formatPercent,
  formatSignedNumber,
  parseKpiNumber,
} from "./kpi";
export type { ParsedNumber } from "./kpi";
export { computeKpiPercents, formatCompletion, readKpiNumber } from "./kpi-row";
export type { KpiCells, KpiPercents } from "./kpi-row";
