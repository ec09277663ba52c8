// Dates and times in the viewer's locale and zone. Chinese gets "12月8日周二 13:30–15:00": ICU's own
// range format falls back to "12/8周二" there, so the date and the times are joined here.
interface ViewerClock {
  locale: string;
  timeZone: string;
}

function formatDate(instant: Date, viewer: ViewerClock): string {
  const month = viewer.locale.startsWith("zh") ? "long" : "short";
  return new Intl.DateTimeFormat(viewer.locale, { timeZone: viewer.timeZone, weekday: "short", month, day: "numeric" }).format(instant);
}

function getTimeFormat(viewer: ViewerClock): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(viewer.locale, { timeZone: viewer.timeZone, hour: "numeric", minute: "2-digit" });
}

function getSeparator(viewer: ViewerClock): string {
  return viewer.locale.startsWith("zh") ? " " : ", ";
}

/** A meeting's date and time range. */
export function formatMeetingTime(start: Date, end: Date, viewer: ViewerClock): string {
  return `${formatDate(start, viewer)}${getSeparator(viewer)}${getTimeFormat(viewer).formatRange(start, end)}`;
}

/** An instant with its date: a report's due time. */
export function formatInstant(instant: Date, viewer: ViewerClock): string {
  return `${formatDate(instant, viewer)}${getSeparator(viewer)}${getTimeFormat(viewer).format(instant)}`;
}

/** A task's due date (Planner shows due dates as days). */
export function formatDueDate(iso: string, viewer: ViewerClock): string {
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? iso : formatDate(instant, viewer);
}
