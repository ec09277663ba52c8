import { describe, expect, it } from "vitest";
import { buildKpiRow } from "../testing/build-report";
import { formatPercent, computeKpiPercents } from "@/meeting/model/kpi";

describe("computeKpiPercents", () => {
  it("computes completion and year-on-year from the typed cells", () => {
    expect(computeKpiPercents(buildKpiRow({ target: "1,000", actual: "1,150", lastYear: "１０００" }))).toEqual({
      completion: 115,
      yearOnYear: 15,
    });
  });

  it("never gives NaN or Infinity, whatever is typed", () => {
    const cells = ["", " ", "0", "-0", "十万", "1e999", "abc", "NaN", "Infinity", "12%", "-5", "0.0001"];
    for (const target of cells) {
      for (const actual of cells) {
        const { completion, yearOnYear } = computeKpiPercents(buildKpiRow({ target, actual, lastYear: target }));
        for (const value of [completion, yearOnYear]) {
          if (value !== undefined) expect(Number.isFinite(value)).toBe(true);
          expect(formatPercent(value, "zh-CN")).not.toMatch(/NaN|∞|Infinity/);
        }
      }
    }
  });

  it("shows no percentage for an empty or zero base, and the difference against a zero target", () => {
    expect(computeKpiPercents(buildKpiRow({ target: "0", lastYear: "" }))).toEqual({
      completion: undefined,
      yearOnYear: undefined,
      zeroTargetGap: 120,
    });
    expect(computeKpiPercents(buildKpiRow({ target: "", lastYear: "" })).zeroTargetGap).toBeUndefined();
  });

  it("counts a loss halved against a negative target as beating it", () => {
    expect(computeKpiPercents(buildKpiRow({ target: "-100", actual: "-50" })).completion).toBe(150);
  });
});
