// KPI maths (docs/domain.md §4): completion % = 1 + (actual − target) / |target| (actual / target for
// a positive target), YoY % = actual / last year − 1. Percentages are computed, never typed; a missing
// or zero denominator gives no value ("—"), and against a zero target the difference is shown instead.

export type ParsedNumber = { kind: "empty" } | { kind: "number"; value: number } | { kind: "invalid"; text: string };

const fullWidthDigits = /[０-９．，－＋]/g;

function toHalfWidth(text: string): string {
  return text.replace(fullWidthDigits, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Reads what a person typed: "1,234.5", "１２３４", " -3 ", "12%" (a trailing % is tolerated). */
export function parseKpiNumber(text: string): ParsedNumber {
  const cleaned = toHalfWidth(text).replace(/[\s,]/g, "").replace(/%$/, "");
  if (cleaned === "") return { kind: "empty" };
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return { kind: "invalid", text };
  const value = Number(cleaned);
  return Number.isFinite(value) ? { kind: "number", value } : { kind: "invalid", text };
}

function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round((value + Number.EPSILON * Math.sign(value)) * factor) / factor;
}

/**
 * Percent of target reached, to one decimal; undefined when either is missing or the target is 0.
 * A negative target (a loss budget) is measured on its size, so doing better than it reads above
 * 100 %: target −100, actual −50 (the loss halved) is 150 %; actual −150 is 50 %.
 */
export function computeCompletion(actual: number | undefined, target: number | undefined): number | undefined {
  if (actual === undefined || target === undefined || target === 0) return undefined;
  if (target > 0) return roundTo((actual / target) * 100, 1);
  return roundTo((1 + (actual - target) / Math.abs(target)) * 100, 1);
}

/** Against a zero target no percentage means anything: the difference actual − 0 is shown instead. */
export function computeZeroTargetGap(actual: number | undefined, target: number | undefined): number | undefined {
  return actual !== undefined && target === 0 ? actual - target : undefined;
}

/**
 * Change against the same period last year, in percent, to one decimal. Against a negative base
 * (a loss last year) the change is measured on its size, so an improvement reads as positive.
 */
export function computeYearOnYear(actual: number | undefined, lastYear: number | undefined): number | undefined {
  if (actual === undefined || lastYear === undefined || lastYear === 0) return undefined;
  return roundTo(((actual - lastYear) / Math.abs(lastYear)) * 100, 1);
}

/** A difference with its sign, "+50" or "−1,200.5"; "—" when there is none. */
export function formatSignedNumber(value: number | undefined, locale: string): string {
  if (value === undefined || !Number.isFinite(value)) return "—";
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: "exceptZero" }).format(value);
}

export function formatPercent(value: number | undefined, locale: string, options: { signed?: boolean } = {}): string {
  if (value === undefined || !Number.isFinite(value)) return "—";
  return (
    new Intl.NumberFormat(locale, {
      maximumFractionDigits: 1,
      minimumFractionDigits: 0,
      signDisplay: options.signed ? "exceptZero" : "auto",
    }).format(value) + "%"
  );
}
