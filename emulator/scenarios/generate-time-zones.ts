// Generates a tenant with a weekly meeting in every Windows time zone of CLDR's table, each
// organized by a user whose mailbox is in that zone, plus a weekly and a one-off meeting in
// Outlook's legacy custom zone (`tzone://Microsoft/Custom`), for tests that resolve every zone
// Graph can return. The result is scenario JSON, validated like a file (parseScenario).
import { customTimeZone, listWindowsZoneIds } from "../recurrence/time-zones.ts";

export interface ZoneMeeting {
  /** The meeting's zone as Graph names it. */
  timeZone: string;
  organizer: string;
  chatId: string;
  subject: string;
  /** Whether it repeats weekly (a one-off meeting otherwise). */
  isSeries: boolean;
}

const domain = "zones.example";

export function listZoneMeetings(): ZoneMeeting[] {
  const zones = [...listWindowsZoneIds(), customTimeZone];
  const meetings = zones.map((timeZone, index) => ({
    timeZone,
    organizer: `zone${String(index)}@${domain}`,
    chatId: `19:meeting_zone${String(index)}@thread.v2`,
    subject: `Weekly · ${timeZone}`,
    isSeries: true,
  }));
  const custom = meetings[meetings.length - 1];
  return custom === undefined
    ? meetings
    : [
        ...meetings,
        {
          ...custom,
          chatId: "19:meeting_zoneCustomOnce@thread.v2",
          subject: `Once · ${customTimeZone}`,
          isSeries: false,
        },
      ];
}

export function generateTimeZoneScenario(): unknown {
  const meetings = listZoneMeetings();
  const organizers = [...new Set(meetings.map((m) => m.organizer))];
  const zoneOf = new Map(meetings.map((m) => [m.organizer, m.timeZone]));
  return {
    description: "Every Windows time zone, and Outlook's legacy custom zone: one organizer and meeting each.",
    tenant: {
      id: "6f0e2c4a-7b1d-4e8f-9a3c-5d2b1e0f4a6c",
      displayName: "Zones",
      domain,
      sharePointHost: "zones.sharepoint.com",
    },
    users: organizers.map((upn, index) => ({
      id: `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
      userPrincipalName: upn,
      displayName: upn.split("@")[0] ?? upn,
      mail: upn,
      // A mailbox cannot be in a legacy custom zone; its owner's mailbox is in UTC.
      timeZone: zoneOf.get(upn) === customTimeZone ? "UTC" : zoneOf.get(upn),
    })),
    meetings: meetings.map((meeting) => ({
      id: meeting.chatId.slice("19:meeting_".length, -"@thread.v2".length),
      subject: meeting.subject,
      organizer: meeting.organizer,
      timeZone: meeting.timeZone,
      startTime: "09:30",
      endTime: "10:30",
      chatId: meeting.chatId,
      ...(meeting.isSeries
        ? {
            recurrence: {
              pattern: { type: "weekly", interval: 1, daysOfWeek: ["wednesday"], firstDayOfWeek: "monday" },
              range: { type: "noEnd", startDate: "2026-01-07" },
            },
          }
        : { date: { daysFromLoad: 2 } }),
    })),
  };
}
