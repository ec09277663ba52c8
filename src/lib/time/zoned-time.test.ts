import { describe, expect, it } from "vitest";
import {
  findIanaTimeZone,
  formatGraphDateTime,
  getInstantFromWallClock,
  getWallClock,
  parseGraphDateTime,
  toIanaTimeZone,
} from "./zoned-time";

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

  it("reads every Windows zone, and an IANA one, in its own offset", () => {
    expect(parseGraphDateTime({ dateTime: "2026-12-10T16:00:00", timeZone: "Korea Standard Time" }).toISOString()).toBe(
      "2026-12-10T07:00:00.000Z",
    );
    expect(parseGraphDateTime({ dateTime: "2026-12-10T16:00:00", timeZone: "India Standard Time" }).toISOString()).toBe(
      "2026-12-10T10:30:00.000Z",
    );
    expect(
      parseGraphDateTime({ dateTime: "2026-07-10T16:00:00", timeZone: "Central Europe Standard Time" }).toISOString(),
    ).toBe("2026-07-10T14:00:00.000Z");
    expect(findIanaTimeZone("Asia/Kolkata")).toBe("Asia/Kolkata");
  });

  it("counts a zone no table knows — Outlook's legacy custom zone — as UTC instead of throwing", () => {
    for (const name of ["tzone://Microsoft/Custom", "Mars Standard Time", "", null, undefined]) {
      expect(findIanaTimeZone(name)).toBeUndefined();
      expect(toIanaTimeZone(name)).toBe("UTC");
    }
    expect(
      parseGraphDateTime({
        dateTime: "2026-12-10T08:00:00.0000000",
        timeZone: "tzone://Microsoft/Custom",
      }).toISOString(),
    ).toBe("2026-12-10T08:00:00.000Z");
    const wall = { year: 2026, month: 12, day: 10, hour: 8, minute: 0, second: 0 };
    expect(getInstantFromWallClock(wall, "tzone://Microsoft/Custom").toISOString()).toBe("2026-12-10T08:00:00.000Z");
    expect(getWallClock(new Date("2026-12-10T08:00:00Z"), "tzone://Microsoft/Custom")).toMatchObject({ hour: 8 });
  });

  it("rejects text that is not a date-time", () => {
    expect(() => parseGraphDateTime({ dateTime: "next monday", timeZone: "UTC" })).toThrow(/Not a Graph dateTime/);
  });
});
