import { describe, expect, it } from "vitest";
import { getBucketName, getOccurrenceName } from "./bucket-names";

/** The dates of a weekly series' occurrences, Monday by Monday from `first`. */
function weeklyDates(first: string, weeks: number): string[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: weeks }, (_v, i) => new Date(start + i * 7 * 86_400_000).toISOString().slice(0, 10));
}

const plannerBucketsPerPlan = 200;

describe("getBucketName", () => {
  it("names the month of the occurrence's date, with the meeting title", () => {
    expect(getBucketName("2026-12-07", "周例会")).toBe("2026-12 周例会");
    expect(getBucketName("2026-11-30", "Weekly review")).toBe("2026-11 Weekly review");
  });

  it("gives all occurrences of a month one bucket, and the next month another", () => {
    const december = ["2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28"].map((d) => getBucketName(d, "周例会"));
    expect(new Set(december)).toEqual(new Set(["2026-12 周例会"]));
    expect(getBucketName("2027-01-04", "周例会")).toBe("2027-01 周例会");
  });

  it("keeps ten years of weekly meetings within Planner's 200 buckets a plan, where one per occurrence does not", () => {
    const tenYears = weeklyDates("2026-06-01", 522);
    const monthly = new Set(tenYears.map((date) => getBucketName(date, "周例会")));
    expect(monthly.size).toBe(120);
    expect(plannerBucketsPerPlan - monthly.size).toBe(80);
    const perOccurrence = new Set(tenYears.map((date) => getOccurrenceName(date, "周例会")));
    expect(perOccurrence.size).toBeGreaterThan(plannerBucketsPerPlan);
  });

  it("refuses a date that is not YYYY-MM-DD", () => {
    expect(() => getBucketName("2026-12", "周例会")).toThrow(RangeError);
  });
});

describe("getOccurrenceName", () => {
  it("names the occurrence by its date, as the per-occurrence buckets of earlier publishes were", () => {
    expect(getOccurrenceName("2026-11-30", "周例会")).toBe("2026-11-30 周例会");
  });
});
