interface ViewerClock {
  locale: string;
  timeZone: string;
}

function formatDate(instant: Date, viewer: ViewerClock): string {
  // zh-CN writes "12月8日周二" only with a long month; a short one gives "12/8周二".
  const month = viewer.locale.startsWith("zh") ? "long" : "short";
  return new Intl.DateTimeFormat(viewer.locale, {
    timeZone: viewer.timeZone,
    weekday: "short",
    month,
    day: "numeric",
  }).format(instant);
}

function getTimeFormat(viewer: ViewerClock): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(viewer.locale, { timeZone: viewer.timeZone, hour: "numeric", minute: "2-digit" });
}

function getSeparator(viewer: ViewerClock): string {
  return viewer.locale.startsWith("zh") ? " " : ", ";
}

/**
 * "12月8日周二 14:00–15:30" / "Tue, Dec 8, 2:00 – 3:30 PM", in the viewer's locale and zone. ICU's
 * own date range format falls back to "12/8周二" in Chinese, so the date and the times are joined here.
 */
export function formatOccurrenceTime(start: Date, end: Date, viewer: ViewerClock): string {
  return `${formatDate(start, viewer)}${getSeparator(viewer)}${getTimeFormat(viewer).formatRange(start, end)}`;
}

export function formatDay(instant: Date, viewer: ViewerClock): string {
  return `${formatDate(instant, viewer)}${getSeparator(viewer)}${getTimeFormat(viewer).format(instant)}`;
}

/** A due date stored as YYYY-MM-DD or ISO (Planner shows due dates as days). */
export function formatDueDate(iso: string, viewer: ViewerClock): string {
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? iso : formatDate(instant, viewer);
}
