import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../start-emulator.ts";
import type { StartedEmulator } from "../start-emulator.ts";
import { parseScenario } from "../scenario/load.ts";
import { generateTimeZoneScenario, listZoneMeetings } from "../scenarios/generate-time-zones.ts";
import { callAdmin, createClient, fixedNow } from "./support.ts";

type Event = {
  subject: string;
  type: string;
  originalStartTimeZone: string;
  start: { dateTime: string; timeZone: string };
  recurrence: { range: { recurrenceTimeZone?: string } } | null;
};

let emulator: StartedEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, now: () => fixedNow, scenario: parseScenario(generateTimeZoneScenario()) });
});
afterAll(async () => {
  await emulator.close();
});

async function listEvents(organizer: string): Promise<Event[]> {
  const { body } = await createClient(emulator, organizer)<{ value: Event[] }>(
    "GET",
    "/me/events?$select=subject,type,originalStartTimeZone,start,recurrence",
  );
  return body.value;
}

describe("time zones in scenarios", () => {
  it("hold a meeting in every Windows zone, expanded on that zone's clock", async () => {
    const korea = listZoneMeetings().find((m) => m.timeZone === "Korea Standard Time");
    if (!korea) throw new Error("the table has Korea Standard Time");
    const [event] = await listEvents(korea.organizer);
    expect(event).toMatchObject({
      type: "seriesMaster",
      originalStartTimeZone: "Korea Standard Time",
      start: { dateTime: "2026-01-07T00:30:00.0000000", timeZone: "UTC" },
      recurrence: { range: { recurrenceTimeZone: "Korea Standard Time" } },
    });
    const mailbox = await createClient(emulator, korea.organizer)<{ timeZone: string }>("GET", "/me/mailboxSettings");
    expect(mailbox.body.timeZone).toBe("Korea Standard Time");
  });

  it("report Outlook's legacy custom zone as Graph names it, its times read as UTC", async () => {
    const custom = listZoneMeetings().find((m) => m.timeZone === "tzone://Microsoft/Custom");
    if (!custom) throw new Error("the scenario has a custom-zone meeting");
    const events = await listEvents(custom.organizer);
    expect(events.map((e) => [e.type, e.originalStartTimeZone])).toEqual([
      ["seriesMaster", "tzone://Microsoft/Custom"],
      ["singleInstance", "tzone://Microsoft/Custom"],
    ]);
    expect(events[0]?.start).toEqual({ dateTime: "2026-01-07T09:30:00.0000000", timeZone: "UTC" });
  });

  it("refuse a scenario whose meeting names no zone Graph knows", async () => {
    const scenario = generateTimeZoneScenario() as { meetings: { timeZone: string }[] };
    const [first] = scenario.meetings;
    if (!first) throw new Error("the scenario has meetings");
    first.timeZone = "Mars Standard Time";
    const answer = await callAdmin(emulator, "POST", "/scenario", scenario);
    expect(answer.status).toBe(400);
    expect((answer.body.error as { message: string }).message).toContain("meetings[0].timeZone");
  });
});
