import { describe, expect, it } from "vitest";
import { buildOccurrence, buildSeries } from "../testing/build-series";
import { describeRhythm } from "./rhythm";

// Shanghai Mondays 16:30–17:30 in March 2027; Europe moves its clocks on Sunday 28 March.
const marchSeries = buildSeries({
  occurrences: ["2027-03-15", "2027-03-22", "2027-03-29", "2027-04-05"].map((day) =>
    buildOccurrence(`${day}T08:30:00Z`, { end: new Date(`${day}T09:30:00Z`) }),
  ),
});
const now = new Date("2027-03-10T00:00:00Z");

describe("describeRhythm", () => {
  it("says a Shanghai meeting's Berlin time per period either side of Europe's March clock change", () => {
    expect(describeRhythm(marchSeries, now, { locale: "zh-CN", timeZone: "Europe/Berlin" })).toBe(
      "至 3月28日：每周一 16:30–17:30 中国标准时间（你的时间 09:30–10:30）；3月29日起：每周一 16:30–17:30 中国标准时间（你的时间 10:30–11:30）",
    );
    expect(
      describeRhythm(marchSeries, now, { locale: "en-US", timeZone: "Europe/Berlin" }).replace(/[\u2009\u202f]/g, " "),
    ).toBe(
      "Until Mar 28: Every Monday 4:30 – 5:30 PM China Standard Time (your time 9:30 – 10:30 AM); from Mar 29: Every Monday 4:30 – 5:30 PM China Standard Time (your time 10:30 – 11:30 AM)",
    );
  });

  it("says it once, without zones, to a viewer on the meeting's clock", () => {
    expect(describeRhythm(marchSeries, now, { locale: "zh-CN", timeZone: "Asia/Shanghai" })).toBe("每周一 16:30–17:30");
  });

  it("leaves out moved and cancelled meetings and those already over", () => {
    expect(
      describeRhythm(buildSeries(), new Date("2026-12-01T00:00:00Z"), { locale: "zh-CN", timeZone: "Asia/Shanghai" }),
    ).toBe("每周一 13:30–15:00");
  });
});
