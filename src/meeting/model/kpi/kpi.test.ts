import { describe, expect, it } from "vitest";
import {
  computeCompletion,
  computeYearOnYear,
  computeZeroTargetGap,
  formatPercent,
  formatSignedNumber,
  parseKpiNumber,
} from "./kpi";

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

  it("measures a negative target on its size: halving a budgeted loss beats the target", () => {
    expect(computeCompletion(-50, -100)).toBe(150);
    expect(computeCompletion(-100, -100)).toBe(100);
    expect(computeCompletion(-150, -100)).toBe(50);
    expect(computeCompletion(20, -100)).toBe(220);
    expect(computeCompletion(150, 100)).toBe(150);
  });

  it("shows the difference instead of a percentage against a zero target", () => {
    expect(computeCompletion(50, 0)).toBeUndefined();
    expect(computeZeroTargetGap(50, 0)).toBe(50);
    expect(computeZeroTargetGap(-1200.5, 0)).toBe(-1200.5);
    expect(computeZeroTargetGap(50, 100)).toBeUndefined();
    expect(computeZeroTargetGap(undefined, 0)).toBeUndefined();
    expect(formatSignedNumber(50, "zh-CN")).toBe("+50");
    expect(formatSignedNumber(-1200.5, "en-US")).toBe("-1,200.5");
    expect(formatSignedNumber(0, "en-US")).toBe("0");
  });
});
