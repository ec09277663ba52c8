import type { AppointmentMode } from "@/lib/office/appointment-port";

export type OutlookPaneKind = "organizer" | "attendee";

/**
 * The organizer's pane inserts the agenda into the invitation, which only a compose item allows
 * (`Body.prependAsync` is for items being composed:
 * https://learn.microsoft.com/office/dev/add-ins/outlook/insert-data-in-the-body); an organizer
 * reading the sent invitation, like anyone else reading it, gets the attendee's read view.
 */
export function pickOutlookPane(isOrganizer: boolean, mode: AppointmentMode): OutlookPaneKind {
  return isOrganizer && mode === "organizerCompose" ? "organizer" : "attendee";
}
