// The Graph shapes "My meetings" reads, validated at the boundary and mapped to the feature's own
// types; nothing past api/ sees an @odata name.
import * as z from "zod/mini";
import { parseGraphDateTime } from "@/lib/time/zoned-time";
import { getMeetingTimeZone } from "@/meeting/model/time/meeting-time-zone";
import type { CalendarEvent } from "../model/occurrences";

const dateTimeTimeZone = z.object({ dateTime: z.string(), timeZone: z.optional(z.nullable(z.string())) });

/** https://learn.microsoft.com/graph/api/resources/event — the properties eventSelect names. */
export const eventSchema = z.object({
  start: dateTimeTimeZone,
  end: dateTimeTimeZone,
  originalStart: z.optional(z.nullable(z.string())),
  originalStartTimeZone: z.optional(z.nullable(z.string())),
  isCancelled: z.optional(z.nullable(z.boolean())),
  seriesMasterId: z.optional(z.nullable(z.string())),
  onlineMeeting: z.optional(z.nullable(z.object({ joinUrl: z.optional(z.nullable(z.string())) }))),
});

export const eventSelect = "start,end,originalStart,originalStartTimeZone,isCancelled,seriesMasterId,onlineMeeting";

export function toCalendarEvent(event: z.infer<typeof eventSchema>): CalendarEvent {
  const originalStart = event.originalStart ? new Date(event.originalStart) : undefined;
  return {
    start: parseGraphDateTime(event.start),
    end: parseGraphDateTime(event.end),
    ...(originalStart !== undefined && !Number.isNaN(originalStart.getTime()) ? { originalStart } : {}),
    isCancelled: event.isCancelled ?? false,
    ...(event.seriesMasterId ? { seriesMasterId: event.seriesMasterId } : {}),
    ...(event.onlineMeeting?.joinUrl ? { joinUrl: event.onlineMeeting.joinUrl } : {}),
    // The zone the organizer chose, as the series view reads it; a legacy custom zone counts as UTC.
    ...(event.originalStartTimeZone ? { timeZone: getMeetingTimeZone([event.originalStartTimeZone]).timeZone } : {}),
  };
}

export const chatSchema = z.object({
  id: z.string(),
  onlineMeetingInfo: z.optional(z.nullable(z.object({ joinWebUrl: z.optional(z.nullable(z.string())) }))),
});

export const taskDetailsSchema = z.object({ description: z.optional(z.nullable(z.string())) });
