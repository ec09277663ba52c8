import { getInstantFromWallClock, getWallClock } from "@/lib/time/zoned-time";

/**
 * When reports are due: `workingDaysBefore` working days (Monday–Friday) before the meeting's
 * date, at `time` in the series' zone — by default the working day before at 18:00, so a Monday
 * meeting's reports are due on Friday evening.
 */
export function getReportDue(
  meetingStart: Date,
  rule: { workingDaysBefore: number; time: string },
  timeZone: string,
): Date {
  const wall = getWallClock(meetingStart, timeZone);
  const day = new Date(Date.UTC(wall.year, wall.month - 1, wall.day));
  let remaining = rule.workingDaysBefore;
  while (remaining > 0) {
    day.setUTCDate(day.getUTCDate() - 1);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) remaining -= 1;
  }
  const [hour = 18, minute = 0] = rule.time.split(":").map(Number);
  return getInstantFromWallClock(
    { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour, minute, second: 0 },
    timeZone,
  );
}
