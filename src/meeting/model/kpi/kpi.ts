// KPI maths (docs/domain.md §4): completion % = actual / target, YoY % = actual / last year − 1.
// Percentages are computed, never typed; a missing or zero denominator gives no value ("—").

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

/** Percent of target reached, to one decimal; undefined when either is missing or the target is 0. */
export function computeCompletion(actual: number | undefined, target: number | undefined): number | undefined {
  if (actual === undefined || target === undefined || target === 0) return undefined;
  return roundTo((actual / target) * 100, 1);
}

/**
 * Change against the same period last year, in percent, to one decimal. Against a negative base
 * (a loss last year) the change is measured on its size, so an improvement reads as positive.
 */
export function computeYearOnYear(actual: number | undefined, lastYear: number | undefined): number | undefined {
  if (actual === undefined || lastYear === undefined || lastYear === 0) return undefined;
  return roundTo(((actual - lastYear) / Math.abs(lastYear)) * 100, 1);
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
