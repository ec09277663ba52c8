import { describe, expect, it } from "vitest";
import {
  describeInZones,
  formatDay,
  formatInZones,
  formatOccurrenceInZones,
  formatTime,
  formatZoneName,
  nameMeetingZone,
} from "./format-when";

const due = new Date("2026-12-10T03:00:00Z");
const berlin = { locale: "zh-CN", timeZone: "Europe/Berlin" };
const berlinEn = { locale: "en-US", timeZone: "Europe/Berlin" };
// A Shanghai Monday 16:30–17:30 either side of Europe's clock change on Sunday 28 March 2027.
const beforeChange = { start: new Date("2027-03-22T08:30:00Z"), end: new Date("2027-03-22T09:30:00Z") };
const afterChange = { start: new Date("2027-03-29T08:30:00Z"), end: new Date("2027-03-29T09:30:00Z") };

describe("formatInZones", () => {
  it("writes a time once where the viewer's clock reads as the meeting's", () => {
    const viewer = { locale: "zh-CN", timeZone: "Asia/Shanghai" };
    expect(formatInZones(due, viewer, "Asia/Shanghai", (clock) => formatDay(due, clock))).toBe(formatDay(due, viewer));
    expect(formatInZones(due, viewer, "Asia/Singapore", (clock) => formatDay(due, clock))).toBe(formatDay(due, viewer));
    expect(describeInZones(due, viewer, "China Standard Time", (clock) => formatTime(due, clock))).toEqual({
      meeting: "11:00",
    });
  });

  it("names the meeting's zone and gives the viewer's own time beside it when the clocks differ", () => {
    const text = formatInZones(due, berlin, "Asia/Shanghai", (clock) => formatDay(due, clock));
    expect(text).toBe(
      `${formatDay(due, { locale: "zh-CN", timeZone: "Asia/Shanghai" })} ${formatZoneName(due, "Asia/Shanghai", "zh-CN")}（你的时间 ${formatDay(due, berlin)}）`,
    );
    expect(text).toBe("12月10日周四 11:00 中国标准时间（你的时间 12月10日周四 4:00）");
    const english = formatInZones(due, berlinEn, "China Standard Time", (clock) => formatDay(due, clock));
    expect(english.replace(/[\u2009\u202f]/g, " ")).toBe(
      "Thu, Dec 10, 11:00 AM China Standard Time (your time Thu, Dec 10, 4:00 AM)",
    );
  });

  it("says the viewer's date again only when their day is not the meeting's", () => {
    const late = new Date("2026-12-10T23:30:00Z");
    const write = (clock: { locale: string; timeZone: string }) => formatDay(late, clock);
    const timeOnly = (clock: { locale: string; timeZone: string }) => formatTime(late, clock);
    expect(
      formatInZones(
        due,
        berlin,
        "Asia/Shanghai",
        (c) => formatDay(due, c),
        (c) => formatTime(due, c),
      ),
    ).toBe("12月10日周四 11:00 中国标准时间（你的时间 4:00）");
    expect(formatInZones(late, berlin, "Asia/Shanghai", write, timeOnly)).toBe(
      "12月11日周五 7:30 中国标准时间（你的时间 0:30）",
    );
    expect(
      formatInZones(late, { locale: "zh-CN", timeZone: "America/New_York" }, "Asia/Shanghai", write, timeOnly),
    ).toBe("12月11日周五 7:30 中国标准时间（你的时间 12月10日周四 18:30）");
  });

  it("follows Berlin's March clock change while Shanghai's stays: 9:30 before, 10:30 after", () => {
    expect(formatOccurrenceInZones(beforeChange, berlin, "China Standard Time")).toBe(
      "3月22日周一 16:30–17:30 中国标准时间（你的时间 09:30–10:30）",
    );
    expect(formatOccurrenceInZones(afterChange, berlin, "China Standard Time")).toBe(
      "3月29日周一 16:30–17:30 中国标准时间（你的时间 10:30–11:30）",
    );
    const english = formatOccurrenceInZones(afterChange, berlinEn, "Asia/Shanghai");
    expect(english.replace(/[\u2009\u202f]/g, " ")).toBe(
      "Mon, Mar 29, 4:30 – 5:30 PM China Standard Time (your time 10:30 – 11:30 AM)",
    );
  });

  it("names a Berlin meeting's summer time for a Shanghai viewer after the change", () => {
    const berlinMeeting = new Date("2027-03-29T07:00:00Z");
    const shanghai = { locale: "zh-CN", timeZone: "Asia/Shanghai" };
    expect(formatInZones(berlinMeeting, shanghai, "W. Europe Standard Time", (c) => formatTime(berlinMeeting, c))).toBe(
      "9:00 中欧夏令时间（你的时间 15:00）",
    );
  });
});

describe("nameMeetingZone", () => {
  it("names the meeting's zone for everyone, as a card does", () => {
    expect(nameMeetingZone("16:30–17:30", beforeChange.start, "China Standard Time", "zh-CN")).toBe(
      "16:30–17:30 中国标准时间",
    );
    expect(nameMeetingZone("16:30–17:30", beforeChange.start, "Asia/Shanghai", "en-US")).toBe(
      "16:30–17:30 China Standard Time",
    );
  });
});
