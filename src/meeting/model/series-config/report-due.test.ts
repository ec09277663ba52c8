import { describe, expect, it } from "vitest";
import { getWorkingCalendar, noHolidays, defaultWorkingTime } from "../time/working-time";
import { getReportDue } from "./report-due";

const weekdays = getWorkingCalendar(defaultWorkingTime, noHolidays);

describe("getReportDue", () => {
  it("is the working day before at 18:00 by default: Friday evening for a Monday meeting", () => {
    const monday = new Date("2026-11-30T05:30:00Z");
    expect(getReportDue(monday, { workingDaysBefore: 1, time: "18:00" }, "Asia/Shanghai", weekdays).toISOString()).toBe(
      "2026-11-27T10:00:00.000Z",
    );
    expect(getReportDue(monday, { workingDaysBefore: 0, time: "12:00" }, "Asia/Shanghai", weekdays).toISOString()).toBe(
      "2026-11-30T04:00:00.000Z",
    );
    const thursday = new Date("2026-12-03T05:30:00Z");
    expect(
      getReportDue(thursday, { workingDaysBefore: 2, time: "09:30" }, "Asia/Shanghai", weekdays).toISOString(),
    ).toBe("2026-12-01T01:30:00.000Z");
  });
});

describe("the report due time across zones and weekends", () => {
  it("counts working days in the series' zone, not the viewer's", () => {
    // Monday 07:30 in Shanghai is still Sunday in UTC: the due day is Shanghai's Friday.
    const mondayEarly = new Date("2026-11-29T23:30:00Z");
    expect(
      getReportDue(mondayEarly, { workingDaysBefore: 1, time: "18:00" }, "Asia/Shanghai", weekdays).toISOString(),
    ).toBe("2026-11-27T10:00:00.000Z");
  });

  it("lands on Friday for a Saturday meeting, skipping no working day", () => {
    const saturday = new Date("2026-12-05T01:30:00Z");
    expect(
      getReportDue(saturday, { workingDaysBefore: 1, time: "18:00" }, "Asia/Shanghai", weekdays).toISOString(),
    ).toBe("2026-12-04T10:00:00.000Z");
  });

  it("keeps the wall-clock time across a clock change", () => {
    // Berlin leaves summer time on 25 October 2026: 18:00 is 16:00Z before, 17:00Z after.
    const monday = new Date("2026-10-26T08:00:00Z");
    expect(getReportDue(monday, { workingDaysBefore: 1, time: "18:00" }, "Europe/Berlin", weekdays).toISOString()).toBe(
      "2026-10-23T16:00:00.000Z",
    );
  });
});
