// Time-zone arithmetic for calendar data. Outlook stores Windows time-zone names ("China
// Standard Time"); `Prefer: outlook.timezone` accepts Windows or IANA names
// (https://learn.microsoft.com/graph/api/resources/datetimetimezone). Offsets come from Intl, so
// daylight-saving transitions are exact for every zone the runtime knows.

const windowsToIana: Readonly<Record<string, string>> = {
  "China Standard Time": "Asia/Shanghai",
  "Taipei Standard Time": "Asia/Taipei",
  "Tokyo Standard Time": "Asia/Tokyo",
  "Korea Standard Time": "Asia/Seoul",
  "Singapore Standard Time": "Asia/Singapore",
  "India Standard Time": "Asia/Kolkata",
  "AUS Eastern Standard Time": "Australia/Sydney",
  UTC: "UTC",
  "Coordinated Universal Time": "UTC",
  "GMT Standard Time": "Europe/London",
  "Greenwich Standard Time": "Atlantic/Reykjavik",
  "W. Europe Standard Time": "Europe/Berlin",
  "Romance Standard Time": "Europe/Paris",
  "Central Europe Standard Time": "Europe/Budapest",
  "Eastern Standard Time": "America/New_York",
  "Central Standard Time": "America/Chicago",
  "Mountain Standard Time": "America/Denver",
  "Pacific Standard Time": "America/Los_Angeles",
};

export interface LocalDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function getFormatter(iana: string): Intl.DateTimeFormat {
  let formatter = formatters.get(iana);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: iana,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(iana, formatter);
  }
  return formatter;
}

function isKnownIana(name: string): boolean {
  try {
    getFormatter(name);
    return true;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

/** Maps a Windows or IANA time-zone name to an IANA name, or undefined if unknown. */
export function resolveTimeZone(name: string): string | undefined {
  const trimmed = name.trim().replace(/^"|"$/g, "");
  const windows = Object.entries(windowsToIana).find(([key]) => key.toLowerCase() === trimmed.toLowerCase());
  if (windows) return windows[1];
  return trimmed !== "" && isKnownIana(trimmed) ? trimmed : undefined;
}

export function toLocalDateTime(utcMs: number, iana: string): LocalDateTime {
  const parts = Object.fromEntries(
    getFormatter(iana)
      .formatToParts(new Date(utcMs))
      .map((p) => [p.type, p.value]),
  );
  const read = (key: string): number => Number(parts[key]);
  return {
    year: read("year"),
    month: read("month"),
    day: read("day"),
    hour: read("hour"),
    minute: read("minute"),
    second: read("second"),
  };
}

function localAsUtcMs(local: LocalDateTime): number {
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
}

export function getOffsetMinutes(utcMs: number, iana: string): number {
  const wholeSecond = Math.floor(utcMs / 1000) * 1000;
  return (localAsUtcMs(toLocalDateTime(wholeSecond, iana)) - wholeSecond) / 60_000;
}

/** Converts a wall-clock time in `iana` to UTC milliseconds (a skipped DST hour moves forward). */
export function localToUtcMs(local: LocalDateTime, iana: string): number {
  const asUtc = localAsUtcMs(local);
  const firstGuess = asUtc - getOffsetMinutes(asUtc, iana) * 60_000;
  return asUtc - getOffsetMinutes(firstGuess, iana) * 60_000;
}

export function parseLocalDateTime(text: string): LocalDateTime | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match;
  return {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h ?? 0),
    minute: Number(mi ?? 0),
    second: Number(s ?? 0),
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

export function formatLocalDate(local: Pick<LocalDateTime, "year" | "month" | "day">): string {
  return `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}`;
}

/** Graph's dateTimeTimeZone.dateTime format: `2026-11-30T13:30:00.0000000`. */
export function formatGraphDateTime(utcMs: number, iana: string): string {
  const local = toLocalDateTime(utcMs, iana);
  return `${formatLocalDate(local)}T${pad(local.hour)}:${pad(local.minute)}:${pad(local.second)}.0000000`;
}

/** Graph's DateTimeOffset in UTC: `2026-11-30T05:30:00Z`. */
export function formatUtcOffset(utcMs: number): string {
  return new Date(utcMs).toISOString().replace(/\.000Z$/, "Z");
}
