// What an attendee may do about their own leave for one occurrence (docs/domain.md §4, Leave): ask
// until the meeting starts (late after the cut-off), withdraw until the cut-off, and nothing once
// the minutes are published — a recorded leave is then part of the record, shown read-only.

export type LeaveControl =
  | { kind: "none" }
  /** The leave is recorded and can no longer change. */
  | { kind: "recorded" }
  | { kind: "open"; canWithdraw: boolean };

export interface LeaveControlInput {
  now: Date;
  meetingStart: Date;
  /** getLeaveCutoff for the occurrence. */
  cutoff: Date;
  isPublished: boolean;
  /** The attendee's own request is stored (one written for them by someone else does not count). */
  hasOwnRequest: boolean;
}

/** Withdrawing is allowed while asking would still be in time: up to and including the cut-off. */
export function canWithdrawLeave(now: Date, cutoff: Date): boolean {
  return now.getTime() <= cutoff.getTime();
}

export function getLeaveControl({
  now,
  meetingStart,
  cutoff,
  isPublished,
  hasOwnRequest,
}: LeaveControlInput): LeaveControl {
  const isClosed = isPublished || now.getTime() >= meetingStart.getTime();
  if (isClosed) return hasOwnRequest ? { kind: "recorded" } : { kind: "none" };
  return { kind: "open", canWithdraw: hasOwnRequest && canWithdrawLeave(now, cutoff) };
}
