import { computeCompletion, computeYearOnYear, parseKpiNumber } from "./kpi";
import type { KpiRow } from "./report";

function readNumber(text: string): number | undefined {
  const parsed = parseKpiNumber(text);
  return parsed.kind === "number" ? parsed.value : undefined;
}

/** The two computed columns of a KPI row; undefined where a cell is empty, invalid or a zero base. */
export function computeKpiPercents(row: KpiRow): { completion: number | undefined; yearOnYear: number | undefined } {
  const actual = readNumber(row.actual);
  return { completion: computeCompletion(actual, readNumber(row.target)), yearOnYear: computeYearOnYear(actual, readNumber(row.lastYear)) };
}
