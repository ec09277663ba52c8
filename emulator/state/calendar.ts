// Calendar arithmetic over meetings: where each occurrence falls (UTC) once the series'
// recurrence is expanded in its own time zone, and which occurrences are exceptions (moved) or
// cancelled. Pure functions of the MeetingState.
import { addDays } from "../recurrence/calendar-dates.ts";
import { expandRecurrence } from "../recurrence/expand-recurrence.ts";
import {
  formatLocalDate,
  localToUtcMs,
  parseLocalDateTime,
  resolveMeetingZone,
  toLocalDateTime,
} from "../recurrence/time-zones.ts";
import type { MeetingState, OccurrenceException } from "./tenant-state.ts";

export interface Instance {
  readonly originalDate: string;
  readonly originalStartMs: number;
  readonly startMs: number;
  readonly endMs: number;
  readonly exception?: OccurrenceException;
}

/** The scenario validated the zone (schema.ts); a legacy custom zone counts as UTC. */
export function getMeetingZone(meeting: Pick<MeetingState, "timeZone">): string {
  return resolveMeetingZone(meeting.timeZone) ?? "UTC";
}

function localMs(localDateTime: string, iana: string): number {
  const parsed = parseLocalDateTime(localDateTime);
  if (!parsed) throw new Error(`Invalid local date-time '${localDateTime}'`);
  return localToUtcMs(parsed, iana);
}

export function getOriginalSlot(
  meeting: Pick<MeetingState, "timeZone" | "startTime" | "endTime">,
  date: string,
): { startMs: number; endMs: number } {
  const zone = getMeetingZone(meeting);
  const startMs = localMs(`${date}T${meeting.startTime}`, zone);
  // An end time earlier than the start means the meeting runs past midnight.
  const endDate = meeting.endTime <= meeting.startTime ? addDays(date, 1) : date;
  return { startMs, endMs: localMs(`${endDate}T${meeting.endTime}`, zone) };
}

function toInstance(meeting: MeetingState, date: string): Instance {
  const original = getOriginalSlot(meeting, date);
  const exception = meeting.exceptions[date];
  if (!exception || exception.startLocal === undefined || exception.endLocal === undefined) {
    return { originalDate: date, originalStartMs: original.startMs, ...original, ...(exception ? { exception } : {}) };
  }
  const zone = getMeetingZone(meeting);
  return {
    originalDate: date,
    originalStartMs: original.startMs,
    startMs: localMs(exception.startLocal, zone),
    endMs: localMs(exception.endLocal, zone),
    exception,
  };
}

/** Original occurrence dates up to `untilDate` (series-local), cancelled ones included. */
export function* listOriginalDates(meeting: MeetingState, untilDate: string): Generator<string> {
  if (!meeting.recurrence) {
    if (meeting.firstDate <= untilDate) yield meeting.firstDate;
    return;
  }
  yield* expandRecurrence(meeting.recurrence.pattern, meeting.recurrence.range, untilDate);
}

/** Occurrences and exceptions overlapping [fromMs, toMs), cancelled ones excluded, by start. */
export function listInstances(meeting: MeetingState, fromMs: number, toMs: number): Instance[] {
  const zone = getMeetingZone(meeting);
  // Exceptions may have moved a few days either way: widen the expansion, then filter by time.
  const untilDate = addDays(formatLocalDate(toLocalDateTime(toMs, zone)), 8);
  const result: Instance[] = [];
  for (const date of listOriginalDates(meeting, untilDate)) {
    if (meeting.exceptions[date]?.cancelled === true) continue;
    const instance = toInstance(meeting, date);
    if (instance.endMs > fromMs && instance.startMs < toMs) result.push(instance);
  }
  return result.sort((a, b) => a.startMs - b.startMs);
}

export function findInstance(meeting: MeetingState, originalDate: string): Instance | undefined {
  if (meeting.exceptions[originalDate]?.cancelled === true) return undefined;
  for (const date of listOriginalDates(meeting, originalDate))
    if (date === originalDate) return toInstance(meeting, date);
  return undefined;
}

export function listExceptionInstances(meeting: MeetingState): Instance[] {
  return Object.entries(meeting.exceptions)
    .filter(([, e]) => !e.cancelled)
    .map(([date]) => toInstance(meeting, date));
}

export function listCancelledDates(meeting: MeetingState): string[] {
  return Object.entries(meeting.exceptions)
    .filter(([, e]) => e.cancelled)
    .map(([date]) => date)
    .sort();
}
