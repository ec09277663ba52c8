// The KPI line chart. Its own module so the charts library is fetched only when a trend is shown
// (series-rollups.tsx imports it with import()): it is large and no start-up view needs it.
import { LineChart } from "@fluentui/react-charts";
import type { LineChartPoints } from "@fluentui/react-charts";
import { tokens } from "@fluentui/react-components";
import type { KpiTrend } from "../model/rollups";

export interface KpiTrendChartProps {
  trend: KpiTrend;
  title: string;
  locale: string;
  /** The meeting's zone: a tick names the day the meeting was held there. */
  timeZone: string;
  width?: number;
}

const palette = [
  tokens.colorPaletteBlueForeground2,
  tokens.colorPaletteGreenForeground2,
  tokens.colorPaletteDarkOrangeForeground2,
];

export default function KpiTrendChart({ trend, title, locale, timeZone, width }: KpiTrendChartProps) {
  const actual = trend.points.flatMap((p) => (p.actual === undefined ? [] : [{ x: p.date, y: p.actual }]));
  const target = trend.points.flatMap((p) => (p.target === undefined ? [] : [{ x: p.date, y: p.target }]));
  const lines: LineChartPoints[] = [
    { legend: `${trend.metric}${trend.unit === "" ? "" : ` (${trend.unit})`}`, data: actual, color: palette[0] },
    ...(target.length > 0
      ? [
          {
            legend: locale.startsWith("zh") ? "目标" : "Target",
            data: target,
            color: palette[1],
            lineOptions: { strokeDasharray: "5 3" },
          },
        ]
      : []),
  ];
  // Left to itself the date axis picks ticks between meetings and, for points at 13:30, labels them
  // with a time of day; one tick per meeting, labelled with its date, is what the trend is about.
  const formatDay = new Intl.DateTimeFormat(locale, { month: "numeric", day: "numeric", timeZone });
  return (
    <LineChart
      data={{ chartTitle: title, lineChartData: lines }}
      tickValues={pickTicks(trend.points.map((p) => p.date))}
      customDateTimeFormatter={(date) => formatDay.format(date)}
      height={240}
      {...(width === undefined ? {} : { width })}
      culture={locale}
    />
  );
}

/** One tick per meeting, thinned to at most `max` (the newest always kept) so a long trend stays legible. */
function pickTicks(dates: readonly Date[], max = 12): Date[] {
  const step = Math.ceil(dates.length / max);
  if (step <= 1) return [...dates];
  return dates.filter((_d, i) => (dates.length - 1 - i) % step === 0);
}
