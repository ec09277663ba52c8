// Every deadline a series sets counts working time in the meeting's own zone (docs/domain.md,
// Working time): its working hours, and mainland China's holidays and makeup days unless turned off.
import { chinaHolidays } from "@/lib/holidays/china-holidays";
import {
  defaultWorkingTime,
  getWorkingCalendar,
  getWorkingDayMinutes,
  subtractWorkingTime,
} from "../time/working-time";
import type { WorkingCalendar, WorkingTime } from "../time/working-time";
import { getReportDue } from "./report-due";
import type { SeriesConfig } from "./series-config";

type DeadlineConfig = Pick<SeriesConfig, "reportDue" | "noticeLeadHours" | "attendance" | "workingTime">;
/** What a leave request's cut-off needs of the series. */
export type LeaveRuleConfig = Pick<SeriesConfig, "attendance" | "workingTime">;

export function getSeriesWorkingTime(config: Pick<SeriesConfig, "workingTime">): WorkingTime {
  return config.workingTime ?? defaultWorkingTime;
}

export function getSeriesWorkingCalendar(config: Pick<SeriesConfig, "workingTime">): WorkingCalendar {
  return getWorkingCalendar(getSeriesWorkingTime(config), chinaHolidays);
}

/** A config written before the field existed said hours: every 24 of them is one working day. */
export function getLeaveCutoffWorkingDays(attendance: SeriesConfig["attendance"]): number {
  return attendance.leaveCutoffWorkingDays ?? attendance.leaveCutoffHours / 24;
}

export function getSeriesReportDue(
  meetingStart: Date,
  config: Pick<SeriesConfig, "reportDue" | "workingTime">,
  timeZone: string,
): Date {
  return getReportDue(meetingStart, config.reportDue, timeZone, getSeriesWorkingCalendar(config));
}

/** The agenda notice is due `noticeLeadHours` working hours before the meeting (half a working day by default). */
export function getNoticeDue(
  meetingStart: Date,
  config: Pick<DeadlineConfig, "noticeLeadHours" | "workingTime">,
  timeZone: string,
): Date {
  return subtractWorkingTime(getSeriesWorkingCalendar(config), meetingStart, config.noticeLeadHours * 60, timeZone);
}

/** Leave asked after this counts as late notice: one working day (of the calendar's length) before by default. */
export function getLeaveCutoff(meetingStart: Date, config: LeaveRuleConfig, timeZone: string): Date {
  const calendar = getSeriesWorkingCalendar(config);
  const minutes = getLeaveCutoffWorkingDays(config.attendance) * getWorkingDayMinutes(calendar);
  return subtractWorkingTime(calendar, meetingStart, minutes, timeZone);
}
