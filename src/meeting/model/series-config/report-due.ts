import { getWallClock } from "@/lib/time/zoned-time";
import { getInstantOnDate, getWorkingDayBefore } from "../time/working-time";
import type { WorkingCalendar } from "../time/working-time";

/**
 * When reports are due: `workingDaysBefore` working days before the meeting's date, at `time` in the
 * series' zone — by default the working day before at 18:00, so a Monday meeting's reports are due on
 * Friday evening, and a meeting after the National Day holiday's on the last day worked before it.
 */
export function getReportDue(
  meetingStart: Date,
  rule: { workingDaysBefore: number; time: string },
  timeZone: string,
  calendar: WorkingCalendar,
): Date {
  const wall = getWallClock(meetingStart, timeZone);
  const day = getWorkingDayBefore(
    calendar,
    { year: wall.year, month: wall.month, day: wall.day },
    rule.workingDaysBefore,
  );
  return getInstantOnDate(day, rule.time, timeZone);
}
