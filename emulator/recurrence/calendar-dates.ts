// Arithmetic on local calendar dates ("YYYY-MM-DD"), done in UTC so no zone can shift a day.

export const weekdayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;
export type Weekday = (typeof weekdayNames)[number];

const dayMs = 86_400_000;

export function dateToDayNumber(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return Math.round(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / dayMs);
}

export function dayNumberToDate(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dayNumberToDate(dateToDayNumber(date) + days);
}

export function getWeekday(date: string): Weekday {
  const index = ((dateToDayNumber(date) % 7) + 11) % 7; // 1970-01-01 was a Thursday
  return weekdayNames[index] ?? "sunday";
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
