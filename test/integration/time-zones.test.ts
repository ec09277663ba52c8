// Every zone Graph can name a meeting's in — each Windows zone of CLDR's table and Outlook's legacy
// `tzone://Microsoft/Custom` — resolved over real HTTP against the emulator, as each organizer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/start-emulator";
import { parseScenario } from "../../emulator/scenario/load";
import { listWindowsZoneIds as listEmulatorZoneIds } from "../../emulator/recurrence/time-zones";
import { generateTimeZoneScenario, listZoneMeetings } from "../../emulator/scenarios/generate-time-zones";
import { createGraphClient } from "@/lib/graph";
import { formatDay, formatInZones } from "@/lib/time/format-when";
import { findIanaTimeZone, getWallClock } from "@/lib/time/zoned-time";
import { listWindowsZoneIds } from "@/lib/time/windows-zones";
import { resolveSeries } from "@/features/series/api/resolve-series";
import { getSeriesReportDue } from "@/meeting/model/series-config/deadlines";

const now = new Date("2026-11-27T04:00:00Z");
let emulator: Awaited<ReturnType<typeof startEmulator>>;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, now: () => now, scenario: parseScenario(generateTimeZoneScenario()) });
});

afterAll(async () => {
  await emulator.close();
});

function connectAs(upn: string) {
  return createGraphClient({ baseUrl: emulator.graphBaseUrl, auth: { getToken: () => Promise.resolve(`emu:${upn}`) } });
}

describe("resolving a meeting in every time zone", () => {
  it("knows the same Windows zones as the emulator", () => {
    expect(listWindowsZoneIds()).toEqual(listEmulatorZoneIds());
    expect(listWindowsZoneIds().length).toBeGreaterThanOrEqual(139);
  });

  it("resolves each series on its own clock, and a custom zone's in UTC, without an error", async () => {
    const meetings = listZoneMeetings();
    expect(meetings.filter((m) => m.timeZone === "tzone://Microsoft/Custom")).toHaveLength(2);
    const berlin = { locale: "zh-CN", timeZone: "Europe/Berlin" };
    for (const meeting of meetings) {
      const series = await resolveSeries(connectAs(meeting.organizer), meeting.chatId, now);
      const expected = findIanaTimeZone(meeting.timeZone);
      expect(series.timeZone, meeting.timeZone).toBe(expected ?? "UTC");
      expect(series.unknownTimeZone, meeting.timeZone).toBe(expected === undefined ? meeting.timeZone : undefined);
      expect(series.recurrence.kind).toBe(meeting.isSeries ? "weekly" : "once");
      const next = series.occurrences.find((o) => o.start.getTime() > now.getTime());
      if (!next) throw new Error(`${meeting.timeZone}: no upcoming occurrence`);
      expect(getWallClock(next.start, series.timeZone), meeting.timeZone).toMatchObject({ hour: 9, minute: 30 });
      const due = getSeriesReportDue(
        next.start,
        { reportDue: { workingDaysBefore: 1, time: "18:00" } },
        series.timeZone,
      );
      expect(getWallClock(due, series.timeZone)).toMatchObject({ hour: 18, minute: 0 });
      expect(formatInZones(due, berlin, series.timeZone, (clock) => formatDay(due, clock))).toContain("18:00");
    }
  });
});
