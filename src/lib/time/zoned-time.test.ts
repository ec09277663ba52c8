import { describe, expect, it } from "vitest";
import { getWallClock, parseGraphDateTime, formatGraphDateTime, toIanaTimeZone } from "./zoned-time";

describe("zoned time", () => {
  it("reads Graph wall-clock times in Windows and IANA zones", () => {
    expect(
      parseGraphDateTime({ dateTime: "2026-11-30T13:30:00.0000000", timeZone: "China Standard Time" }).toISOString(),
    ).toBe("2026-11-30T05:30:00.000Z");
    expect(parseGraphDateTime({ dateTime: "2026-11-30T05:30:00.0000000", timeZone: "UTC" }).toISOString()).toBe(
      "2026-11-30T05:30:00.000Z",
    );
    expect(parseGraphDateTime({ dateTime: "2026-07-01T09:00:00", timeZone: "Europe/Berlin" }).toISOString()).toBe(
      "2026-07-01T07:00:00.000Z",
    );
  });

  it("handles a daylight-saving change", () => {
    expect(parseGraphDateTime({ dateTime: "2026-03-29T12:00:00", timeZone: "Europe/Berlin" }).toISOString()).toBe(
      "2026-03-29T10:00:00.000Z",
    );
    expect(parseGraphDateTime({ dateTime: "2026-03-28T12:00:00", timeZone: "Europe/Berlin" }).toISOString()).toBe(
      "2026-03-28T11:00:00.000Z",
    );
  });

  it("round-trips an instant through a zone's wall clock", () => {
    const instant = new Date("2026-12-03T05:30:00Z");
    expect(getWallClock(instant, "Asia/Shanghai")).toMatchObject({ day: 3, hour: 13, minute: 30 });
    expect(parseGraphDateTime(formatGraphDateTime(instant, "Asia/Shanghai"))).toEqual(instant);
    expect(toIanaTimeZone("Pacific Standard Time")).toBe("America/Los_Angeles");
  });

  it("rejects text that is not a date-time", () => {
    expect(() => parseGraphDateTime({ dateTime: "next monday", timeZone: "UTC" })).toThrow(/Not a Graph dateTime/);
  });
});
