import { describe, expect, it } from "vitest";
import { describeCardWhen, formatCardClock, formatCardDay, joinCardWhen } from "./format-card-when";

// 2026-12-07 is a Monday; 14:00–15:30 in Shanghai is 06:00–07:30 UTC.
const start = new Date("2026-12-07T06:00:00Z");
const end = new Date("2026-12-07T07:30:00Z");

describe("describeCardWhen", () => {
  it("writes the date with its weekday and the range on the meeting's clock, its zone named", () => {
    expect(joinCardWhen(describeCardWhen(start, end, "China Standard Time", "zh-CN"), "zh-CN")).toBe(
      "12月7日（周一）14:00–15:30 中国标准时间",
    );
    expect(joinCardWhen(describeCardWhen(start, end, "China Standard Time", "en-US"), "en-US")).toBe(
      "Mon, Dec 7, 2:00–3:30 PM China Standard Time",
    );
  });

  it("uses the meeting's zone, not the machine's, and names summer time", () => {
    const berlin = describeCardWhen(
      new Date("2027-03-29T07:00:00Z"),
      new Date("2027-03-29T08:00:00Z"),
      "W. Europe Standard Time",
      "zh-CN",
    );
    expect(berlin).toEqual({ date: "3月29日（周一）", time: "09:00–10:00 中欧夏令时间" });
  });

  it("says both periods in English when the range crosses noon, and the year where asked", () => {
    const late = describeCardWhen(
      new Date("2026-12-07T03:30:00Z"),
      new Date("2026-12-07T04:30:00Z"),
      "Asia/Shanghai",
      "en-US",
      { withYear: true },
    );
    expect(late).toEqual({ date: "Mon, Dec 7, 2026", time: "11:30 AM–12:30 PM China Standard Time" });
    expect(describeCardWhen(start, end, "Asia/Shanghai", "zh-CN", { withYear: true }).date).toBe(
      "2026年12月7日（周一）",
    );
  });
});

describe("formatCardDay and formatCardClock", () => {
  it("write a due day and an item's start in the same form", () => {
    expect(formatCardDay("2026-12-07", "zh-CN")).toBe("12月7日（周一）");
    expect(formatCardDay("2026-12-07", "en-US")).toBe("Mon, Dec 7");
    expect(formatCardDay("next week", "en-US")).toBe("next week");
    expect(formatCardClock(start, "China Standard Time", "zh-CN")).toBe("14:00");
    expect(formatCardClock(new Date("2026-12-06T16:05:00Z"), "Asia/Shanghai", "en-US")).toBe("12:05 AM");
  });
});
