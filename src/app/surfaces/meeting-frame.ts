// What every view of one occurrence is given, worked out once from the series, its configuration
// and the viewer: the meeting side panel and chat tab (meeting-workbench.tsx) and the Outlook task
// panes (outlook-*-pane.tsx) compose the same features from it.
import { getSeriesReportDue } from "@/meeting/model/series-config/deadlines";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import { findPreviousOccurrenceKey } from "@/meeting/model/identity/occurrence-key";
import { getMeetingRoles } from "@/meeting/model/roles/meeting-roles";
import { listSpeakerSlots } from "@/meeting/model/roles/people";
import type { PersonKeyOf } from "@/meeting/model/roles/person-keys";
import { canTakeWork } from "@/meeting/model/directory/people-by-address";
import { locateOccurrences } from "@/features/series";
import type { Occurrence, RequestedOccurrenceState, Series } from "@/features/series";

/**
 * The occurrence a surface opens: the one a link or the picker asked for, wherever it lies (none
 * when it does not exist: RequestedOccurrenceNotice says so), else the current one — or, after the
 * series' last meeting, the previous one, whose minutes may still need writing.
 */
export function pickOpenOccurrence(series: Series, wanted: RequestedOccurrenceState, now: Date) {
  const position = locateOccurrences(series.occurrences, now);
  const found = wanted.kind === "found" ? wanted.occurrence : undefined;
  const occurrence = wanted.kind === "none" ? (position.current ?? position.previous) : found;
  return { position, found, occurrence };
}

export function buildNames(series: Series): Record<string, string> {
  const names: Record<string, string> = {};
  // Records key people by object id; older ones by UPN or the calendar address: each names the person.
  for (const person of [series.organizer, ...series.attendees]) {
    names[person.email.toLowerCase()] = person.name;
    if (person.upn !== undefined) names[person.upn] = person.name;
    names[person.key] = person.name;
  }
  return names;
}

/** The meeting's own people (organizer and attendees in the organization), by person key, once each. */
export function listMeetingPeople(series: Series): { upn: string; name: string }[] {
  const people = [series.organizer, ...series.attendees.filter(canTakeWork)];
  return people
    .filter((p, i) => people.findIndex((q) => q.key === p.key) === i)
    .map((p) => ({ upn: p.key, name: p.name }));
}

export interface FrameInput {
  series: Series;
  /** The configuration with its people keyed (keyConfigPeople). */
  config: SeriesConfig;
  keyOf: PersonKeyOf;
  me: string;
  occurrence: Occurrence | undefined;
  /** An occurrence asked for by name (a link, the picker, the appointment): held even when cancelled. */
  asked?: Occurrence | undefined;
}

/**
 * The held occurrences (one asked for counted even when the calendar window left it out), the
 * viewer's roles in it, the speakers, the report due time and the occurrence before it.
 */
export function frameOccurrence({ series, config, keyOf, me, occurrence, asked }: FrameInput) {
  const heldKeys = series.occurrences.filter((o) => o.status !== "cancelled").map((o) => o.key);
  if (asked !== undefined && !heldKeys.includes(asked.key)) heldKeys.push(asked.key);
  heldKeys.sort();
  const roles = getMeetingRoles({
    config,
    organizer: keyOf(series.organizer.key),
    me,
    occurrenceKey: occurrence?.key,
    heldKeys,
  });
  const names = buildNames(series);
  const due = occurrence ? getSeriesReportDue(occurrence.start, config, series.timeZone) : new Date();
  const previous = occurrence ? findPreviousOccurrenceKey(heldKeys, occurrence.key) : undefined;
  return { heldKeys, roles, names, speakers: listSpeakerSlots(config, names), due, previous };
}
