import { describe, expect, it } from "vitest";
import { expandRecurrence } from "./expand-recurrence.ts";
import {
  formatGraphDateTime,
  listWindowsZoneIds,
  localToUtcMs,
  resolveMeetingZone,
  resolvePreferredTimeZone,
  resolveTimeZone,
} from "./time-zones.ts";

const take = (gen: Generator<string>, n: number): string[] => {
  const result: string[] = [];
  for (const d of gen) {
    result.push(d);
    if (result.length === n) break;
  }
  return result;
};

describe("expandRecurrence", () => {
  it("starts a weekly series on the first matching day on or after startDate", () => {
    const dates = take(
      expandRecurrence(
        { type: "weekly", interval: 1, daysOfWeek: ["monday"] },
        { type: "noEnd", startDate: "2026-06-03" },
        "2026-12-31",
      ),
      2,
    );
    expect(dates).toEqual(["2026-06-08", "2026-06-15"]);
  });

  it("counts biweekly intervals in weeks that start on firstDayOfWeek", () => {
    const pattern = {
      type: "weekly",
      interval: 2,
      daysOfWeek: ["monday", "thursday"],
      firstDayOfWeek: "monday",
    } as const;
    expect(take(expandRecurrence(pattern, { type: "noEnd", startDate: "2026-06-01" }, "2026-12-31"), 4)).toEqual([
      "2026-06-01",
      "2026-06-04",
      "2026-06-15",
      "2026-06-18",
    ]);
  });

  it("puts an absoluteMonthly day 31 on the last day of shorter months", () => {
    const dates = take(
      expandRecurrence(
        { type: "absoluteMonthly", interval: 1, dayOfMonth: 31 },
        { type: "noEnd", startDate: "2027-01-01" },
        "2027-12-31",
      ),
      3,
    );
    expect(dates).toEqual(["2027-01-31", "2027-02-28", "2027-03-31"]);
  });

  it("finds the last Friday for relativeMonthly", () => {
    const dates = take(
      expandRecurrence(
        { type: "relativeMonthly", interval: 1, daysOfWeek: ["friday"], index: "last" },
        { type: "noEnd", startDate: "2026-11-01" },
        "2027-12-31",
      ),
      2,
    );
    expect(dates).toEqual(["2026-11-27", "2026-12-25"]);
  });

  it("honours numbered and endDate ranges", () => {
    const daily = { type: "daily", interval: 3 } as const;
    expect([
      ...expandRecurrence(daily, { type: "numbered", startDate: "2026-06-01", numberOfOccurrences: 3 }, "2027-01-01"),
    ]).toEqual(["2026-06-01", "2026-06-04", "2026-06-07"]);
    expect([
      ...expandRecurrence(daily, { type: "endDate", startDate: "2026-06-01", endDate: "2026-06-06" }, "2027-01-01"),
    ]).toEqual(["2026-06-01", "2026-06-04"]);
  });
});

describe("time zones", () => {
  it("maps every Windows id in CLDR's table to IANA and rejects unknown names", () => {
    expect(listWindowsZoneIds().length).toBeGreaterThanOrEqual(139);
    for (const id of listWindowsZoneIds()) expect(resolveTimeZone(id), id).toBeDefined();
    expect(resolveTimeZone("China Standard Time")).toBe("Asia/Shanghai");
    expect(resolveTimeZone("Korea Standard Time")).toBe("Asia/Seoul");
    expect(resolveTimeZone("Europe/Paris")).toBe("Europe/Paris");
    expect(resolveTimeZone("Mars Standard Time")).toBeUndefined();
    expect(resolveTimeZone("tzone://Microsoft/Custom")).toBeUndefined();
    expect(resolveMeetingZone("tzone://Microsoft/Custom")).toBe("UTC");
  });

  it("accepts in Prefer: outlook.timezone only Windows ids and the documented IANA names", () => {
    expect(resolvePreferredTimeZone('"W. Europe Standard Time"')).toBe("Europe/Berlin");
    expect(resolvePreferredTimeZone("Asia/Shanghai")).toBe("Asia/Shanghai");
    expect(resolvePreferredTimeZone("Europe/Kiev")).toBe("Europe/Kiev");
    expect(resolvePreferredTimeZone("Asia/Chongqing")).toBeUndefined();
    expect(resolvePreferredTimeZone("tzone://Microsoft/Custom")).toBeUndefined();
  });

  it("converts wall-clock times across a DST change", () => {
    const zone = "Europe/London";
    const beforeChange = localToUtcMs({ year: 2026, month: 10, day: 19, hour: 10, minute: 0, second: 0 }, zone);
    const afterChange = localToUtcMs({ year: 2026, month: 10, day: 26, hour: 10, minute: 0, second: 0 }, zone);
    expect(new Date(beforeChange).toISOString()).toBe("2026-10-19T09:00:00.000Z");
    expect(new Date(afterChange).toISOString()).toBe("2026-10-26T10:00:00.000Z");
    expect(formatGraphDateTime(afterChange, "Asia/Shanghai")).toBe("2026-10-26T18:00:00.0000000");
  });
});
