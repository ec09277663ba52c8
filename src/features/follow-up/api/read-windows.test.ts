import { describe, expect, it } from "vitest";
import { GraphRequestError } from "@/lib/graph";
import { buildSeriesFilter, isListThresholdError, listYearWindows, splitWindow } from "./read-windows";
import type { OccurrenceWindow } from "./read-windows";

const seriesId = "19:meeting_weekly@thread.v2";

function contains(window: OccurrenceWindow, key: string): boolean {
  return (window.from === undefined || key >= window.from) && (window.to === undefined || key < window.to);
}

describe("buildSeriesFilter", () => {
  it("filters on the series alone without a window", () => {
    expect(buildSeriesFilter(seriesId)).toBe("fields/SeriesId eq '19:meeting_weekly@thread.v2'");
  });

  it("leads with the occurrence range, the first index SharePoint uses, then the series", () => {
    expect(buildSeriesFilter(seriesId, { from: "2026-01-01T00:00:00.000Z", to: "2027-01-01T00:00:00.000Z" })).toBe(
      "fields/OccurrenceKey ge '2026-01-01T00:00:00.000Z' and fields/OccurrenceKey lt '2027-01-01T00:00:00.000Z' and fields/SeriesId eq '19:meeting_weekly@thread.v2'",
    );
    expect(buildSeriesFilter(seriesId, { to: "2016-01-01T00:00:00.000Z" })).toBe(
      "fields/OccurrenceKey lt '2016-01-01T00:00:00.000Z' and fields/SeriesId eq '19:meeting_weekly@thread.v2'",
    );
  });
});

describe("listYearWindows", () => {
  const windows = listYearWindows(new Date("2026-06-15T00:00:00Z"));

  it("cuts the last ten years and the next into calendar years, with open windows before and after", () => {
    expect(windows).toHaveLength(14);
    expect(windows[0]).toEqual({ to: "2016-01-01T00:00:00.000Z" });
    expect(windows[1]).toEqual({ from: "2016-01-01T00:00:00.000Z", to: "2017-01-01T00:00:00.000Z" });
    expect(windows.at(-1)).toEqual({ from: "2028-01-01T00:00:00.000Z" });
  });

  it("puts every occurrence key in exactly one window", () => {
    for (const key of [
      "2009-03-02T05:30:00.000Z",
      "2016-01-01T00:00:00.000Z",
      "2026-12-31T23:59:59.999Z",
      "2027-01-04T05:30:00.000Z",
      "2031-05-05T01:00:00.000Z",
    ])
      expect(windows.filter((w) => contains(w, key))).toHaveLength(1);
  });
});

describe("splitWindow", () => {
  it("halves a window into two that cover it exactly", () => {
    const halves = splitWindow({ from: "2026-01-01T00:00:00.000Z", to: "2027-01-01T00:00:00.000Z" });
    expect(halves).toEqual([
      { from: "2026-01-01T00:00:00.000Z", to: "2026-07-02T12:00:00.000Z" },
      { from: "2026-07-02T12:00:00.000Z", to: "2027-01-01T00:00:00.000Z" },
    ]);
  });

  it("keeps an open end open", () => {
    const [before, after] = splitWindow({ to: "2016-01-01T00:00:00.000Z" }) ?? [];
    expect(before?.from).toBeUndefined();
    expect(after?.to).toBe("2016-01-01T00:00:00.000Z");
    expect(splitWindow({ from: "2028-01-01T00:00:00.000Z" })?.[1]).toEqual({ from: expect.any(String) as string });
  });

  it("gives up on a window of an hour or less", () => {
    expect(splitWindow({ from: "2026-11-30T05:00:00.000Z", to: "2026-11-30T06:00:00.000Z" })).toBeUndefined();
  });
});

describe("isListThresholdError", () => {
  it("knows Graph's 422 and SharePoint's wording, and nothing else", () => {
    const error = (status: number, message: string) => new GraphRequestError({ status, code: "x", message });
    expect(isListThresholdError(error(422, "The request is unprocessable because it uses too many resources"))).toBe(
      true,
    );
    expect(
      isListThresholdError(
        error(500, "The attempted operation is prohibited because it exceeds the list view threshold."),
      ),
    ).toBe(true);
    expect(isListThresholdError(error(400, "Field 'Note' cannot be referenced in filter"))).toBe(false);
    expect(isListThresholdError(new Error("exceeds the list view threshold"))).toBe(false);
  });
});
