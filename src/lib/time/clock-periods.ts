// A repeating meeting keeps its wall-clock time in its own zone, but a viewer elsewhere sees it
// move when either zone changes to or from summer time (Shanghai 16:30 is 9:30 in Berlin in winter,
// 10:30 from the last Sunday of March). A rhythm is therefore said per period in which both clocks
// stay put: "至 3月28日：…；3月29日起：…".
import { getWallClock, toIanaTimeZone } from "./zoned-time";
import type { ViewerClock } from "./format-when";

export interface ClockPeriod<T> {
  first: T;
  last: T;
}

function getOffsetMinutes(instant: Date, timeZone: string): number {
  const w = getWallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

function describeClocks(item: { start: Date; end: Date }, meetingZone: string, viewerZone: string): string {
  const start = getWallClock(item.start, meetingZone);
  const end = getWallClock(item.end, meetingZone);
  const gap = getOffsetMinutes(item.start, viewerZone) - getOffsetMinutes(item.start, meetingZone);
  return `${String(start.hour)}:${String(start.minute)}-${String(end.hour)}:${String(end.minute)}@${String(gap)}`;
}

/**
 * Consecutive meetings grouped by what both clocks read: a new period starts where the meeting's own
 * time of day changes, or where the viewer's clock moves against it (a summer-time change in either zone).
 */
export function splitByClock<T extends { start: Date; end: Date }>(
  items: readonly T[],
  meetingTimeZone: string,
  viewerTimeZone: string,
): ClockPeriod<T>[] {
  const meetingZone = toIanaTimeZone(meetingTimeZone);
  const viewerZone = toIanaTimeZone(viewerTimeZone);
  const periods: (ClockPeriod<T> & { clocks: string })[] = [];
  for (const item of items) {
    const clocks = describeClocks(item, meetingZone, viewerZone);
    const open = periods.at(-1);
    if (open?.clocks === clocks) open.last = item;
    else periods.push({ first: item, last: item, clocks });
  }
  return periods.map(({ first, last }) => ({ first, last }));
}

function formatCalendarDay(instant: Date, timeZone: string, locale: string, dayShift: number): string {
  const w = getWallClock(instant, timeZone);
  const day = new Date(Date.UTC(w.year, w.month - 1, w.day + dayShift, 12));
  const month = locale.startsWith("zh") ? "long" : "short";
  return new Intl.DateTimeFormat(locale, { month, day: "numeric", timeZone: "UTC" }).format(day);
}

/**
 * Periods said one after another, dated on the meeting's calendar: a period runs up to the day before
 * the next one's first meeting. "至 3月28日：A；3月29日起：B" / "Until Mar 28: A; from Mar 29: B".
 * A single period is its description alone.
 */
export function formatClockPeriods<T extends { start: Date; end: Date }>(
  periods: readonly ClockPeriod<T>[],
  viewer: ViewerClock,
  meetingTimeZone: string,
  describe: (period: ClockPeriod<T>) => string,
): string {
  const zone = toIanaTimeZone(meetingTimeZone);
  const zh = viewer.locale.startsWith("zh");
  if (periods.length <= 1) return periods[0] ? describe(periods[0]) : "";
  const said = periods.map((period, index) => {
    const next = periods[index + 1];
    const from = formatCalendarDay(period.first.start, zone, viewer.locale, 0);
    const until = next ? formatCalendarDay(next.first.start, zone, viewer.locale, -1) : undefined;
    const text = describe(period);
    if (index === 0 && until !== undefined) return zh ? `至 ${until}：${text}` : `Until ${until}: ${text}`;
    if (until === undefined) return zh ? `${from}起：${text}` : `from ${from}: ${text}`;
    return zh ? `${from}至 ${until}：${text}` : `${from} – ${until}: ${text}`;
  });
  return said.join(zh ? "；" : "; ");
}
