import { computeCompletion, computeYearOnYear, parseKpiNumber } from "./kpi";

/** The cells of a KPI row as typed (docs/domain.md §4); percentages are computed from them, never stored. */
export interface KpiCells {
  target: string;
  actual: string;
  lastYear: string;
}

/** A typed cell as a number; undefined when it is empty or not a number. */
export function readKpiNumber(text: string): number | undefined {
  const parsed = parseKpiNumber(text);
  return parsed.kind === "number" ? parsed.value : undefined;
}

/** The two computed columns of a KPI row; undefined where a cell is empty, invalid or a zero base. */
export function computeKpiPercents(row: KpiCells): { completion: number | undefined; yearOnYear: number | undefined } {
  const actual = readKpiNumber(row.actual);
  return {
    completion: computeCompletion(actual, readKpiNumber(row.target)),
    yearOnYear: computeYearOnYear(actual, readKpiNumber(row.lastYear)),
  };
}
