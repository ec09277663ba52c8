import { describe, expect, it } from "vitest";
import { computeCompletion, computeYearOnYear, formatPercent, parseKpiNumber } from "./kpi";

describe("KPI maths", () => {
  it("gives no percentage for a zero or missing denominator", () => {
    expect(computeCompletion(50, 0)).toBeUndefined();
    expect(computeCompletion(50, undefined)).toBeUndefined();
    expect(computeYearOnYear(50, 0)).toBeUndefined();
    expect(formatPercent(computeCompletion(1, 0), "zh-CN")).toBe("—");
  });

  it("computes negative YoY and improvement against a loss", () => {
    expect(computeYearOnYear(80, 100)).toBe(-20);
    expect(computeYearOnYear(-50, -100)).toBe(50);
    expect(formatPercent(-20, "en-US", { signed: true })).toBe("-20%");
    expect(formatPercent(12.5, "zh-CN", { signed: true })).toBe("+12.5%");
  });

  it("has no float noise with decimals and stays exact with large numbers", () => {
    expect(computeCompletion(0.3, 0.1)).toBe(300);
    expect(computeCompletion(1.15, 1)).toBe(115);
    expect(computeCompletion(123_456_789_012, 100_000_000_000)).toBe(123.5);
    expect(formatPercent(computeCompletion(2, 3), "en-US")).toBe("66.7%");
  });

  it("reads numbers as people type them and rejects the rest", () => {
    expect(parseKpiNumber("1,234.5")).toEqual({ kind: "number", value: 1234.5 });
    expect(parseKpiNumber("１２３４")).toEqual({ kind: "number", value: 1234 });
    expect(parseKpiNumber("  ")).toEqual({ kind: "empty" });
    expect(parseKpiNumber("十万")).toEqual({ kind: "invalid", text: "十万" });
    expect(parseKpiNumber("1e999")).toEqual({ kind: "invalid", text: "1e999" });
  });
});
