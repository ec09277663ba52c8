import { describe, expect, it } from "vitest";
import { buildRecordFilter } from "./records";

const seriesId = "19:meeting_weekly@thread.v2";

describe("buildRecordFilter", () => {
  it("leads with the occurrence, then the person, then the series: SharePoint reads by the first index", () => {
    expect(
      buildRecordFilter({ seriesId, occurrenceKey: "2026-11-30T05:30:00.000Z", owner: "li.na@yunzhan.example" }),
    ).toBe(
      "fields/OccurrenceKey eq '2026-11-30T05:30:00.000Z' and fields/Owner eq 'li.na@yunzhan.example' and fields/SeriesId eq '19:meeting_weekly@thread.v2'",
    );
    expect(buildRecordFilter({ seriesId, owner: "o'brien@yunzhan.example" })).toBe(
      "fields/Owner eq 'o''brien@yunzhan.example' and fields/SeriesId eq '19:meeting_weekly@thread.v2'",
    );
    expect(buildRecordFilter({ seriesId })).toBe("fields/SeriesId eq '19:meeting_weekly@thread.v2'");
  });
});
