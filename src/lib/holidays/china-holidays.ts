// Mainland China's public holidays and 调休 makeup working days, as the maintained `chinese-days`
// package publishes them (https://github.com/vsme/chinese-days, from the State Council's yearly
// notices). Only its data file is bundled — about 3.4 KB gzipped — not the lunar-calendar library.
import calendar from "chinese-days/dist/chinese-days.json";
import { version } from "chinese-days/package.json";

export interface ChinaHolidayData {
  /** `YYYY-MM-DD` days off, weekends within a holiday included. */
  holidays: ReadonlySet<string>;
  /** `YYYY-MM-DD` weekend days worked instead (调休上班). */
  makeupWorkdays: ReadonlySet<string>;
  source: { name: "chinese-days"; version: string };
  /** The years the package has the State Council's arrangement for; later years count weekends only. */
  years: { first: number; last: number };
}

function getYearRange(days: readonly string[]): { first: number; last: number } {
  const years = days.map((day) => Number(day.slice(0, 4)));
  return { first: Math.min(...years), last: Math.max(...years) };
}

export const chinaHolidays: ChinaHolidayData = {
  holidays: new Set(Object.keys(calendar.holidays)),
  makeupWorkdays: new Set(Object.keys(calendar.workdays)),
  source: { name: "chinese-days", version },
  years: getYearRange(Object.keys(calendar.holidays)),
};
