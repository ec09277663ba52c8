import { getWallClock } from "@/lib/time/zoned-time";
import type { RecurrenceRule, Weekday } from "./types";

const weekdayOrder: readonly Weekday[] = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const ordinalsEn = { first: "first", second: "second", third: "third", fourth: "fourth", last: "last" } as const;
const ordinalsZh = { first: "第一个", second: "第二个", third: "第三个", fourth: "第四个", last: "最后一个" } as const;

export type Language = "zh" | "en";

export function getLanguage(locale: string): Language {
  return locale.toLowerCase().startsWith("zh") ? "zh" : "en";
}

function getWeekdayIndex(instant: Date, timeZone: string): number {
  const w = getWallClock(instant, timeZone);
  return new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
}

function getWeekdayName(index: number, locale: string): string {
  // 2023-01-01 was a Sunday: day N of that week has weekday N.
  const sample = new Date(Date.UTC(2023, 0, 1 + index, 12));
  const style = getLanguage(locale) === "zh" ? "short" : "long";
  return new Intl.DateTimeFormat(locale, { weekday: style, timeZone: "UTC" }).format(sample);
}

function joinDays(days: Weekday[], shift: number, locale: string): string {
  const names = days
    .map((d) => (weekdayOrder.indexOf(d) + shift + 7) % 7)
    .sort((a, b) => a - b)
    .map((i) => getWeekdayName(i, locale));
  if (getLanguage(locale) === "zh") {
    return names.map((n, i) => (i === 0 ? n : n.replace(/^周/, ""))).join("、");
  }
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(names);
}

export function formatTimeRange(start: Date, end: Date, locale: string, timeZone: string): string {
  const format = new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit", timeZone });
  return format.formatRange(start, end);
}

/**
 * Outlook holds a monthly day past a month's end on that month's last day: "If for a particular month
 * this value is larger than the number of days in the month, the last day of the month is assumed"
 * (https://learn.microsoft.com/exchange/client-developer/web-service-reference/dayofmonth). The words
 * say so, as Outlook's own summary does: day 31 moves in every shorter month, day 29 and 30 in February.
 */
function describeShortMonths(dayOfMonth: number, zh: boolean): string {
  if (dayOfMonth >= 31) return zh ? "（小月为月末）" : " (last day in shorter months)";
  if (dayOfMonth >= 29) return zh ? "（2 月为月末）" : " (last day of February)";
  return "";
}

function describeRule(rule: RecurrenceRule, shift: number, locale: string): string {
  const zh = getLanguage(locale) === "zh";
  switch (rule.kind) {
    case "daily":
      if (zh) return rule.interval === 1 ? "每天" : `每 ${rule.interval} 天`;
      return rule.interval === 1 ? "Every day" : `Every ${rule.interval} days`;
    case "weekly": {
      const days = joinDays(rule.days, shift, locale);
      if (zh) return rule.interval === 1 ? `每${days}` : `每 ${rule.interval} 周的${days}`;
      return rule.interval === 1 ? `Every ${days}` : `Every ${rule.interval} weeks on ${days}`;
    }
    case "monthlyOnDay": {
      const note = describeShortMonths(rule.dayOfMonth, zh);
      if (zh)
        return rule.interval === 1
          ? `每月 ${rule.dayOfMonth} 日${note}`
          : `每 ${rule.interval} 个月的 ${rule.dayOfMonth} 日${note}`;
      return rule.interval === 1
        ? `Monthly on day ${rule.dayOfMonth}${note}`
        : `Every ${rule.interval} months on day ${rule.dayOfMonth}${note}`;
    }
    case "monthlyOnWeekday": {
      const days = joinDays(rule.days, shift, locale);
      if (zh) return `每月${ordinalsZh[rule.week]}${days}`;
      return `Monthly on the ${ordinalsEn[rule.week]} ${days}`;
    }
    case "yearly":
      return zh ? "每年" : "Every year";
    case "once":
      return zh ? "单次会议" : "One-off meeting";
  }
}

/**
 * The series' rhythm in words, e.g. "每周一 13:30–15:00" or "Every Monday 1:30 – 3:00 PM", in the
 * viewer's time zone: a weekday rule written in the series' zone shifts when the viewer's day differs.
 */
export function describeRecurrence(
  rule: RecurrenceRule,
  sample: { start: Date; end: Date },
  seriesTimeZone: string,
  viewer: { locale: string; timeZone: string },
): string {
  const shift = getWeekdayIndex(sample.start, viewer.timeZone) - getWeekdayIndex(sample.start, seriesTimeZone);
  const times = formatTimeRange(sample.start, sample.end, viewer.locale, viewer.timeZone);
  const words = describeRule(rule, shift, viewer.locale);
  return `${words} ${times}`;
}
