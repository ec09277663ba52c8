// Pure rules on the appointment's Graph event once mapped: which occurrence it is and whether it
// is a Teams meeting at all.
import { toOccurrenceKey } from "@/meeting/model/identity/occurrence-key";

export interface AppointmentEvent {
  type: "singleInstance" | "occurrence" | "exception" | "seriesMaster";
  seriesMasterId?: string;
  sensitivity: "normal" | "personal" | "private" | "confidential";
  isOnlineMeeting: boolean;
  onlineMeetingProvider?: string;
  joinUrl?: string;
  start: Date;
  originalStart?: Date;
  isOrganizer: boolean;
}

/** A series master item is the whole series: it names no one occurrence. */
export function getAppointmentOccurrenceKey(event: AppointmentEvent): string | undefined {
  return event.type === "seriesMaster" ? undefined : toOccurrenceKey(event);
}

/**
 * A Teams meeting has an online meeting from Teams (`onlineMeetingProvider: teamsForBusiness`) with
 * a join link (https://learn.microsoft.com/graph/api/resources/event): Skype or another provider's
 * meeting has no Teams chat to keep the series in.
 */
export function isTeamsMeeting(event: Pick<AppointmentEvent, "isOnlineMeeting" | "onlineMeetingProvider">): boolean {
  return event.isOnlineMeeting && (event.onlineMeetingProvider ?? "teamsForBusiness") === "teamsForBusiness";
}
