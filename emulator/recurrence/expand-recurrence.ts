// Expands a Graph `patternedRecurrence` into the local dates of its occurrences, the way Outlook
// does (https://learn.microsoft.com/graph/api/resources/recurrencepattern): the first occurrence
// is the first date on or after range.startDate that fits the pattern; weekly intervals count
// weeks that start on firstDayOfWeek; a dayOfMonth past the month's end falls on its last day.
import { addDays, dateToDayNumber, daysInMonth, getWeekday, weekdayNames } from "./calendar-dates.ts";
import type { Weekday } from "./calendar-dates.ts";

export interface RecurrencePattern {
  readonly type: "daily" | "weekly" | "absoluteMonthly" | "relativeMonthly" | "absoluteYearly" | "relativeYearly";
  readonly interval: number;
  readonly daysOfWeek?: readonly string[] | undefined;
  readonly dayOfMonth?: number | undefined;
  readonly month?: number | undefined;
  readonly index?: "first" | "second" | "third" | "fourth" | "last" | undefined;
  readonly firstDayOfWeek?: string | undefined;
}

export interface RecurrenceRange {
  readonly type: "noEnd" | "endDate" | "numbered";
  readonly startDate: string;
  readonly endDate?: string | undefined;
  readonly numberOfOccurrences?: number | undefined;
  readonly recurrenceTimeZone?: string | undefined;
}

const ordinals = { first: 0, second: 1, third: 2, fourth: 3 } as const;

function parseYearMonth(date: string): { year: number; month: number; day: number } {
  const [year, month, day] = date.split("-").map(Number);
  return { year: year ?? 1970, month: month ?? 1, day: day ?? 1 };
}

function monthsBetween(from: string, to: string): number {
  const a = parseYearMonth(from);
  const b = parseYearMonth(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

function matchesRelativeDay(date: string, days: ReadonlySet<Weekday>, index: RecurrencePattern["index"]): boolean {
  if (!days.has(getWeekday(date))) return false;
  const { year, month, day } = parseYearMonth(date);
  // Count the matching days of this month that come before (or after, for "last") this one.
  if (index === "last") {
    for (let d = day + 1; d <= daysInMonth(year, month); d++) {
      if (days.has(getWeekday(`${date.slice(0, 8)}${String(d).padStart(2, "0")}`))) return false;
    }
    return true;
  }
  let before = 0;
  for (let d = 1; d < day; d++) if (days.has(getWeekday(`${date.slice(0, 8)}${String(d).padStart(2, "0")}`))) before++;
  return before === ordinals[index ?? "first"];
}

function createMatcher(pattern: RecurrencePattern, startDate: string): (date: string) => boolean {
  const interval = Math.max(1, pattern.interval);
  const days = new Set(
    (pattern.daysOfWeek ?? [])
      .map((d) => d.toLowerCase())
      .filter((d): d is Weekday => (weekdayNames as readonly string[]).includes(d)),
  );
  const startDay = dateToDayNumber(startDate);
  switch (pattern.type) {
    case "daily":
      return (date) => (dateToDayNumber(date) - startDay) % interval === 0;
    case "weekly": {
      const firstDay = weekdayNames.indexOf((pattern.firstDayOfWeek ?? "sunday").toLowerCase() as Weekday);
      const weekStart = (date: string): number => {
        const offset = (weekdayNames.indexOf(getWeekday(date)) - Math.max(0, firstDay) + 7) % 7;
        return dateToDayNumber(date) - offset;
      };
      const firstWeek = weekStart(startDate);
      return (date) => days.has(getWeekday(date)) && ((weekStart(date) - firstWeek) / 7) % interval === 0;
    }
    case "absoluteMonthly":
    case "absoluteYearly": {
      const step = pattern.type === "absoluteYearly" ? 12 * interval : interval;
      return (date) => {
        const { year, month, day } = parseYearMonth(date);
        if (pattern.type === "absoluteYearly" && month !== pattern.month) return false;
        if (monthsBetween(startDate, date) % step !== 0) return false;
        return day === Math.min(pattern.dayOfMonth ?? 1, daysInMonth(year, month));
      };
    }
    case "relativeMonthly":
    case "relativeYearly": {
      const step = pattern.type === "relativeYearly" ? 12 * interval : interval;
      return (date) => {
        if (pattern.type === "relativeYearly" && parseYearMonth(date).month !== pattern.month) return false;
        return monthsBetween(startDate, date) % step === 0 && matchesRelativeDay(date, days, pattern.index);
      };
    }
  }
}

/** Yields occurrence dates (YYYY-MM-DD, series-local) from the range start up to `untilDate` inclusive. */
export function* expandRecurrence(
  pattern: RecurrencePattern,
  range: RecurrenceRange,
  untilDate: string,
): Generator<string> {
  const matches = createMatcher(pattern, range.startDate);
  const last =
    range.type === "endDate" && range.endDate !== undefined && range.endDate < untilDate ? range.endDate : untilDate;
  const limit = range.type === "numbered" ? (range.numberOfOccurrences ?? 0) : Number.POSITIVE_INFINITY;
  let count = 0;
  for (let date = range.startDate; date <= last && count < limit; date = addDays(date, 1)) {
    if (matches(date)) {
      count++;
      yield date;
    }
  }
}
