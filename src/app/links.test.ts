import { describe, expect, it } from "vitest";
import { readRequestedTarget } from "./links";

describe("readRequestedTarget", () => {
  it("reads the view and meeting from a Teams deep link's subPageId first", () => {
    expect(readRequestedTarget("?view=agenda", "minutes|2026-11-30T05:30:00.000Z")).toEqual({
      view: "minutes",
      occurrenceKey: "2026-11-30T05:30:00.000Z",
    });
  });

  it("falls back to the page URL, and ignores a view it does not know", () => {
    expect(readRequestedTarget("?view=report&occurrence=2026-12-07T05:30:00.000Z", undefined)).toEqual({
      view: "report",
      occurrenceKey: "2026-12-07T05:30:00.000Z",
    });
    expect(readRequestedTarget("?view=nonsense", undefined)).toEqual({});
  });
});
