export interface Clock {
  locale: string;
  timeZone: string;
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
