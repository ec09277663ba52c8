// What the Outlook pane learns from its appointment: our series (the meeting chat's thread) and
// the occurrence the workbench uses, or why the appointment cannot be a Meetloop meeting.

export interface ResolvedAppointment {
  /** The meeting chat's thread id: the series key, the `chatId` the Teams tab uses. */
  seriesId: string;
  /** The occurrence key (occurrence-key.ts) of this appointment; none for a series master item. */
  occurrenceKey?: string;
  isOrganizer: boolean;
}

export type AppointmentProblemKind = "notSaved" | "notTeamsMeeting" | "private" | "notFound" | "noAccess";

export type AppointmentResolution =
  | { kind: "resolved"; appointment: ResolvedAppointment }
  | { kind: "problem"; problem: AppointmentProblemKind; detail?: string };

export const appointmentProblemKinds: readonly AppointmentProblemKind[] = [
  "notSaved",
  "notTeamsMeeting",
  "private",
  "notFound",
  "noAccess",
];
