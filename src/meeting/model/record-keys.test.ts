// The formats are stored in customers' SharePoint lists: this pins them, so a change is deliberate.
import { describe, expect, it } from "vitest";
import {
  getAgendaKey,
  getConfirmationKey,
  getHelpActionId,
  getLeaveKey,
  getMinutesKey,
  getReportKey,
  getReviewKey,
  getSeriesConfigKey,
  getTopicKey,
} from "./record-keys";

const seriesId = "19:meeting_weekly@thread.v2";
const occurrenceKey = "2026-12-07T05:30:00.000Z";

describe("record keys", () => {
  it("keep the formats records were written with", () => {
    expect(getSeriesConfigKey(seriesId)).toBe("series|19:meeting_weekly@thread.v2");
    expect(getAgendaKey(seriesId, occurrenceKey)).toBe(`agenda|${seriesId}|${occurrenceKey}`);
    expect(getTopicKey(seriesId, "t1")).toBe(`topic|${seriesId}|t1`);
    expect(getMinutesKey(seriesId, occurrenceKey)).toBe(`minutes|${seriesId}|${occurrenceKey}`);
    expect(getReviewKey(seriesId, "a1", occurrenceKey)).toBe(`review|${seriesId}|a1|${occurrenceKey}`);
    expect(getHelpActionId({ reportKey: "report|x", index: 2 })).toBe("help|report|x|2");
  });

  it("lower-case the person, so one speaker has one report whatever the case of the name", () => {
    const parts = { seriesId, occurrenceKey, sectionId: "depts" };
    expect(getReportKey({ ...parts, person: "Li.Na@Contoso.com" })).toBe(
      `report|${seriesId}|${occurrenceKey}|depts|li.na@contoso.com`,
    );
    expect(getConfirmationKey(seriesId, occurrenceKey, "Li.Na@Contoso.com")).toBe(
      `confirm|${seriesId}|${occurrenceKey}|li.na@contoso.com`,
    );
    expect(getLeaveKey(seriesId, occurrenceKey, "LI.NA@contoso.com")).toBe(
      `leave|${seriesId}|${occurrenceKey}|li.na@contoso.com`,
    );
  });
});
