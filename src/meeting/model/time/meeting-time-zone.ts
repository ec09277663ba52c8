import { findIanaTimeZone } from "@/lib/time/zoned-time";

/** The zone a meeting's own wall-clock rules count in: its start, due times, dates of action items. */
export interface MeetingTimeZone {
  /** An IANA name. */
  timeZone: string;
  /**
   * Graph's name for the meeting's zone when no table knows it — Outlook's legacy
   * `tzone://Microsoft/Custom` (https://learn.microsoft.com/graph/api/resources/event,
   * originalStartTimeZone). The meeting then counts in UTC, the same for every attendee.
   */
  unknownZone?: string;
}

/**
 * The meeting's zone from what Graph says the organizer chose — for a series
 * `recurrence.range.recurrenceTimeZone`, then `originalStartTimeZone` — and never from `start.timeZone`,
 * which is only the zone the reader asked Graph to convert into
 * (https://learn.microsoft.com/graph/api/user-list-events#support-various-time-zones).
 */
export function getMeetingTimeZone(names: readonly (string | null | undefined)[]): MeetingTimeZone {
  const given = names.filter((name): name is string => typeof name === "string" && name.trim() !== "");
  for (const name of given) {
    const timeZone = findIanaTimeZone(name);
    if (timeZone !== undefined) return { timeZone };
  }
  const [first] = given;
  return first === undefined ? { timeZone: "UTC" } : { timeZone: "UTC", unknownZone: first };
}
