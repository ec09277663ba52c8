import { describe, expect, it } from "vitest";
import { formatDay, formatInZones, formatZoneName } from "./format-when";

const due = new Date("2026-12-10T03:00:00Z");

describe("formatInZones", () => {
  it("writes a time once where the viewer's clock reads as the meeting's", () => {
    const viewer = { locale: "zh-CN", timeZone: "Asia/Shanghai" };
    expect(formatInZones(due, viewer, "Asia/Shanghai", (clock) => formatDay(due, clock))).toBe(formatDay(due, viewer));
    expect(formatInZones(due, viewer, "Asia/Singapore", (clock) => formatDay(due, clock))).toBe(formatDay(due, viewer));
  });

  it("names the meeting's zone first and the viewer's own clock after it when they differ", () => {
    const berlin = { locale: "zh-CN", timeZone: "Europe/Berlin" };
    const text = formatInZones(due, berlin, "Asia/Shanghai", (clock) => formatDay(due, clock));
    expect(text).toBe(
      `${formatDay(due, { locale: "zh-CN", timeZone: "Asia/Shanghai" })} ${formatZoneName(due, "Asia/Shanghai", "zh-CN")}（${formatDay(due, berlin)} ${formatZoneName(due, "Europe/Berlin", "zh-CN")}）`,
    );
    expect(text).toMatch(/^12月10日周四 11:00 中国标准时间（12月10日周四 4:00 中欧标准时间）$/);
    const english = formatInZones(due, { locale: "en-US", timeZone: "Europe/Berlin" }, "Asia/Shanghai", (clock) =>
      formatDay(due, clock),
    );
    expect(english).toMatch(/^Thu, Dec 10, 11:00 AM .+ \(Thu, Dec 10, 4:00 AM .+\)$/);
  });
});
