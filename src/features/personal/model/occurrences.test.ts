import { describe, expect, it } from "vitest";
import { buildMonthlySeries, buildSeries, monthlyChat } from "../testing/build-my-meetings";
import { me, weeklyChat } from "@/meeting/testing/build-series-config";
import { normalizeJoinUrl } from "@/meeting/model/identity/join-url";
import { buildSeriesOccurrences, listHeldKeys, listOwedReports, matchEvents } from "./occurrences";
import type { CalendarEvent } from "./occurrences";

const weeklyUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_weekly%40thread.v2/0?context=%7b%7d";

function buildEvent(start: string, overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  const startDate = new Date(start);
  return {
    start: startDate,
    end: new Date(startDate.getTime() + 90 * 60_000),
    isCancelled: false,
    seriesMasterId: "master",
    joinUrl: weeklyUrl,
    timeZone: "China Standard Time",
    ...overrides,
  };
}

describe("matching the calendar to series", () => {
  it("matches join links however they are encoded", () => {
    expect(normalizeJoinUrl(weeklyUrl)).toBe(
      normalizeJoinUrl("https://teams.microsoft.com/l/meetup-join/19:meeting_weekly@thread.v2/0?context={}"),
    );
    const matched = matchEvents(
      new Map([[weeklyChat, "https://teams.microsoft.com/l/meetup-join/19:meeting_weekly@thread.v2/0?context={}"]]),
      [
        buildEvent("2026-12-07T05:30:00.000Z"),
        buildEvent("2026-12-08T05:30:00.000Z", { joinUrl: "https://teams.microsoft.com/l/meetup-join/other" }),
        buildEvent("2026-12-09T05:30:00.000Z", { joinUrl: undefined }),
      ],
    );
    expect([...matched.keys()]).toEqual([weeklyChat]);
    expect(matched.get(weeklyChat)).toHaveLength(1);
  });

  it("matches a meeting Teams invited to with the short link, by its meeting ID or by its chat's thread", () => {
    const shortLink = "https://teams.microsoft.com/meet/212345678901234?p=Ab3cD4eF";
    const byMeetingId = matchEvents(new Map([[weeklyChat, shortLink]]), [
      buildEvent("2026-12-07T05:30:00.000Z", { joinUrl: `${shortLink}&anon=true` }),
    ]);
    expect(byMeetingId.get(weeklyChat)).toHaveLength(1);
    const byThread = matchEvents(new Map([[weeklyChat, shortLink]]), [buildEvent("2026-12-07T05:30:00.000Z")]);
    expect(byThread.get(weeklyChat)).toHaveLength(1);
  });

  it("keys an occurrence by its original start and gives the rotation's host turn to it", () => {
    const moved = buildEvent("2026-12-15T06:00:00.000Z", { originalStart: new Date("2026-12-14T05:30:00.000Z") });
    const events = [buildEvent("2026-12-07T05:30:00.000Z"), moved];
    const heldKeys = listHeldKeys([
      buildEvent("2026-11-16T05:30:00.000Z"),
      buildEvent("2026-11-23T05:30:00.000Z"),
      buildEvent("2026-11-30T05:30:00.000Z"),
      ...events,
    ]);
    const occurrences = buildSeriesOccurrences(buildSeries(), events, {
      me,
      now: new Date("2026-12-02T02:00:00.000Z"),
      fallbackTimeZone: "Asia/Shanghai",
      heldKeys,
    });
    expect(occurrences.map((o) => [o.occurrenceKey, o.start.toISOString(), o.roles.isHost])).toEqual([
      ["2026-12-07T05:30:00.000Z", "2026-12-07T05:30:00.000Z", false],
      ["2026-12-14T05:30:00.000Z", "2026-12-15T06:00:00.000Z", true],
    ]);
  });

  it("leaves out meetings that have ended and keeps one under way", () => {
    const events = [buildEvent("2026-12-02T01:00:00.000Z"), buildEvent("2026-12-01T01:00:00.000Z")];
    const occurrences = buildSeriesOccurrences(buildSeries(), events, {
      me,
      now: new Date("2026-12-02T02:00:00.000Z"),
      fallbackTimeZone: "Asia/Shanghai",
    });
    expect(occurrences.map((o) => o.occurrenceKey)).toEqual(["2026-12-02T01:00:00.000Z"]);
  });
});

describe("listOwedReports", () => {
  it("owes one report per speaker section of each held occurrence, due by the series' rule in its zone", () => {
    const weekly = buildSeries();
    const monthly = buildMonthlySeries();
    const now = new Date("2026-12-02T02:00:00.000Z");
    const options = { me, now, fallbackTimeZone: "Asia/Shanghai" };
    const occurrences = [
      ...buildSeriesOccurrences(
        weekly,
        [buildEvent("2026-12-07T05:30:00.000Z"), buildEvent("2026-12-21T05:30:00.000Z", { isCancelled: true })],
        options,
      ),
      ...buildSeriesOccurrences(monthly, [buildEvent("2026-12-03T05:30:00.000Z", { timeZone: undefined })], options),
    ];
    const submitted = new Map([
      [`${monthlyChat}|2026-12-03T05:30:00.000Z|owners`, new Date("2026-12-01T09:00:00.000Z")],
    ]);
    const owed = listOwedReports(occurrences, new Map([weekly, monthly].map((s) => [s.seriesId, s])), submitted);
    expect(owed.map((r) => [r.seriesTitle, r.sectionId, r.due.toISOString(), r.submittedAt?.toISOString()])).toEqual([
      ["周例会", "departments", "2026-12-04T10:00:00.000Z", undefined],
      ["月例会", "owners", "2026-12-02T10:00:00.000Z", "2026-12-01T09:00:00.000Z"],
    ]);
  });
});
