import { describe, expect, it } from "vitest";
import { describeRecurrence } from "./recurrence-words";
import type { RecurrenceRule } from "./types";

const weeklyMonday: RecurrenceRule = { kind: "weekly", interval: 1, days: ["monday"] };
const mondayAfternoon = { start: new Date("2026-11-30T05:30:00Z"), end: new Date("2026-11-30T07:00:00Z") };
const shanghai = "Asia/Shanghai";

describe("describeRecurrence", () => {
  it("says the weekly meeting's rhythm in Chinese", () => {
    expect(describeRecurrence(weeklyMonday, mondayAfternoon, shanghai, { locale: "zh-CN", timeZone: shanghai })).toBe(
      "每周一 13:30–15:00",
    );
  });

  it("says it in English", () => {
    expect(
      describeRecurrence(weeklyMonday, mondayAfternoon, shanghai, { locale: "en-US", timeZone: shanghai }),
    ).toMatch(/^Every Monday 1:30\s–\s3:00\sPM$/);
  });

  it("shifts the weekday for a viewer whose day differs", () => {
    const text = describeRecurrence(weeklyMonday, mondayAfternoon, shanghai, {
      locale: "en-US",
      timeZone: "America/Los_Angeles",
    });
    expect(text).toMatch(/^Every Sunday 9:30\s–\s11:00\sPM$/);
  });

  it("describes a monthly meeting on a day of the month and several weekdays", () => {
    const monthly: RecurrenceRule = { kind: "monthlyOnDay", interval: 1, dayOfMonth: 3 };
    const sample = { start: new Date("2026-12-03T05:30:00Z"), end: new Date("2026-12-03T07:30:00Z") };
    expect(describeRecurrence(monthly, sample, shanghai, { locale: "zh-CN", timeZone: shanghai })).toBe(
      "每月 3 日 13:30–15:30",
    );
    const twice: RecurrenceRule = { kind: "weekly", interval: 2, days: ["wednesday", "monday"] };
    expect(describeRecurrence(twice, mondayAfternoon, shanghai, { locale: "zh-CN", timeZone: shanghai })).toBe(
      "每 2 周的周一、三 13:30–15:00",
    );
    expect(describeRecurrence(twice, mondayAfternoon, shanghai, { locale: "en-US", timeZone: shanghai })).toMatch(
      /^Every 2 weeks on Monday and Wednesday /,
    );
  });

  it("says a day past a shorter month's end falls on its last day, as Outlook holds it", () => {
    const sample = { start: new Date("2026-12-31T05:30:00Z"), end: new Date("2026-12-31T07:30:00Z") };
    const zh = { locale: "zh-CN", timeZone: shanghai };
    const en = { locale: "en-US", timeZone: shanghai };
    const onDay = (dayOfMonth: number, interval = 1): RecurrenceRule => ({
      kind: "monthlyOnDay",
      interval,
      dayOfMonth,
    });
    expect(describeRecurrence(onDay(31), sample, shanghai, zh)).toBe("每月 31 日（小月为月末） 13:30–15:30");
    expect(describeRecurrence(onDay(31), sample, shanghai, en)).toMatch(
      /^Monthly on day 31 \(last day in shorter months\) 1:30/,
    );
    expect(describeRecurrence(onDay(30), sample, shanghai, zh)).toBe("每月 30 日（2 月为月末） 13:30–15:30");
    expect(describeRecurrence(onDay(29, 2), sample, shanghai, en)).toMatch(
      /^Every 2 months on day 29 \(last day of February\) /,
    );
    expect(describeRecurrence(onDay(28), sample, shanghai, zh)).toBe("每月 28 日 13:30–15:30");
  });
});
