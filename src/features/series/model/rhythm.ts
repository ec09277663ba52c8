import { formatClockPeriods, splitByClock } from "@/lib/time/clock-periods";
import { formatInZones, formatTimeRange } from "@/lib/time/format-when";
import type { ViewerClock } from "@/lib/time/format-when";
import { pickRhythmSample } from "./occurrences";
import { describeRecurrence } from "./recurrence-words";
import type { Series } from "./types";

/**
 * The series' rhythm for a viewer, said per period in which neither clock moves: from the next
 * regular meeting to the last one loaded, a Shanghai Monday 16:30 seen from Berlin reads
 * "至 3月28日：每周一 16:30–17:30 中国标准时间（你的时间 09:30–10:30）；3月29日起：…（你的时间 10:30–11:30）".
 */
export function describeRhythm(
  series: Pick<Series, "occurrences" | "recurrence" | "timeZone">,
  now: Date,
  viewer: ViewerClock,
): string {
  const regular = series.occurrences.filter((o) => o.status === "scheduled" && o.end.getTime() > now.getTime());
  const sample = pickRhythmSample(series.occurrences, now);
  const coming = regular.length > 0 ? regular : sample ? [sample] : [];
  const periods = splitByClock(coming, series.timeZone, viewer.timeZone);
  return formatClockPeriods(periods, viewer, series.timeZone, ({ first }) =>
    formatInZones(
      first.start,
      viewer,
      series.timeZone,
      (clock) => describeRecurrence(series.recurrence, first, series.timeZone, clock),
      (clock) => formatTimeRange(first.start, first.end, clock),
    ),
  );
}
