// The Graph `event` fields the series feature reads, as Graph sends them. These shapes stop here:
// map-event.ts turns them into the feature's own types.
// https://learn.microsoft.com/graph/api/resources/event

export interface GraphDateTimeTimeZone {
  dateTime: string;
  timeZone?: string | null;
}

export interface GraphEmailAddress {
  name?: string | null;
  address?: string | null;
}

export interface GraphRecurrence {
  pattern: {
    type: "daily" | "weekly" | "absoluteMonthly" | "relativeMonthly" | "absoluteYearly" | "relativeYearly";
    interval: number;
    daysOfWeek?: string[] | null;
    dayOfMonth?: number | null;
    index?: "first" | "second" | "third" | "fourth" | "last" | null;
  };
  range: { type: string; startDate?: string | null; recurrenceTimeZone?: string | null };
}

export interface GraphEvent {
  id: string;
  subject?: string | null;
  type?: "singleInstance" | "occurrence" | "exception" | "seriesMaster" | null;
  seriesMasterId?: string | null;
  start: GraphDateTimeTimeZone;
  end: GraphDateTimeTimeZone;
  originalStart?: string | null;
  originalStartTimeZone?: string | null;
  isCancelled?: boolean | null;
  onlineMeeting?: { joinUrl?: string | null } | null;
  organizer?: { emailAddress?: GraphEmailAddress | null } | null;
  attendees?: { emailAddress?: GraphEmailAddress | null; type?: string | null }[] | null;
  recurrence?: GraphRecurrence | null;
  cancelledOccurrences?: string[] | null;
}

export interface GraphChat {
  id: string;
  topic?: string | null;
  chatType?: string | null;
  onlineMeetingInfo?: { joinWebUrl?: string | null } | null;
}

export interface GraphCollection<T> {
  value: T[];
  "@odata.nextLink"?: string;
}
