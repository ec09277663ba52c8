// The signed-in user's calendar: the calendar view, a series master and its instances.
import { expect } from "vitest";
import { eventSchema, toCalendarEvent } from "@/features/personal/api/graph-shapes";
import { findMeetingEvent } from "@/features/series/api/resolve-series";
import { findOnlineMeeting } from "@/meeting/api/identity/find-online-meeting";
import { getSeriesTimeZone, mapInstance, mapPerson, mapRecurrence } from "@/features/series/api/map-event";
import type { GraphEvent } from "@/features/series/api/graph-event";
import { createDocumentedGraph } from "../support/documented-graph";
import { fixedNow } from "../support/session";
import { adaptRequest, itemsOf, responseOf } from "./types";
import type { ConformanceCase } from "./types";

const documentedEventId =
  "AAMkAGVmMDEzMTM4LTZmYWUtNDdkNC1hMDZiLTU1OGY5OTZhYmY4OABGAAAAAAAiQ8W967B7TKBjgx9rVEURBwAiIsqMbYjsT5e-T7KzowPTAAAAAAENAAAiIsqMbYjsT5e-T7KzowPTAAAa_WKzAAA=";

const documentedJoinUrl =
  "https%3A%2F%2Fteams.microsoft.com%2Fl%2Fmeetup-join%2F19%253ameeting_MGQ4MDQyNTEtNTQ2NS00YjQxLTlkM2EtZWVkODYxODYzMmY2%2540thread.v2%2F0%3Fcontext%3D%257b%2522Tid%2522%253a%2522909c6581-5130-43e9-88f3-fcb3582cde37%2522%252c%2522Oid%2522%253a%2522dc17674c-81d9-4adb-bfb2-8f6a442e4622%2522%257d";

export const calendarCases: ConformanceCase[] = [
  {
    operation: "listCalendarView",
    // The window moves from 2020 to the fortnight after the emulator's clock, where the meetings are.
    request: (_session, example) =>
      adaptRequest(example, {
        "2020-01-01T19:00:00-08:00": "2026-11-27T00:00:00-08:00",
        "2020-01-02T19:00:00-08:00": "2026-12-11T00:00:00-08:00",
      }),
    map: async (example) => {
      await expect(
        findMeetingEvent(
          createDocumentedGraph(),
          { id: "19:meeting_x@thread.v2", joinUrl: "https://teams.microsoft.com/l/meetup-join/x" },
          fixedNow,
        ),
      ).rejects.toMatchObject({ kind: "notInCalendar" });
      // The shortened example shows no start and end, which every read of ours $selects: the
      // boundary refuses the event rather than invent its time.
      const [event] = itemsOf(example);
      const parsed = eventSchema.safeParse(event);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((issue) => issue.path.join("/"))).toEqual(["start", "end"]);
      return "findMeetingEvent → notInCalendar (no join link); eventSchema refuses: no start/end shown";
    },
  },
  {
    operation: "getEvent",
    request: (session, example) =>
      adaptRequest(example, { [documentedEventId]: encodeURIComponent(session.ids.masterEventId) }),
    deviations: {
      "calendar@odata.associationLink":
        "OData control information for the calendar navigation: the emulator emits no association links and the app follows none",
      "calendar@odata.navigationLink":
        "OData control information for the calendar navigation: the emulator emits no navigation links and the app follows none",
    },
    map: (example) => {
      const event = responseOf(example) as unknown as GraphEvent;
      const instance = mapInstance(event);
      expect(instance.start.toISOString()).toBe("2014-11-03T17:00:00.000Z");
      expect(instance.end.toISOString()).toBe("2014-11-03T17:30:00.000Z");
      expect(mapPerson(event.organizer?.emailAddress)).toEqual({
        name: "Engineering",
        email: "engineering@M365x214355.onmicrosoft.com",
      });
      expect((event.attendees ?? []).map((a) => mapPerson(a.emailAddress).name)).toEqual([
        "Engineering",
        "Irvin Sayers",
      ]);
      expect(mapRecurrence(event.recurrence)).toEqual({ kind: "once" });
      expect(getSeriesTimeZone(event)).toEqual({ timeZone: "UTC" });
      expect(toCalendarEvent(eventSchema.parse(event)).start).toEqual(instance.start);
      return "mapInstance → 17:00–17:30 UTC, a one-off; organizer and 2 attendees by address";
    },
  },
  {
    operation: "listEventInstances",
    request: (session, example) =>
      adaptRequest(example, {
        [documentedEventId]: encodeURIComponent(session.ids.masterEventId),
        "2019-04-08T09:00:00.0000000": "2026-11-20T09:00:00.0000000",
        "2019-04-30T09:00:00.0000000": "2026-12-31T09:00:00.0000000",
      }),
    map: (example) => {
      const events = itemsOf(example) as unknown as GraphEvent[];
      expect(events.map((e) => mapInstance(e).type)).toEqual(["exception", "occurrence", "occurrence", "occurrence"]);
      const calendar = events.map((e) => toCalendarEvent(eventSchema.parse(e)));
      expect(calendar.map((e) => e.seriesMasterId)).toEqual(Array(4).fill("AAMkAGUzYRgWAAA="));
      expect(calendar[0]?.start.toISOString()).toBe("2019-04-16T20:30:00.000Z");
      return "mapInstance → 1 exception + 3 occurrences; toCalendarEvent keeps the series master id";
    },
  },
  {
    operation: "getOnlineMeeting",
    request: async (session, example) => {
      // The weekly meeting's own link, from its chat: the look-up answers its organizer.
      const chat = await session.call({
        method: "GET",
        path: `/chats/${encodeURIComponent(session.ids.chatId)}?$select=onlineMeetingInfo`,
      });
      const joinUrl = String(
        ((chat.body as Record<string, unknown>).onlineMeetingInfo as Record<string, unknown>).joinWebUrl,
      );
      return adaptRequest(example, { [documentedJoinUrl]: encodeURIComponent(joinUrl) });
    },
    deviations: {
      "value[]/participants/producers":
        "not declared on meetingParticipants in Graph's v1.0 metadata; the emulator sends declared properties only",
      "value[]/participants/contributors":
        "not declared on meetingParticipants in Graph's v1.0 metadata; the emulator sends declared properties only",
    },
    map: async () => {
      const keys = await findOnlineMeeting(createDocumentedGraph(), "https://teams.microsoft.com/l/meetup-join/x");
      expect(keys?.joinMeetingId).toBe("1234567890");
      return `findOnlineMeeting → meeting ID ${keys?.joinMeetingId ?? "none"}`;
    },
  },
];
