import {
  computeCompletion,
  computeYearOnYear,
  computeZeroTargetGap,
  formatPercent,
  formatSignedNumber,
  parseKpiNumber,
} from "./kpi";

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

export interface KpiPercents {
  completion: number | undefined;
  yearOnYear: number | undefined;
  /** actual − target when the target is 0, shown where completion cannot be. */
  zeroTargetGap: number | undefined;
}

/** The computed columns of a KPI row; undefined where a cell is empty, invalid or a zero base. */
export function computeKpiPercents(row: KpiCells): KpiPercents {
  const actual = readKpiNumber(row.actual);
  const target = readKpiNumber(row.target);
  return {
    completion: computeCompletion(actual, target),
    yearOnYear: computeYearOnYear(actual, readKpiNumber(row.lastYear)),
    zeroTargetGap: computeZeroTargetGap(actual, target),
  };
}

/**
 * The completion cell: the percentage, or against a zero target the difference, worded by the
 * caller (`sayZeroTarget("+50")` → "目标为 0，实际 +50").
 */
export function formatCompletion(
  percents: Pick<KpiPercents, "completion" | "zeroTargetGap">,
  locale: string,
  sayZeroTarget: (gap: string) => string,
): string {
  if (percents.completion === undefined && percents.zeroTargetGap !== undefined)
    return sayZeroTarget(formatSignedNumber(percents.zeroTargetGap, locale));
  return formatPercent(percents.completion, locale);
}
