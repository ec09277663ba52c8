import { describe, expect, it } from "vitest";
import { computeCountdown, findScheduledItem } from "./countdown";

const endsAt = new Date("2026-11-30T05:45:00.000Z");

describe("computeCountdown", () => {
  it("counts down in mm:ss and then counts overtime up", () => {
    expect(computeCountdown(endsAt, new Date("2026-11-30T05:30:00.000Z"))).toEqual({
      remainingSeconds: 900,
      isOvertime: false,
      label: "15:00",
    });
    expect(computeCountdown(endsAt, new Date("2026-11-30T05:44:59.500Z"))).toMatchObject({
      remainingSeconds: 1,
      label: "00:01",
    });
    expect(computeCountdown(endsAt, endsAt)).toMatchObject({ isOvertime: false, label: "00:00" });
    expect(computeCountdown(endsAt, new Date("2026-11-30T05:48:10.000Z"))).toEqual({
      remainingSeconds: -190,
      isOvertime: true,
      label: "+03:10",
    });
  });
});

describe("findScheduledItem", () => {
  const items = [
    { id: "a", minutes: 15 },
    { id: "b", minutes: 10 },
  ];
  const start = new Date("2026-11-30T05:30:00.000Z");

  it("follows the time boxes from the start and stays on the last item after", () => {
    expect(findScheduledItem(items, start, new Date("2026-11-30T05:20:00.000Z"))).toEqual({
      index: 0,
      startsAt: start,
    });
    expect(findScheduledItem(items, start, new Date("2026-11-30T05:46:00.000Z"))).toEqual({
      index: 1,
      startsAt: new Date("2026-11-30T05:45:00.000Z"),
    });
    expect(findScheduledItem(items, start, new Date("2026-11-30T07:00:00.000Z"))?.index).toBe(1);
    expect(findScheduledItem([], start, start)).toBeUndefined();
  });
});
