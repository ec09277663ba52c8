import type { Occurrence } from "./types";

/**
 * What a link's `occurrence=` finds among the occurrences at hand. A key between the first and the
 * last one loaded that names none of them is no meeting of the series; one outside that span may be
 * a meeting the calendar window left out, and is looked up on its own. Cancelled meetings stay in the
 * list (the master names every one, docs/architecture.md §4), so a cancelled key is known wherever it lies.
 */
export type RequestedOccurrence =
  | { kind: "found"; occurrence: Occurrence }
  | { kind: "cancelled"; at: Date; nearest?: Occurrence }
  | { kind: "notInSeries"; at?: Date; nearest?: Occurrence }
  | { kind: "lookUp"; at: Date };

/** The held (not cancelled) meeting that takes place closest in time to `at`; the later one on a tie. */
export function findNearestOccurrence(occurrences: readonly Occurrence[], at: Date): Occurrence | undefined {
  let nearest: Occurrence | undefined;
  for (const candidate of occurrences) {
    if (candidate.status === "cancelled") continue;
    const distance = Math.abs(candidate.start.getTime() - at.getTime());
    const best = nearest === undefined ? Infinity : Math.abs(nearest.start.getTime() - at.getTime());
    if (distance < best || (distance === best && nearest !== undefined && candidate.start > nearest.start))
      nearest = candidate;
  }
  return nearest;
}

export function parseOccurrenceInstant(key: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(key)) return undefined;
  const at = new Date(key);
  return Number.isNaN(at.getTime()) ? undefined : at;
}

function withNearest(occurrences: readonly Occurrence[], at: Date): { nearest?: Occurrence } {
  const nearest = findNearestOccurrence(occurrences, at);
  return nearest === undefined ? {} : { nearest };
}

export function findRequestedOccurrence(occurrences: readonly Occurrence[], key: string): RequestedOccurrence {
  const at = parseOccurrenceInstant(key);
  if (at === undefined) {
    const first = occurrences.find((o) => o.status !== "cancelled");
    return first === undefined ? { kind: "notInSeries" } : { kind: "notInSeries", nearest: first };
  }
  const match = occurrences.find((o) => o.key === at.toISOString());
  if (match?.status === "cancelled") return { kind: "cancelled", at, ...withNearest(occurrences, at) };
  if (match) return { kind: "found", occurrence: match };
  const loaded = occurrences.filter((o) => o.eventId !== undefined).map((o) => o.originalStart.getTime());
  if (loaded.length > 0 && at.getTime() > Math.min(...loaded) && at.getTime() < Math.max(...loaded))
    return { kind: "notInSeries", at, ...withNearest(occurrences, at) };
  return { kind: "lookUp", at };
}

/**
 * The answer of a look-up around `at`: the meeting whose key it is, else "not in the series" with the
 * nearest meeting among those fetched and those loaded.
 */
export function settleLookUp(
  key: string,
  at: Date,
  fetched: readonly Occurrence[],
  loaded: readonly Occurrence[],
): RequestedOccurrence {
  const match = fetched.find((o) => o.key === key || o.originalStart.getTime() === at.getTime());
  if (match)
    return match.status === "cancelled"
      ? { kind: "cancelled", at, ...withNearest([...fetched, ...loaded], at) }
      : { kind: "found", occurrence: match };
  return { kind: "notInSeries", at, ...withNearest([...fetched, ...loaded], at) };
}
