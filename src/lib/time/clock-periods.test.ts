import { describe, expect, it } from "vitest";
import { formatClockPeriods, splitByClock } from "./clock-periods";
import { formatTimeRange } from "./format-when";

function weeklyFrom(firstUtc: string, weeks: number): { start: Date; end: Date }[] {
  const first = new Date(firstUtc).getTime();
  return Array.from({ length: weeks }, (_, week) => ({
    start: new Date(first + week * 7 * 86_400_000),
    end: new Date(first + week * 7 * 86_400_000 + 3_600_000),
  }));
}

// Shanghai Mondays 16:30–17:30 from 1 March 2027: Europe moves its clocks on Sunday 28 March.
const shanghaiMondays = weeklyFrom("2027-03-01T08:30:00Z", 8);

describe("splitByClock", () => {
  it("splits a Shanghai weekly meeting for a Berlin viewer at Europe's March clock change", () => {
    const periods = splitByClock(shanghaiMondays, "China Standard Time", "Europe/Berlin");
    expect(periods.map((p) => [p.first.start.toISOString(), p.last.start.toISOString()])).toEqual([
      ["2027-03-01T08:30:00.000Z", "2027-03-22T08:30:00.000Z"],
      ["2027-03-29T08:30:00.000Z", "2027-04-19T08:30:00.000Z"],
    ]);
  });

  it("keeps one period where the viewer's clock never moves against the meeting's", () => {
    expect(splitByClock(shanghaiMondays, "Asia/Shanghai", "Asia/Shanghai")).toHaveLength(1);
    expect(splitByClock(shanghaiMondays, "Asia/Shanghai", "Asia/Singapore")).toHaveLength(1);
    // A Berlin meeting at 9:00 all year seen in Berlin: the instants move, the clock does not.
    const berlinMondays = [
      { start: new Date("2027-03-22T08:00:00Z"), end: new Date("2027-03-22T09:00:00Z") },
      { start: new Date("2027-03-29T07:00:00Z"), end: new Date("2027-03-29T08:00:00Z") },
    ];
    expect(splitByClock(berlinMondays, "W. Europe Standard Time", "Europe/Berlin")).toHaveLength(1);
    expect(splitByClock(berlinMondays, "W. Europe Standard Time", "Asia/Shanghai")).toHaveLength(2);
  });

  it("starts a period where the meeting's own time of day changes", () => {
    const moved = [
      ...shanghaiMondays.slice(0, 2),
      { start: new Date("2027-03-15T07:30:00Z"), end: new Date("2027-03-15T08:30:00Z") },
    ];
    expect(splitByClock(moved, "Asia/Shanghai", "Asia/Shanghai")).toHaveLength(2);
  });
});

describe("formatClockPeriods", () => {
  const describeBerlin = (locale: string) => (p: { first: { start: Date; end: Date } }) =>
    formatTimeRange(p.first.start, p.first.end, { locale, timeZone: "Europe/Berlin" });

  it("dates each period on the meeting's calendar, up to the day before the next one's first meeting", () => {
    const zh = { locale: "zh-CN", timeZone: "Europe/Berlin" };
    const periods = splitByClock(shanghaiMondays, "China Standard Time", zh.timeZone);
    expect(formatClockPeriods(periods, zh, "China Standard Time", describeBerlin(zh.locale))).toBe(
      "至 3月28日：09:30–10:30；3月29日起：10:30–11:30",
    );
    const en = { locale: "en-US", timeZone: "Europe/Berlin" };
    const english = formatClockPeriods(periods, en, "China Standard Time", describeBerlin(en.locale));
    expect(english.replace(/[\u2009\u202f]/g, " ")).toBe(
      "Until Mar 28: 9:30 – 10:30 AM; from Mar 29: 10:30 – 11:30 AM",
    );
  });

  it("names a middle period by both ends, and a single period by its description alone", () => {
    const zh = { locale: "zh-CN", timeZone: "Europe/Berlin" };
    const year = weeklyFrom("2027-03-01T08:30:00Z", 40);
    const periods = splitByClock(year, "Asia/Shanghai", zh.timeZone);
    expect(formatClockPeriods(periods, zh, "Asia/Shanghai", describeBerlin(zh.locale))).toBe(
      "至 3月28日：09:30–10:30；3月29日至 10月31日：10:30–11:30；11月1日起：09:30–10:30",
    );
    const single = splitByClock(shanghaiMondays.slice(0, 2), "Asia/Shanghai", zh.timeZone);
    expect(formatClockPeriods(single, zh, "Asia/Shanghai", describeBerlin(zh.locale))).toBe("09:30–10:30");
    expect(formatClockPeriods([], zh, "Asia/Shanghai", describeBerlin(zh.locale))).toBe("");
  });
});
