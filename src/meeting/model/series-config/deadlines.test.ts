import { describe, expect, it } from "vitest";
import { buildSeriesConfig } from "../../testing/build-series-config";
import { getLeaveCutoff, getLeaveCutoffWorkingDays, getNoticeDue, getSeriesReportDue } from "./deadlines";

const shanghai = "Asia/Shanghai";
const config = buildSeriesConfig();

describe("a series' deadlines in working time", () => {
  it("puts a Saturday meeting's deadlines in the working hours before it, not on Saturday", () => {
    // 月例会 on Saturday 5 December 2026 at 09:30.
    const saturday = new Date("2026-12-05T01:30:00Z");
    expect(getSeriesReportDue(saturday, config, shanghai).toISOString()).toBe("2026-12-04T10:00:00.000Z");
    expect(getNoticeDue(saturday, config, shanghai).toISOString()).toBe("2026-12-04T06:00:00.000Z");
    expect(getLeaveCutoff(saturday, config, shanghai).toISOString()).toBe("2026-12-04T01:00:00.000Z");
  });

  it("moves every deadline of the meeting after National Day 2026 to 30 September", () => {
    const afterHoliday = new Date("2026-10-08T01:30:00Z");
    expect(getSeriesReportDue(afterHoliday, config, shanghai).toISOString()).toBe("2026-09-30T10:00:00.000Z");
    expect(getNoticeDue(afterHoliday, config, shanghai).toISOString()).toBe("2026-09-30T06:30:00.000Z");
    expect(getLeaveCutoff(afterHoliday, config, shanghai).toISOString()).toBe("2026-09-30T01:30:00.000Z");
  });

  it("lets a 调休 Saturday carry the Monday meeting's report due time", () => {
    const monday = new Date("2026-10-12T01:30:00Z");
    expect(getSeriesReportDue(monday, config, shanghai).toISOString()).toBe("2026-10-10T10:00:00.000Z");
  });

  it("counts weekdays only when the series turns China's holidays off", () => {
    const plain = buildSeriesConfig({
      workingTime: { weekdays: [1, 2, 3, 4, 5], start: "09:00", end: "18:00", publicHolidays: "none" },
    });
    const afterHoliday = new Date("2026-10-08T01:30:00Z");
    expect(getSeriesReportDue(afterHoliday, plain, shanghai).toISOString()).toBe("2026-10-07T10:00:00.000Z");
  });

  it("reads a config stored before working days: 24 hours of leave cut-off is one working day", () => {
    expect(getLeaveCutoffWorkingDays({ leaveCutoffHours: 48, lateness: { kind: "none" } })).toBe(2);
    expect(
      getLeaveCutoffWorkingDays({ leaveCutoffHours: 48, leaveCutoffWorkingDays: 0.5, lateness: { kind: "none" } }),
    ).toBe(0.5);
  });
});
