import { describe, expect, it } from "vitest";
import { listWindowsZoneIds } from "@/lib/time/windows-zones";
import { getWallClock } from "@/lib/time/zoned-time";
import { normalizeJoinUrl } from "@/meeting/model/identity/join-url";
import { getSeriesTimeZone, mapCancelledOccurrences, mapInstance, mapRecurrence } from "./map-event";
import type { GraphEvent } from "./graph-event";

function buildMaster(overrides: Partial<GraphEvent> = {}): GraphEvent {
  return {
    id: "AAMkMaster=",
    type: "seriesMaster",
    start: { dateTime: "2026-06-01T05:30:00.0000000", timeZone: "UTC" },
    end: { dateTime: "2026-06-01T07:00:00.0000000", timeZone: "UTC" },
    originalStartTimeZone: "China Standard Time",
    recurrence: {
      pattern: { type: "weekly", interval: 1, daysOfWeek: ["monday"] },
      range: { type: "noEnd", startDate: "2026-06-01", recurrenceTimeZone: "China Standard Time" },
    },
    ...overrides,
  };
}

describe("series mapping", () => {
  it("turns a cancelled occurrence id into its original start", () => {
    const master = buildMaster({ cancelledOccurrences: ["OID.AAMkMaster=.2026-12-14"] });
    expect(mapCancelledOccurrences(master)).toEqual([
      { originalStart: new Date("2026-12-14T05:30:00Z"), durationMs: 90 * 60_000 },
    ]);
  });

  it("takes the series' zone from what the organizer chose, never from the zone a reader asked for", () => {
    // As Graph returns the master to a Berlin reader who sends Prefer: outlook.timezone="W. Europe Standard Time".
    const master = buildMaster({
      start: { dateTime: "2026-06-01T07:30:00.0000000", timeZone: "W. Europe Standard Time" },
      end: { dateTime: "2026-06-01T09:00:00.0000000", timeZone: "W. Europe Standard Time" },
      cancelledOccurrences: ["OID.AAMkMaster=.2026-12-14"],
    });
    expect(getSeriesTimeZone(master)).toEqual({ timeZone: "Asia/Shanghai" });
    expect(getSeriesTimeZone(buildMaster({ recurrence: null }))).toEqual({ timeZone: "Asia/Shanghai" });
    expect(mapInstance(master).start.toISOString()).toBe("2026-06-01T05:30:00.000Z");
    expect(mapCancelledOccurrences(master)[0]?.originalStart.toISOString()).toBe("2026-12-14T05:30:00.000Z");
  });

  it("maps a series in every Windows zone, and in Outlook's legacy custom zone, without an error", () => {
    const names = [...listWindowsZoneIds(), "tzone://Microsoft/Custom"];
    for (const name of names) {
      const master = buildMaster({
        originalStartTimeZone: name,
        recurrence: {
          pattern: { type: "weekly", interval: 1, daysOfWeek: ["monday"] },
          range: { type: "noEnd", startDate: "2026-06-01", recurrenceTimeZone: name },
        },
        cancelledOccurrences: ["OID.AAMkMaster=.2026-12-14"],
      });
      const zone = getSeriesTimeZone(master);
      expect(zone.unknownZone, name).toBe(name === "tzone://Microsoft/Custom" ? name : undefined);
      const [cancelled] = mapCancelledOccurrences(master);
      if (!cancelled) throw new Error(`${name}: the cancelled occurrence maps`);
      // The cancelled occurrence keeps the master's time of day on the series' clock.
      const masterClock = getWallClock(new Date("2026-06-01T05:30:00Z"), zone.timeZone);
      expect(getWallClock(cancelled.originalStart, zone.timeZone), name).toMatchObject({
        day: 14,
        hour: masterClock.hour,
        minute: masterClock.minute,
      });
    }
  });

  it("maps Graph recurrence patterns to rules", () => {
    expect(mapRecurrence(buildMaster().recurrence)).toEqual({ kind: "weekly", interval: 1, days: ["monday"] });
    expect(
      mapRecurrence({ pattern: { type: "absoluteMonthly", interval: 1, dayOfMonth: 3 }, range: { type: "noEnd" } }),
    ).toEqual({ kind: "monthlyOnDay", interval: 1, dayOfMonth: 3 });
    expect(mapRecurrence(null)).toEqual({ kind: "once" });
  });

  it("compares join links however they were encoded", () => {
    const raw = 'https://teams.microsoft.com/l/meetup-join/19:meeting_abc@thread.v2/0?context={"Tid":"t"}';
    expect(normalizeJoinUrl(encodeURI(raw))).toBe(normalizeJoinUrl(raw));
  });
});
