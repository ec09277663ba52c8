import { describe, expect, it } from "vitest";
import { getReportDue } from "./report-due";

describe("getReportDue", () => {
  it("is the working day before at 18:00 by default: Friday evening for a Monday meeting", () => {
    const monday = new Date("2026-11-30T05:30:00Z");
    expect(getReportDue(monday, { workingDaysBefore: 1, time: "18:00" }, "Asia/Shanghai").toISOString()).toBe(
      "2026-11-27T10:00:00.000Z",
    );
    expect(getReportDue(monday, { workingDaysBefore: 0, time: "12:00" }, "Asia/Shanghai").toISOString()).toBe(
      "2026-11-30T04:00:00.000Z",
    );
    const thursday = new Date("2026-12-03T05:30:00Z");
    expect(getReportDue(thursday, { workingDaysBefore: 2, time: "09:30" }, "Asia/Shanghai").toISOString()).toBe(
      "2026-12-01T01:30:00.000Z",
    );
  });
});
