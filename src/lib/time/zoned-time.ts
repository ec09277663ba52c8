// Wall-clock ⇄ instant conversion for time zones, using only Intl (no tz database of our own).
// Graph returns calendar times as `{ dateTime, timeZone }` wall-clock pairs; a Date is an instant.
// Zone names are Windows ids (mapped through CLDR, windows-zones.ts) or IANA names; a name neither
// knows — Outlook's legacy `tzone://Microsoft/Custom`
// (https://learn.microsoft.com/graph/api/resources/event, originalStartTimeZone) — counts as UTC,
// so no zone name ever throws.
import { findIanaForWindowsZone } from "./windows-zones";

const resolved = new Map<string, string | undefined>();

function isIanaZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

/** The IANA zone for a Graph zone name (a Windows id or an IANA name), or undefined when it is neither. */
export function findIanaTimeZone(name: string | null | undefined): string | undefined {
  const trimmed = name?.trim() ?? "";
  if (trimmed === "") return undefined;
  if (!resolved.has(trimmed))
    resolved.set(trimmed, findIanaForWindowsZone(trimmed) ?? (isIanaZone(trimmed) ? trimmed : undefined));
  return resolved.get(trimmed);
}

/** Like findIanaTimeZone, with UTC standing in for a name no table knows. */
export function toIanaTimeZone(name: string | null | undefined): string {
  return findIanaTimeZone(name) ?? "UTC";
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function getPartsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall clock an instant shows in a time zone. */
export function getWallClock(instant: Date, timeZone: string): WallClock {
  const parts = getPartsFormatter(toIanaTimeZone(timeZone)).formatToParts(instant);
  const read = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? "0");
  return {
    year: read("year"),
    month: read("month"),
    day: read("day"),
    hour: read("hour"),
    minute: read("minute"),
    second: read("second"),
  };
}

function getOffsetMs(instant: Date, timeZone: string): number {
  const w = getWallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant at which a wall clock reads the given time in a zone (DST gaps resolve forward). */
export function getInstantFromWallClock(wall: WallClock, timeZone: string): Date {
  const zone = toIanaTimeZone(timeZone);
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const firstGuess = naive - getOffsetMs(new Date(naive), zone);
  const secondGuess = naive - getOffsetMs(new Date(firstGuess), zone);
  return new Date(secondGuess);
}

const graphDateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/;

/**
 * Parses Graph's `dateTimeTimeZone` (e.g. `2026-11-30T13:30:00.0000000` in `China Standard Time`); a
 * zone no table knows is read as UTC.
 */
export function parseGraphDateTime(value: { dateTime: string; timeZone?: string | null }): Date {
  const match = graphDateTimePattern.exec(value.dateTime);
  if (!match) throw new RangeError(`Not a Graph dateTime: ${value.dateTime}`);
  const [, y, mo, d, h, mi, s] = match;
  return getInstantFromWallClock(
    {
      year: Number(y),
      month: Number(mo),
      day: Number(d),
      hour: Number(h),
      minute: Number(mi),
      second: Number(s ?? "0"),
    },
    value.timeZone ?? "UTC",
  );
}

/** Graph's `dateTimeTimeZone` wants local wall-clock text without an offset. */
export function formatGraphDateTime(instant: Date, timeZone: string): { dateTime: string; timeZone: string } {
  const w = getWallClock(instant, timeZone);
  const pad = (n: number, size = 2): string => String(n).padStart(size, "0");
  return {
    dateTime: `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`,
    timeZone,
  };
}

export function addDays(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * 86_400_000);
}
