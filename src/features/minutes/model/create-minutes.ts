// The first draft of an occurrence's minutes: the header from the occurrence, one section per
// agenda item, the attendees, and leave already requested. Deterministic for the same inputs, so
// the host and the note-taker who both open empty minutes start from the same base.
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import { applyLeaveRequests } from "./attendance";
import type { Attributed } from "@/meeting/model/authorship/authorship";
import type { LeaveRequestRecord, MinutesPerson, MinutesRecord } from "@/meeting/model/records/minutes-record";

/** An agenda item as the agenda feature hands it over (src/app maps it). */
export interface MinutesAgendaItem {
  id: string;
  title: string;
  /** The item's time box. */
  minutes: number;
  speaker?: MinutesPerson;
}

export interface MinutesOccurrence {
  /** The occurrence's original start in UTC (the series feature's occurrence key). */
  key: string;
  title: string;
  start: Date;
  end: Date;
  joinUrl?: string;
}

export interface CreateMinutesInput {
  occurrence: MinutesOccurrence;
  agendaItems: readonly MinutesAgendaItem[];
  attendees: readonly MinutesPerson[];
  config: Pick<SeriesConfig, "noteTaker">;
  /** This occurrence's host (the agenda's, after rotation), as a UPN. */
  host?: string;
  /** With their authorship: only the people's own requests are recorded as leave by themselves. */
  leaveRequests?: readonly Attributed<LeaveRequestRecord>[];
  by: string;
  now: Date;
}

export function createMinutes(input: CreateMinutesInput): MinutesRecord {
  const { occurrence } = input;
  const attendees = dedupePeople(input.attendees);
  const minutes: MinutesRecord = {
    schemaVersion: 1,
    occurrenceKey: occurrence.key,
    meetingTitle: occurrence.title,
    start: occurrence.start.toISOString(),
    end: occurrence.end.toISOString(),
    ...(occurrence.joinUrl === undefined ? {} : { joinUrl: occurrence.joinUrl }),
    ...(input.host === undefined ? {} : { host: input.host.toLowerCase() }),
    ...(input.config.noteTaker === undefined ? {} : { noteTaker: input.config.noteTaker.toLowerCase() }),
    attendees,
    // Nobody is marked until the note-taker says so: a default of "present" would publish
    // someone who never came as present if the note-taker forgot them.
    attendance: {},
    // A section several people report in (各部门负责人汇报) is one item per speaker: named by them,
    // or the minutes, their card and document would repeat one title without saying whose it is.
    items: input.agendaItems.map((item) => ({
      id: item.id,
      title: item.speaker && item.speaker.name.trim() !== "" ? `${item.title} · ${item.speaker.name}` : item.title,
      notes: "",
      decisions: [],
    })),
    actions: [],
    status: "draft",
    version: 1,
    history: [],
    updatedBy: input.by.toLowerCase(),
    updatedAt: input.now.toISOString(),
  };
  return applyLeaveRequests(minutes, input.leaveRequests ?? []);
}

function dedupePeople(people: readonly MinutesPerson[]): MinutesPerson[] {
  const seen = new Set<string>();
  const result: MinutesPerson[] = [];
  for (const person of people) {
    const upn = person.upn.toLowerCase();
    if (upn === "" || seen.has(upn)) continue;
    seen.add(upn);
    result.push({
      upn,
      name: person.name,
      ...(person.id === undefined ? {} : { id: person.id }),
      ...(person.kind === undefined ? {} : { kind: person.kind }),
    });
  }
  return result;
}
