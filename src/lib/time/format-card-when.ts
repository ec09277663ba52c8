// The one way the cards Meetloop posts to the meeting chat write dates and times (docs/domain.md §10).
// A card is read by every attendee, wherever they are, so it says the meeting's own clock and names
// its zone. The form is spelled out here rather than left to ICU, whose Chinese short dates ("12/7周一")
// and English spaces (U+202F before "PM" in newer versions) differ between browsers:
//   zh-CN  "12月7日（周一）14:00–15:30 中国标准时间", a due date "12月7日（周一）", an item "14:10"
//   en-US  "Mon, Dec 7, 2:00–3:30 PM China Standard Time", a due date "Mon, Dec 7", an item "2:10 PM"
import { formatZoneName } from "./format-when";
import { getWallClock, toIanaTimeZone } from "./zoned-time";

export type CardLanguage = "zh-CN" | "en-US";

/** A meeting's time on a card, in two parts that `joinCardWhen` puts together. */
export interface CardWhen {
  /** "12月7日（周一）" / "Mon, Dec 7" */
  date: string;
  /** "14:00–15:30 中国标准时间" / "2:00–3:30 PM China Standard Time" */
  time: string;
}

const ZH_WEEKDAYS = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];
const EN_WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function writeDate(year: number, month: number, day: number, language: CardLanguage, withYear = false): string {
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return language === "zh-CN"
    ? `${withYear ? `${year}年` : ""}${month}月${day}日（${ZH_WEEKDAYS[weekday] ?? ""}）`
    : `${EN_WEEKDAYS[weekday] ?? ""}, ${EN_MONTHS[month - 1] ?? ""} ${day}${withYear ? `, ${year}` : ""}`;
}

function writeClock(minutesOfDay: number, language: CardLanguage, withPeriod = true): string {
  const minutes = ((minutesOfDay % 1440) + 1440) % 1440;
  const hour = Math.floor(minutes / 60);
  const mm = String(minutes % 60).padStart(2, "0");
  if (language === "zh-CN") return `${String(hour).padStart(2, "0")}:${mm}`;
  const clock = `${hour % 12 === 0 ? 12 : hour % 12}:${mm}`;
  return withPeriod ? `${clock} ${hour < 12 ? "AM" : "PM"}` : clock;
}

function minutesOfDay(instant: Date, timeZone: string): number {
  const wall = getWallClock(instant, timeZone);
  return wall.hour * 60 + wall.minute;
}

/**
 * The meeting's date and time range on its own clock, its zone named. `withYear` is for what is kept
 * beyond the week (the minutes document): "2026年12月7日（周一）" / "Mon, Dec 7, 2026".
 */
export function describeCardWhen(
  start: Date,
  end: Date,
  meetingTimeZone: string,
  language: CardLanguage,
  options: { withYear?: boolean } = {},
): CardWhen {
  const zone = toIanaTimeZone(meetingTimeZone);
  const wall = getWallClock(start, zone);
  const from = minutesOfDay(start, zone);
  const to = minutesOfDay(end, zone);
  // "2:00–3:30 PM" says the period once when both ends share it, as English writes a range.
  const samePeriod = from < 720 === to < 720;
  const range = `${writeClock(from, language, language === "zh-CN" || !samePeriod)}–${writeClock(to, language)}`;
  return {
    date: writeDate(wall.year, wall.month, wall.day, language, options.withYear),
    time: `${range} ${formatZoneName(start, zone, language)}`,
  };
}

/** "12月7日（周一）14:00–15:30 中国标准时间" / "Mon, Dec 7, 2:00–3:30 PM China Standard Time". */
export function joinCardWhen(when: CardWhen, language: CardLanguage): string {
  return language === "zh-CN" ? `${when.date}${when.time}` : `${when.date}, ${when.time}`;
}

/** A calendar day stored as YYYY-MM-DD (a due date): "12月7日（周一）" / "Mon, Dec 7"; anything else as given. */
export function formatCardDay(isoDate: string, language: CardLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  return writeDate(Number(match[1]), Number(match[2]), Number(match[3]), language);
}

/** An instant on the meeting's clock, without the date: "14:10" / "2:10 PM". */
export function formatCardClock(instant: Date, meetingTimeZone: string, language: CardLanguage): string {
  return writeClock(minutesOfDay(instant, toIanaTimeZone(meetingTimeZone)), language);
}
