// The KPI maths moved to src/lib/kpi so the follow-up rollups compute the same percentages the
// report form shows; this re-export keeps the reports feature's imports unchanged.
export { computeCompletion, computeYearOnYear, formatPercent, parseKpiNumber } from "@/lib/kpi";
export type { ParsedNumber } from "@/lib/kpi";
