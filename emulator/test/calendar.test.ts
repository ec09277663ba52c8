import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, startTestEmulator, upn } from "./support.ts";
import { formatGraphDateTime, listWindowsZoneIds, resolveTimeZone } from "../recurrence/time-zones.ts";
import type { StartedEmulator } from "../start-emulator.ts";

type Event = Record<string, unknown> & {
  id: string;
  type: string;
  subject: string;
  seriesMasterId?: string;
  originalStart?: string;
  onlineMeeting: { joinUrl: string };
  start: { dateTime: string; timeZone: string };
};
type Page = { value: Event[]; "@odata.nextLink"?: string };

let emulator: StartedEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

const window = "startDateTime=2026-11-27T00:00:00Z&endDateTime=2027-01-31T00:00:00Z";

async function findWeeklyMaster(user: string): Promise<Event> {
  const { body } = await createClient(emulator, user)<Page>("GET", "/me/events?$filter=subject eq '周例会'");
  const master = body.value[0];
  if (!master) throw new Error("no weekly meeting");
  return master;
}

describe("calendar", () => {
  it("gives each attendee their own event ids with the same join URL and iCalUId", async () => {
    const gm = await findWeeklyMaster(upn.gm);
    const ops = await findWeeklyMaster(upn.operations);
    expect(gm.id).not.toBe(ops.id);
    expect(gm.type).toBe("seriesMaster");
    expect(gm.onlineMeeting.joinUrl).toBe(ops.onlineMeeting.joinUrl);
    expect(gm.iCalUId).toBe(ops.iCalUId);
    const other = await createClient(emulator, upn.operations)("GET", `/me/events/${encodeURIComponent(gm.id)}`);
    expect(other.status).toBe(404);
  });

  it("lists the moved occurrence as an exception and omits the cancelled one", async () => {
    const call = createClient(emulator, upn.gm);
    const master = await findWeeklyMaster(upn.gm);
    expect(master.cancelledOccurrences).toEqual([`OID.${master.id}.2026-12-14`]);
    const { body } = await call<Page>(
      "GET",
      `/me/events/${encodeURIComponent(master.id)}/instances?${window}`,
      undefined,
      { prefer: 'outlook.timezone="China Standard Time"' },
    );
    const moved = body.value.find((e) => e.type === "exception");
    expect(moved).toMatchObject({
      seriesMasterId: master.id,
      originalStart: "2026-12-07T05:30:00Z",
      start: { dateTime: "2026-12-08T14:00:00.0000000", timeZone: "China Standard Time" },
    });
    expect(body.value.some((e) => e.originalStart === "2026-12-14T05:30:00Z")).toBe(false);
    expect(body.value.filter((e) => e.type === "occurrence").length).toBeGreaterThan(5);
    const exceptions = await call<Page>("GET", `/me/events/${encodeURIComponent(master.id)}/exceptionOccurrences`);
    expect(exceptions.body.value.map((e) => e.id)).toEqual([moved?.id]);
  });

  it("requires the time window and pages calendarView through an absolute nextLink", async () => {
    const call = createClient(emulator, upn.gm);
    expect((await call("GET", "/me/calendarView?startDateTime=2026-11-27T00:00:00Z")).status).toBe(400);
    const first = await call<Page>("GET", `/me/calendarView?${window}`, undefined, {
      prefer: 'outlook.timezone="China Standard Time"',
    });
    expect(first.headers.get("preference-applied")).toBe('outlook.timezone="China Standard Time"');
    expect(first.body.value).toHaveLength(10);
    expect(first.body.value.every((e) => e.type !== "seriesMaster")).toBe(true);
    const next = first.body["@odata.nextLink"] ?? "";
    expect(next.startsWith(`${emulator.graphBaseUrl}/me/calendarView?`)).toBe(true);
    const second = await call<Page>("GET", next);
    expect(second.status).toBe(200);
    const ids = new Set([...first.body.value, ...second.body.value].map((e) => e.id));
    expect(ids.size).toBe(first.body.value.length + second.body.value.length);
  });

  it("converts to every Windows zone in Prefer: outlook.timezone and refuses an undocumented name", async () => {
    const call = createClient(emulator, upn.gm);
    const master = await findWeeklyMaster(upn.gm);
    const path = `/me/events/${encodeURIComponent(master.id)}?$select=start,originalStartTimeZone`;
    const firstStartMs = Date.parse("2026-06-01T05:30:00Z");
    for (const id of listWindowsZoneIds()) {
      const { status, headers, body } = await call<Event>("GET", path, undefined, {
        prefer: `outlook.timezone="${id}"`,
      });
      expect(status, id).toBe(200);
      expect(headers.get("preference-applied")).toBe(`outlook.timezone="${id}"`);
      expect(body.start).toEqual({
        dateTime: formatGraphDateTime(firstStartMs, resolveTimeZone(id) ?? ""),
        timeZone: id,
      });
      expect(body.originalStartTimeZone).toBe("China Standard Time");
    }
    const iana = await call<Event>("GET", path, undefined, { prefer: 'outlook.timezone="Europe/Berlin"' });
    expect(iana.body.start).toEqual({ dateTime: "2026-06-01T07:30:00.0000000", timeZone: "Europe/Berlin" });
    const undocumented = await call<{ error: { code: string; message: string } }>("GET", path, undefined, {
      prefer: 'outlook.timezone="Asia/Chongqing"',
    });
    expect(undocumented.status).toBe(400);
    expect(undocumented.body.error.code).toBe("TimeZoneNotSupportedException");
    expect(undocumented.body.error.message).toContain("'Asia/Chongqing'");
    const utc = await call<Event>("GET", path);
    expect(utc.headers.get("preference-applied")).toBeNull();
    expect(utc.body.start).toEqual({ dateTime: "2026-06-01T05:30:00.0000000", timeZone: "UTC" });
  });

  it("finds the online meeting by join URL for its organizer only, and rejects other mailboxes", async () => {
    const master = await findWeeklyMaster(upn.operations);
    const path = `/me/onlineMeetings?$filter=${encodeURIComponent(`JoinWebUrl eq '${master.onlineMeeting.joinUrl}'`)}`;
    const { body } = await createClient(emulator, upn.gm)<Page>("GET", path);
    expect(body.value).toHaveLength(1);
    const call = createClient(emulator, upn.operations);
    expect((await call("GET", path)).status).toBe(403);
    expect((await call("GET", `/users/${upn.gm}/calendarView?${window}`)).status).toBe(403);
  });
});
