// Time-zone arithmetic for calendar data. Outlook stores Windows time-zone ids ("China Standard
// Time"), mapped to IANA by CLDR's table (cldr-windows-zones.ts, the same rows the app ships).
// Offsets come from Intl, so daylight-saving transitions are exact for every zone the runtime knows.
import { readGoldenZones } from "./cldr-windows-zones.ts";
import { documentedIanaNames } from "./documented-iana-zones.ts";

/**
 * What Outlook reports for a zone set in desktop Outlook as a legacy custom time zone
 * (https://learn.microsoft.com/graph/api/resources/event, originalStartTimeZone). Its rules are not
 * exposed, so a scenario meeting in it has its wall-clock times read as UTC.
 */
export const customTimeZone = "tzone://Microsoft/Custom";

const windowsZones: ReadonlyMap<string, { id: string; iana: string }> = new Map(
  readGoldenZones().map(([id, iana]) => [id.toLowerCase(), { id, iana }]),
);

/** Every Windows time-zone id, as Windows spells it. */
export function listWindowsZoneIds(): string[] {
  return [...windowsZones.values()].map((zone) => zone.id);
}

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

const unquote = (name: string): string => name.trim().replace(/^"|"$/g, "");

/** Maps a Windows id or an IANA name the runtime knows to an IANA name, or undefined if unknown. */
export function resolveTimeZone(name: string): string | undefined {
  const trimmed = unquote(name);
  const windows = windowsZones.get(trimmed.toLowerCase());
  if (windows) return windows.iana;
  return trimmed !== "" && isKnownIana(trimmed) ? trimmed : undefined;
}

/**
 * The IANA zone for a name `Prefer: outlook.timezone` accepts — a Windows id or one of the documented
 * IANA names — or undefined for any other, which Graph refuses (event-render.ts).
 */
export function resolvePreferredTimeZone(name: string): string | undefined {
  const trimmed = unquote(name);
  const windows = windowsZones.get(trimmed.toLowerCase());
  if (windows) return windows.iana;
  return documentedIanaNames.has(trimmed.toLowerCase()) && isKnownIana(trimmed) ? trimmed : undefined;
}

/** The IANA zone a scenario meeting's wall clock counts in: a legacy custom zone counts as UTC. */
export function resolveMeetingZone(name: string): string | undefined {
  return unquote(name).toLowerCase() === customTimeZone.toLowerCase() ? "UTC" : resolveTimeZone(name);
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
