import { getInstantFromWallClock, getWallClock } from "@/lib/time/zoned-time";

/** A series' working hours, in the meeting's own zone (docs/domain.md, Working time). */
export interface WorkingTime {
  /** 0 = Sunday … 6 = Saturday. */
  weekdays: readonly number[];
  /** `HH:MM`. */
  start: string;
  end: string;
  /** Whose public holidays and makeup working days (调休) apply. */
  publicHolidays: "cn-mainland" | "none";
}

export const defaultWorkingTime: WorkingTime = {
  weekdays: [1, 2, 3, 4, 5],
  start: "09:00",
  end: "18:00",
  publicHolidays: "cn-mainland",
};

/** Days off and makeup working days, each `YYYY-MM-DD`. */
export interface HolidayCalendar {
  holidays: ReadonlySet<string>;
  makeupWorkdays: ReadonlySet<string>;
}

export const noHolidays: HolidayCalendar = { holidays: new Set(), makeupWorkdays: new Set() };

/** Working hours resolved for counting: minutes of the day, and the holidays that apply. */
export interface WorkingCalendar {
  weekdays: ReadonlySet<number>;
  startMinute: number;
  endMinute: number;
  holidays: HolidayCalendar;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** Minutes since midnight of `HH:MM`, or undefined when the text is no time of day. */
export function parseTimeOfDay(text: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour <= 24 && minute < 60 && hour * 60 + minute <= 1440 ? hour * 60 + minute : undefined;
}

/**
 * The calendar deadlines count in. Settings that cannot be counted in — no working weekday, an end
 * not after the start — fall back to the default hours rather than leaving a deadline undefined.
 */
export function getWorkingCalendar(workingTime: WorkingTime, holidays: HolidayCalendar): WorkingCalendar {
  const start = parseTimeOfDay(workingTime.start);
  const end = parseTimeOfDay(workingTime.end);
  const isCountable = workingTime.weekdays.length > 0 && start !== undefined && end !== undefined && end > start;
  const hours = isCountable ? workingTime : defaultWorkingTime;
  return {
    weekdays: new Set(hours.weekdays),
    startMinute: parseTimeOfDay(hours.start) ?? 540,
    endMinute: parseTimeOfDay(hours.end) ?? 1080,
    holidays: workingTime.publicHolidays === "none" ? noHolidays : holidays,
  };
}

/** Minutes of working time in one working day (9 × 60 by default). */
export function getWorkingDayMinutes(calendar: WorkingCalendar): number {
  return calendar.endMinute - calendar.startMinute;
}

export function formatCivilDate({ year, month, day }: CivilDate): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A makeup working day (调休) works even on a weekend; a public holiday is off even on a weekday. */
export function isWorkingDay(calendar: WorkingCalendar, date: CivilDate): boolean {
  const key = formatCivilDate(date);
  if (calendar.holidays.makeupWorkdays.has(key)) return true;
  if (calendar.holidays.holidays.has(key)) return false;
  return calendar.weekdays.has(new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay());
}

function getDayBefore({ year, month, day }: CivilDate): CivilDate {
  const before = new Date(Date.UTC(year, month - 1, day - 1));
  return { year: before.getUTCFullYear(), month: before.getUTCMonth() + 1, day: before.getUTCDate() };
}

// Long enough to cross any holiday; a calendar with no working day at all stops here.
const maxDaysBack = 400;

/** The working day `count` working days before `date` (0: the date itself, working or not). */
export function getWorkingDayBefore(calendar: WorkingCalendar, date: CivilDate, count: number): CivilDate {
  let day = date;
  let remaining = count;
  for (let step = 0; remaining > 0 && step < maxDaysBack; step += 1) {
    day = getDayBefore(day);
    if (isWorkingDay(calendar, day)) remaining -= 1;
  }
  return day;
}

function toInstant(date: CivilDate, minuteOfDay: number, timeZone: string): Date {
  const seconds = Math.round(minuteOfDay * 60);
  return getInstantFromWallClock(
    { ...date, hour: Math.floor(seconds / 3600), minute: Math.floor((seconds % 3600) / 60), second: seconds % 60 },
    timeZone,
  );
}

/** The instant at `time` (`HH:MM`) on a date in the zone. */
export function getInstantOnDate(date: CivilDate, time: string, timeZone: string): Date {
  return toInstant(date, parseTimeOfDay(time) ?? 1080, timeZone);
}

/**
 * The moment `minutes` of working time before `instant`, counted in the zone's wall clock: only
 * working hours on working days count, so a lead from a weekend or evening meeting ends in the last
 * working hours before it (Saturday 09:30 less 4 working hours is Friday 14:00).
 */
export function subtractWorkingTime(calendar: WorkingCalendar, instant: Date, minutes: number, timeZone: string): Date {
  if (minutes <= 0) return instant;
  const wall = getWallClock(instant, timeZone);
  let date: CivilDate = { year: wall.year, month: wall.month, day: wall.day };
  let cursor = wall.hour * 60 + wall.minute + wall.second / 60;
  let remaining = minutes;
  for (let step = 0; step < maxDaysBack; step += 1) {
    if (isWorkingDay(calendar, date)) {
      const top = Math.min(cursor, calendar.endMinute);
      const available = Math.max(0, top - calendar.startMinute);
      if (available >= remaining) return toInstant(date, top - remaining, timeZone);
      remaining -= available;
    }
    date = getDayBefore(date);
    cursor = calendar.endMinute;
  }
  return new Date(instant.getTime() - minutes * 60_000);
}
