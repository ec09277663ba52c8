import { describe, expect, it } from "vitest";
import { normalizeJoinUrl } from "@/meeting/model/identity/join-url";
import { mapCancelledOccurrences, mapRecurrence } from "./map-event";
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
