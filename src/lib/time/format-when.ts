import { getWallClock, toIanaTimeZone } from "./zoned-time";

export interface ViewerClock {
  locale: string;
  timeZone: string;
}

function formatDate(instant: Date, viewer: ViewerClock): string {
  // zh-CN writes "12月8日周二" only with a long month; a short one gives "12/8周二".
  const month = viewer.locale.startsWith("zh") ? "long" : "short";
  return new Intl.DateTimeFormat(viewer.locale, {
    timeZone: viewer.timeZone,
    weekday: "short",
    month,
    day: "numeric",
  }).format(instant);
}

function getTimeFormat(viewer: ViewerClock): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(viewer.locale, { timeZone: viewer.timeZone, hour: "numeric", minute: "2-digit" });
}

function getSeparator(viewer: ViewerClock): string {
  return viewer.locale.startsWith("zh") ? " " : ", ";
}

/**
 * "12月8日周二 14:00–15:30" / "Tue, Dec 8, 2:00 – 3:30 PM", in the viewer's locale and zone. ICU's
 * own date range format falls back to "12/8周二" in Chinese, so the date and the times are joined here.
 */
export function formatOccurrenceTime(start: Date, end: Date, viewer: ViewerClock): string {
  return `${formatDate(start, viewer)}${getSeparator(viewer)}${getTimeFormat(viewer).formatRange(start, end)}`;
}

export function formatDay(instant: Date, viewer: ViewerClock): string {
  return `${formatDate(instant, viewer)}${getSeparator(viewer)}${getTimeFormat(viewer).format(instant)}`;
}

/** A due date stored as YYYY-MM-DD or ISO (Planner shows due dates as days). */
export function formatDueDate(iso: string, viewer: ViewerClock): string {
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? iso : formatDate(instant, viewer);
}

/** A zone's name in the viewer's language at an instant: "中国标准时间", "Central European Summer Time". */
export function formatZoneName(instant: Date, timeZone: string, locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "long" }).formatToParts(instant);
  return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}

/** Whether two zones' clocks read alike at an instant (Shanghai and Singapore do, Shanghai and Berlin don't). */
export function isSameClock(instant: Date, a: string, b: string): boolean {
  const left = getWallClock(instant, a);
  const right = getWallClock(instant, b);
  return left.day === right.day && left.hour === right.hour && left.minute === right.minute;
}

/**
 * A meeting's time for a viewer. `write` formats it on a given clock. Where the viewer's clock reads
 * as the meeting's, it is written once, on the viewer's clock; elsewhere it is written in the
 * meeting's zone with that zone named, then on the viewer's clock, named, in brackets:
 * "12月10日周四 11:00 中国标准时间（12月10日周四 04:00 中欧标准时间）". `at` names the zones
 * (standard or summer time) and decides whether the clocks differ. The meeting's zone may be a
 * Windows or IANA name; one no table knows counts as UTC.
 */
export function formatInZones(
  at: Date,
  viewer: ViewerClock,
  meetingTimeZone: string,
  write: (clock: ViewerClock) => string,
): string {
  const meetingZone = toIanaTimeZone(meetingTimeZone);
  if (isSameClock(at, viewer.timeZone, meetingZone)) return write(viewer);
  const meeting = `${write({ locale: viewer.locale, timeZone: meetingZone })} ${formatZoneName(at, meetingZone, viewer.locale)}`;
  const own = `${write(viewer)} ${formatZoneName(at, viewer.timeZone, viewer.locale)}`;
  return viewer.locale.startsWith("zh") ? `${meeting}（${own}）` : `${meeting} (${own})`;
}
