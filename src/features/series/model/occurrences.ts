import { toOccurrenceKey } from "@/meeting/model/identity/occurrence-key";
import type { Occurrence, OccurrencePosition } from "./types";

export interface InstanceInput {
  eventId: string;
  type: "occurrence" | "exception" | "singleInstance";
  start: Date;
  end: Date;
  originalStart?: Date;
  isCancelled: boolean;
}

export interface CancelledInput {
  /** The original start of a cancelled occurrence, as derived from the master's `cancelledOccurrences`. */
  originalStart: Date;
  durationMs: number;
}

function compareByStart(a: Occurrence, b: Occurrence): number {
  return a.start.getTime() - b.start.getTime();
}

/**
 * Occurrences keyed by their original start: a moved occurrence keeps its key (so records written
 * for it before the move still find it); a cancelled one stays in the list, marked cancelled.
 */
export function buildOccurrences(instances: InstanceInput[], cancelled: CancelledInput[]): Occurrence[] {
  const byKey = new Map<string, Occurrence>();
  for (const instance of instances) {
    const originalStart = instance.originalStart ?? instance.start;
    const isMoved =
      instance.type === "exception" &&
      (originalStart.getTime() !== instance.start.getTime() || instance.originalStart === undefined);
    const key = toOccurrenceKey(instance);
    byKey.set(key, {
      key,
      eventId: instance.eventId,
      originalStart,
      start: instance.start,
      end: instance.end,
      status: instance.isCancelled ? "cancelled" : isMoved ? "moved" : "scheduled",
    });
  }
  for (const gone of cancelled) {
    const key = toOccurrenceKey({ start: gone.originalStart });
    if (byKey.has(key)) continue;
    byKey.set(key, {
      key,
      originalStart: gone.originalStart,
      start: gone.originalStart,
      end: new Date(gone.originalStart.getTime() + gone.durationMs),
      status: "cancelled",
    });
  }
  return [...byKey.values()].sort(compareByStart);
}

/** Where `now` falls in the series: the last one held, the one under way or next, and what follows. */
export function locateOccurrences(occurrences: Occurrence[], now: Date, upcomingCount = 6): OccurrencePosition {
  const t = now.getTime();
  const held = occurrences.filter((o) => o.status !== "cancelled");
  const previous = held.filter((o) => o.end.getTime() <= t).at(-1);
  const current = held.find((o) => o.end.getTime() > t);
  const isUnderWay = current !== undefined && current.start.getTime() <= t;
  const upcoming = occurrences.filter((o) => o.end.getTime() > t && o !== current).slice(0, upcomingCount);
  return { previous, current, isUnderWay, upcoming };
}

/** A regular occurrence (not moved, not cancelled) near `now`: it shows the series' usual day and time. */
export function pickRhythmSample(occurrences: Occurrence[], now: Date): Occurrence | undefined {
  const regular = occurrences.filter((o) => o.status === "scheduled");
  return regular.find((o) => o.end.getTime() > now.getTime()) ?? regular.at(-1) ?? occurrences[0];
}
