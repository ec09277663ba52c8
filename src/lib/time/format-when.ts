import { getWallClock, toIanaTimeZone } from "./zoned-time";

export interface ViewerClock {
  locale: string;
  timeZone: string;
}

// Building an Intl.DateTimeFormat costs far more than formatting with one (ICU loads the locale's
// patterns each time), and a series' first screen writes dozens of times: one formatter per locale,
// zone and kind, built on first use.
const formatters = new Map<string, Intl.DateTimeFormat>();

function getFormatter(kind: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${kind}|${locale}|${options.timeZone ?? ""}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

function getDateFormat(viewer: ViewerClock): Intl.DateTimeFormat {
  // zh-CN writes "12月8日周二" only with a long month; a short one gives "12/8周二".
  const month = viewer.locale.startsWith("zh") ? "long" : "short";
  return getFormatter("date", viewer.locale, { timeZone: viewer.timeZone, weekday: "short", month, day: "numeric" });
}

function formatDate(instant: Date, viewer: ViewerClock): string {
  return getDateFormat(viewer).format(instant);
}

function getTimeFormat(viewer: ViewerClock): Intl.DateTimeFormat {
  return getFormatter("time", viewer.locale, { timeZone: viewer.timeZone, hour: "numeric", minute: "2-digit" });
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
  const parts = getFormatter("zone", locale, { timeZone, timeZoneName: "long" }).formatToParts(instant);
  return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}

/** Whether two zones' clocks read alike at an instant (Shanghai and Singapore do, Shanghai and Berlin don't). */
export function isSameClock(instant: Date, a: string, b: string): boolean {
  const left = getWallClock(instant, a);
  const right = getWallClock(instant, b);
  return left.day === right.day && left.hour === right.hour && left.minute === right.minute;
}

function isSameDay(instant: Date, a: string, b: string): boolean {
  const left = getWallClock(instant, a);
  const right = getWallClock(instant, b);
  return left.year === right.year && left.month === right.month && left.day === right.day;
}

/** "你的时间 9:30" / "your time 9:30 AM": the viewer's own clock beside the meeting's. */
export function formatYourTime(text: string, locale: string): string {
  return locale.startsWith("zh") ? `你的时间 ${text}` : `your time ${text}`;
}

/** A text on the meeting's clock with the zone named: "16:30–17:30 中国标准时间" (cards name it for everyone). */
export function nameMeetingZone(text: string, at: Date, meetingTimeZone: string, locale: string): string {
  return `${text} ${formatZoneName(at, toIanaTimeZone(meetingTimeZone), locale)}`;
}

/** The pieces of a meeting's time for one viewer; `zoneName` and `yourTime` only where the clocks differ. */
export interface TimeInZones {
  /** On the meeting's clock (on the viewer's, where both read alike). */
  meeting: string;
  /** The meeting's zone in the viewer's language, at that instant. */
  zoneName?: string;
  /** "你的时间 …" / "your time …": the same instant on the viewer's clock. */
  yourTime?: string;
}

/**
 * A meeting's time for a viewer, in parts. `write` formats it on a given clock; `writeSameDay`, when
 * given, writes the viewer's side where the viewer's calendar day is the meeting's (the time alone, so
 * the date is not said twice). `at` names the zone (standard or summer time) and decides whether the
 * clocks differ. The meeting's zone may be a Windows or IANA name; one no table knows counts as UTC.
 */
export function describeInZones(
  at: Date,
  viewer: ViewerClock,
  meetingTimeZone: string,
  write: (clock: ViewerClock) => string,
  writeSameDay?: (clock: ViewerClock) => string,
): TimeInZones {
  const meetingZone = toIanaTimeZone(meetingTimeZone);
  if (isSameClock(at, viewer.timeZone, meetingZone)) return { meeting: write(viewer) };
  const own = writeSameDay && isSameDay(at, viewer.timeZone, meetingZone) ? writeSameDay(viewer) : write(viewer);
  return {
    meeting: write({ locale: viewer.locale, timeZone: meetingZone }),
    zoneName: formatZoneName(at, meetingZone, viewer.locale),
    yourTime: formatYourTime(own, viewer.locale),
  };
}

/**
 * The one way every screen writes a meeting's time (docs/domain.md §10). Where the viewer's clock
 * reads as the meeting's, it is written once, on the viewer's clock; elsewhere on the meeting's clock
 * with its zone named, then the viewer's own time in brackets:
 * "12月10日周四 11:00 中国标准时间（你的时间 4:00）" / "Thu, Dec 10, 11:00 AM China Standard Time (your time 4:00 AM)".
 */
export function formatInZones(
  at: Date,
  viewer: ViewerClock,
  meetingTimeZone: string,
  write: (clock: ViewerClock) => string,
  writeSameDay?: (clock: ViewerClock) => string,
): string {
  const parts = describeInZones(at, viewer, meetingTimeZone, write, writeSameDay);
  if (parts.zoneName === undefined || parts.yourTime === undefined) return parts.meeting;
  const named = `${parts.meeting} ${parts.zoneName}`;
  return viewer.locale.startsWith("zh") ? `${named}（${parts.yourTime}）` : `${named} (${parts.yourTime})`;
}

/** "14:00–15:30" / "2:00 – 3:30 PM" on a clock, without the date. */
export function formatTimeRange(start: Date, end: Date, clock: ViewerClock): string {
  return getTimeFormat(clock).formatRange(start, end);
}

/** "14:00" / "2:00 PM" on a clock. */
export function formatTime(instant: Date, clock: ViewerClock): string {
  return getTimeFormat(clock).format(instant);
}

/** An occurrence for a viewer: "12月10日周四 16:30–17:30 中国标准时间（你的时间 9:30–10:30）". */
export function formatOccurrenceInZones(
  occurrence: { start: Date; end: Date },
  viewer: ViewerClock,
  meetingTimeZone: string,
): string {
  return formatInZones(
    occurrence.start,
    viewer,
    meetingTimeZone,
    (clock) => formatOccurrenceTime(occurrence.start, occurrence.end, clock),
    (clock) => formatTimeRange(occurrence.start, occurrence.end, clock),
  );
}
