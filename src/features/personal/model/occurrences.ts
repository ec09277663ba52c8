// From the viewer's calendar to their occurrences across series: events are matched to a series
// by the meeting's join link, its thread or its meeting ID (docs/architecture.md §2: event ids
// differ per mailbox, the online meeting does not; meeting-link.ts),
// keyed by their original start, and given the viewer's roles and the reports they owe. Pure.
import { getSeriesReportDue } from "@/meeting/model/series-config/deadlines";
import { describeMeetingChat, isLinkOfMeeting } from "@/meeting/model/identity/meeting-link";
import { toOccurrenceKey } from "@/meeting/model/identity/occurrence-key";
import { detectRoles } from "./roles";
import type { MyOccurrence, MySeries, OwedReport } from "./types";

/** One event of the viewer's calendar, mapped from Graph at the boundary. */
export interface CalendarEvent {
  start: Date;
  end: Date;
  /** For an occurrence or exception of a series: where it was before any move. */
  originalStart?: Date;
  isCancelled: boolean;
  seriesMasterId?: string;
  joinUrl?: string;
  /** The IANA zone the event was created in (the series' zone for a recurring meeting). */
  timeZone?: string;
}

/** The events of each series, found by the series chat (its id is the meeting's thread) and its join link. */
export function matchEvents(
  joinUrls: ReadonlyMap<string, string>,
  events: readonly CalendarEvent[],
): Map<string, CalendarEvent[]> {
  const chats = [...joinUrls].map(([seriesId, url]) => ({ seriesId, identity: describeMeetingChat(seriesId, url) }));
  const matched = new Map<string, CalendarEvent[]>();
  for (const event of events) {
    const seriesId = chats.find((chat) => isLinkOfMeeting(chat.identity, event.joinUrl))?.seriesId;
    if (seriesId === undefined) continue;
    matched.set(seriesId, [...(matched.get(seriesId) ?? []), event]);
  }
  return matched;
}

/** Held (not cancelled) occurrence keys in order: the list a rotating host advances along. */
export function listHeldKeys(events: readonly CalendarEvent[]): string[] {
  return [...new Set(events.filter((e) => !e.isCancelled).map(toOccurrenceKey))].sort();
}

/**
 * The series' occurrences still to come (or under way) at `now`. `heldKeys` (from the rotation's
 * start) decides a rotating host; without it, the events themselves are the held list.
 */
export function buildSeriesOccurrences(
  series: MySeries,
  events: readonly CalendarEvent[],
  options: { me: string; now: Date; fallbackTimeZone: string; heldKeys?: readonly string[] },
): MyOccurrence[] {
  const held = options.heldKeys ?? listHeldKeys(events);
  const byKey = new Map<string, MyOccurrence>();
  for (const event of events) {
    if (event.end.getTime() <= options.now.getTime()) continue;
    const occurrenceKey = toOccurrenceKey(event);
    byKey.set(occurrenceKey, {
      seriesId: series.seriesId,
      seriesTitle: series.title,
      occurrenceKey,
      start: event.start,
      end: event.end,
      isCancelled: event.isCancelled,
      timeZone: event.timeZone ?? options.fallbackTimeZone,
      groupId: series.config.workspace.groupId,
      leaveRule: { attendance: series.config.attendance, workingTime: series.config.workingTime },
      roles: detectRoles(series.config, occurrenceKey, held, options.me),
    });
  }
  return [...byKey.values()].sort(compareByStart);
}

export function compareByStart(a: { start: Date; seriesId: string }, b: { start: Date; seriesId: string }): number {
  return a.start.getTime() - b.start.getTime() || a.seriesId.localeCompare(b.seriesId);
}

export function buildReportAddress(seriesId: string, occurrenceKey: string, sectionId: string): string {
  return `${seriesId}|${occurrenceKey}|${sectionId}`;
}

/**
 * One entry per section the viewer speaks in at each held upcoming occurrence, due by the series'
 * rule (getSeriesReportDue) in the series' zone. `submitted`: first-submit times by buildReportAddress.
 */
export function listOwedReports(
  occurrences: readonly MyOccurrence[],
  seriesByChat: ReadonlyMap<string, MySeries>,
  submitted: ReadonlyMap<string, Date>,
): OwedReport[] {
  return occurrences.flatMap((occurrence) => {
    const series = seriesByChat.get(occurrence.seriesId);
    if (series === undefined || occurrence.isCancelled) return [];
    const due = getSeriesReportDue(occurrence.start, series.config, occurrence.timeZone);
    return occurrence.roles.speaks.map((section): OwedReport => {
      const submittedAt = submitted.get(
        buildReportAddress(occurrence.seriesId, occurrence.occurrenceKey, section.sectionId),
      );
      return {
        seriesId: occurrence.seriesId,
        seriesTitle: occurrence.seriesTitle,
        occurrenceKey: occurrence.occurrenceKey,
        start: occurrence.start,
        sectionId: section.sectionId,
        sectionTitle: section.title,
        due,
        timeZone: occurrence.timeZone,
        ...(submittedAt === undefined ? {} : { submittedAt }),
      };
    });
  });
}
