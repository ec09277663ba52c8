import type { MeetingPerson } from "@/meeting/model/directory/people-by-address";

/** Someone the meeting names, keyed by directory id and UPN (docs/architecture.md §4). */
export type Person = MeetingPerson;

export type Weekday = "sunday" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday";

export type RecurrenceRule =
  | { kind: "daily"; interval: number }
  | { kind: "weekly"; interval: number; days: Weekday[] }
  | { kind: "monthlyOnDay"; interval: number; dayOfMonth: number }
  | {
      kind: "monthlyOnWeekday";
      interval: number;
      week: "first" | "second" | "third" | "fourth" | "last";
      days: Weekday[];
    }
  | { kind: "yearly"; interval: number }
  | { kind: "once" };

export type OccurrenceStatus = "scheduled" | "moved" | "cancelled";

/**
 * One meeting of a series. `key` is the original start in UTC (ISO): the only identity an
 * occurrence shares across every attendee's mailbox (event ids differ per mailbox).
 */
export interface Occurrence {
  key: string;
  eventId?: string;
  originalStart: Date;
  start: Date;
  end: Date;
  status: OccurrenceStatus;
}

export interface Series {
  seriesId: string;
  title: string;
  joinUrl: string;
  masterEventId: string;
  recurrence: RecurrenceRule;
  /** The IANA zone the series repeats in (its weekday and time of day are wall-clock there). */
  timeZone: string;
  /** Graph's name for the meeting's zone when no table knows it (`tzone://Microsoft/Custom`): `timeZone` is then UTC. */
  unknownTimeZone?: string;
  organizer: Person;
  attendees: Person[];
  occurrences: Occurrence[];
}

export interface OccurrencePosition {
  previous?: Occurrence;
  /** Under way now, or else the next one to come. */
  current?: Occurrence;
  isUnderWay: boolean;
  upcoming: Occurrence[];
}
