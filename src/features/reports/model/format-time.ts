import { formatInZones } from "@/lib/time/format-when";

export interface Clock {
  locale: string;
  /** The viewer's zone. */
  timeZone: string;
  /** The meeting's own zone, in which its due times are set; the viewer's when absent. */
  meetingTimeZone?: string;
}

/** "14:05" / "2:05 PM" in the viewer's zone. */
export function formatClockTime(date: Date, clock: Clock): string {
  return new Intl.DateTimeFormat(clock.locale, { hour: "numeric", minute: "2-digit", timeZone: clock.timeZone }).format(
    date,
  );
}

/** "11月28日 14:05" / "Nov 28, 2:05 PM" in the viewer's zone. */
export function formatDayAndTime(date: Date, clock: Clock): string {
  return new Intl.DateTimeFormat(clock.locale, {
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone: clock.timeZone,
  }).format(date);
}

function dayOf(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone }).format(date);
}

/** The time alone when `date` is on the same day as `now` in the viewer's zone, else day and time. */
export function formatRecent(date: Date, clock: Clock, now: Date): string {
  return dayOf(date, clock.timeZone) === dayOf(now, clock.timeZone)
    ? formatClockTime(date, clock)
    : formatDayAndTime(date, clock);
}

/** A due time set in the meeting's zone: both zones named when the viewer's clock reads otherwise. */
export function formatDeadline(date: Date, clock: Clock): string {
  const { meetingTimeZone } = clock;
  return meetingTimeZone === undefined
    ? formatDayAndTime(date, clock)
    : formatInZones(
        date,
        clock,
        meetingTimeZone,
        (zone) => formatDayAndTime(date, zone),
        (zone) => formatClockTime(date, zone),
      );
}
