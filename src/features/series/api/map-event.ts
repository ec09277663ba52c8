import { getInstantFromWallClock, getWallClock, parseGraphDateTime } from "@/lib/time/zoned-time";
import { getMeetingTimeZone } from "@/meeting/model/time/meeting-time-zone";
import type { MeetingTimeZone } from "@/meeting/model/time/meeting-time-zone";
import type { InstanceInput, CancelledInput } from "../model/occurrences";
import type { RecurrenceRule, Weekday } from "../model/types";
import type { GraphEmailAddress, GraphEvent, GraphRecurrence } from "./graph-event";

const weekdays = new Set<string>(["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]);

function toWeekdays(days: string[] | null | undefined): Weekday[] {
  return (days ?? []).map((d) => d.toLowerCase()).filter((d): d is Weekday => weekdays.has(d));
}

export function mapRecurrence(recurrence: GraphRecurrence | null | undefined): RecurrenceRule {
  if (!recurrence) return { kind: "once" };
  const { pattern } = recurrence;
  const interval = Math.max(1, pattern.interval);
  switch (pattern.type) {
    case "daily":
      return { kind: "daily", interval };
    case "weekly":
      return { kind: "weekly", interval, days: toWeekdays(pattern.daysOfWeek) };
    case "absoluteMonthly":
      return { kind: "monthlyOnDay", interval, dayOfMonth: pattern.dayOfMonth ?? 1 };
    case "relativeMonthly":
      return {
        kind: "monthlyOnWeekday",
        interval,
        week: pattern.index ?? "first",
        days: toWeekdays(pattern.daysOfWeek),
      };
    case "absoluteYearly":
    case "relativeYearly":
      return { kind: "yearly", interval };
  }
}

/** A name and address as the calendar shows them, before the directory says who it is. */
export interface ShownAddress {
  name: string;
  email: string;
}

export function mapPerson(address: GraphEmailAddress | null | undefined): ShownAddress {
  const email = address?.address ?? "";
  return { name: address?.name ?? email, email };
}

export function mapInstance(event: GraphEvent): InstanceInput {
  return {
    eventId: event.id,
    type: event.type === "exception" ? "exception" : event.type === "singleInstance" ? "singleInstance" : "occurrence",
    start: parseGraphDateTime(event.start),
    end: parseGraphDateTime(event.end),
    originalStart: event.originalStart ? new Date(event.originalStart) : undefined,
    isCancelled: event.isCancelled ?? false,
  };
}

/** The zone the series repeats in: recurrence wall-clock times (and cancelled dates) are in it. */
export function getSeriesTimeZone(master: GraphEvent): MeetingTimeZone {
  return getMeetingTimeZone([master.recurrence?.range.recurrenceTimeZone, master.originalStartTimeZone]);
}

const cancelledPattern = /\.(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Graph lists a cancelled occurrence only as `OID.<masterId>.<yyyy-mm-dd>` on the master
 * (https://learn.microsoft.com/graph/api/resources/event, `cancelledOccurrences`): the date is the
 * occurrence's original date in the series' zone, so the start is that date at the master's time of day.
 */
export function mapCancelledOccurrences(master: GraphEvent): CancelledInput[] {
  const zone = getSeriesTimeZone(master).timeZone;
  const start = parseGraphDateTime(master.start);
  const durationMs = parseGraphDateTime(master.end).getTime() - start.getTime();
  const timeOfDay = getWallClock(start, zone);
  return (master.cancelledOccurrences ?? []).flatMap((oid) => {
    const match = cancelledPattern.exec(oid);
    if (!match) return [];
    const [, y, m, d] = match;
    const originalStart = getInstantFromWallClock(
      { ...timeOfDay, year: Number(y), month: Number(m), day: Number(d) },
      zone,
    );
    return [{ originalStart, durationMs }];
  });
}
