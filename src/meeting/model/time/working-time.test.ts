import { describe, expect, it } from "vitest";
import { chinaHolidays } from "@/lib/holidays/china-holidays";
import {
  defaultWorkingTime,
  getWorkingCalendar,
  getWorkingDayBefore,
  getWorkingDayMinutes,
  isWorkingDay,
  noHolidays,
  subtractWorkingTime,
} from "./working-time";

const china = getWorkingCalendar(defaultWorkingTime, chinaHolidays);
const shanghai = "Asia/Shanghai";

describe("isWorkingDay", () => {
  it("takes the 2026 National Day holiday off and works the 调休 Saturday after it, as chinese-days says", () => {
    expect(isWorkingDay(china, { year: 2026, month: 9, day: 30 })).toBe(true);
    for (let day = 1; day <= 7; day += 1) expect(isWorkingDay(china, { year: 2026, month: 10, day })).toBe(false);
    expect(isWorkingDay(china, { year: 2026, month: 10, day: 8 })).toBe(true);
    expect(isWorkingDay(china, { year: 2026, month: 10, day: 10 })).toBe(true);
    expect(isWorkingDay(china, { year: 2026, month: 10, day: 11 })).toBe(false);
  });

  it("counts weekdays only when the series turns public holidays off", () => {
    const plain = getWorkingCalendar({ ...defaultWorkingTime, publicHolidays: "none" }, chinaHolidays);
    expect(isWorkingDay(plain, { year: 2026, month: 10, day: 1 })).toBe(true);
    expect(isWorkingDay(plain, { year: 2026, month: 10, day: 10 })).toBe(false);
  });
});

describe("getWorkingDayBefore", () => {
  it("skips the weekend and the whole holiday", () => {
    expect(getWorkingDayBefore(china, { year: 2026, month: 12, day: 7 }, 1)).toEqual({ year: 2026, month: 12, day: 4 });
    expect(getWorkingDayBefore(china, { year: 2026, month: 10, day: 8 }, 1)).toEqual({ year: 2026, month: 9, day: 30 });
    expect(getWorkingDayBefore(china, { year: 2026, month: 10, day: 12 }, 1)).toEqual({
      year: 2026,
      month: 10,
      day: 10,
    });
  });
});

describe("subtractWorkingTime", () => {
  it("ends a weekend meeting's lead in Friday's working hours", () => {
    // Saturday 5 December 2026, 09:30 in Shanghai: 4 working hours before is Friday 14:00.
    const saturday = new Date("2026-12-05T01:30:00Z");
    expect(subtractWorkingTime(china, saturday, 240, shanghai).toISOString()).toBe("2026-12-04T06:00:00.000Z");
  });

  it("counts the meeting day's own working time first, then the working day before", () => {
    // Monday 10:00: one hour on Monday, eight on Friday — one working day is Friday 10:00.
    const monday = new Date("2026-11-30T02:00:00Z");
    expect(subtractWorkingTime(china, monday, getWorkingDayMinutes(china), shanghai).toISOString()).toBe(
      "2026-11-27T02:00:00.000Z",
    );
  });

  it("jumps the National Day holiday back to the last day worked before it", () => {
    // Thursday 8 October 2026, 09:30: half an hour that morning, the rest on Wednesday 30 September.
    const afterHoliday = new Date("2026-10-08T01:30:00Z");
    expect(subtractWorkingTime(china, afterHoliday, 240, shanghai).toISOString()).toBe("2026-09-30T06:30:00.000Z");
  });

  it("counts a 调休 Saturday's working hours", () => {
    // Monday 12 October 2026, 09:30: the 4 working hours end on Saturday 10 October, a makeup day.
    const monday = new Date("2026-10-12T01:30:00Z");
    expect(subtractWorkingTime(china, monday, 240, shanghai).toISOString()).toBe("2026-10-10T06:30:00.000Z");
  });

  it("counts in the meeting's zone and its own working hours", () => {
    const early = getWorkingCalendar(
      { weekdays: [1, 2, 3, 4, 5, 6], start: "08:00", end: "12:00", publicHolidays: "none" },
      noHolidays,
    );
    // Monday 7 December 2026 09:00 in Berlin (08:00Z): 1 hour Monday, 3 on Saturday → Saturday 09:00.
    const monday = new Date("2026-12-07T08:00:00Z");
    expect(subtractWorkingTime(early, monday, 240, "Europe/Berlin").toISOString()).toBe("2026-12-05T08:00:00.000Z");
  });

  it("leaves a zero lead at the meeting's start, and falls back to the default hours for hours it cannot count", () => {
    const start = new Date("2026-12-05T01:30:00Z");
    expect(subtractWorkingTime(china, start, 0, shanghai)).toBe(start);
    const broken = getWorkingCalendar(
      { weekdays: [], start: "18:00", end: "09:00", publicHolidays: "none" },
      noHolidays,
    );
    expect(broken).toMatchObject({ startMinute: 540, endMinute: 1080, weekdays: new Set([1, 2, 3, 4, 5]) });
  });
});

describe("chinese-days coverage", () => {
  it("knows its source and the years it covers, 2026 included", () => {
    expect(chinaHolidays.source.name).toBe("chinese-days");
    expect(chinaHolidays.source.version).toMatch(/^1\.5\./);
    expect(chinaHolidays.years.first).toBeLessThanOrEqual(2025);
    expect(chinaHolidays.years.last).toBeGreaterThanOrEqual(2026);
  });
});
