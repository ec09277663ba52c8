export const appointmentQueryKeys = {
  /** The appointment the pane is open on: one per page, so one key. */
  current: () => ["appointment", "current"] as const,
};
