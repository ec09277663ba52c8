import { describe, expect, it } from "vitest";
import { countSequentialRoundTrips } from "./round-trips";

describe("countSequentialRoundTrips", () => {
  it("counts overlapping requests once and chained ones each", () => {
    expect(countSequentialRoundTrips([])).toBe(0);
    expect(
      countSequentialRoundTrips([
        { startedAt: 0, endedAt: 150 },
        { startedAt: 5, endedAt: 160 },
        { startedAt: 170, endedAt: 320 },
        { startedAt: 330, endedAt: 480 },
      ]),
    ).toBe(3);
  });
});
