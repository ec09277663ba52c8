// Attendance and discipline (docs/domain.md §6): leave requested before the series' cut-off is approved
// leave; a later request is still leave but counts as late notice. Lateness may carry a penalty.
import type { LatenessPolicy } from "@/meeting/model/series-config/series-config";
import { getWriterName, isOwn } from "@/meeting/model/authorship/authorship";
import type { Attributed } from "@/meeting/model/authorship/authorship";
import { attendanceStatuses, findAttendanceKey } from "@/meeting/model/records/minutes-record";
import type {
  AttendanceEntry,
  AttendanceStatus,
  LeaveRequestRecord,
  MinutesRecord,
} from "@/meeting/model/records/minutes-record";

/**
 * True when the request came after the series' cut-off (getLeaveCutoff: one working day before by
 * default); exactly at the cut-off is in time.
 */
export function isLeaveRequestLate(requestedAt: Date, cutoff: Date): boolean {
  return requestedAt.getTime() > cutoff.getTime();
}

/**
 * Records each of the people's own requests as leave (docs/domain.md §6, §9), given every request
 * the occurrence has (a leave set from a request no longer there was withdrawn). A request is applied
 * once (remembered on the entry by its time), so whatever the note-taker marks afterwards — the
 * person came after all — stands. A request someone else wrote for them is left to the note-taker
 * (listLeaveForReview, recordLeaveOnBehalf).
 */
export function applyLeaveRequests(
  minutes: MinutesRecord,
  requests: readonly Attributed<LeaveRequestRecord>[],
): MinutesRecord {
  let attendance = minutes.attendance;
  const requested = new Set<string>();
  for (const { value: request, authorship } of requests) {
    if (!isOwn(authorship)) continue;
    const key = findAttendanceKey(minutes, request.upn);
    requested.add(key);
    if (attendance[key]?.leave?.requestedAt === request.requestedAt) continue;
    attendance = { ...attendance, [key]: toLeaveEntry(request) };
  }
  // A withdrawn request (docs/domain.md §6) takes back the leave it set: the person is expected
  // again, unmarked. A mark the note-taker changed since, or leave they recorded for someone, stays.
  const withdrawn = Object.entries(attendance).filter(([key, entry]) => !requested.has(key) && isFromOwnRequest(entry));
  if (withdrawn.length > 0) {
    const gone = new Set(withdrawn.map(([key]) => key));
    attendance = Object.fromEntries(Object.entries(attendance).filter(([key]) => !gone.has(key)));
  }
  return attendance === minutes.attendance ? minutes : { ...minutes, attendance };
}

function isFromOwnRequest(entry: AttendanceEntry): boolean {
  return entry.status === "leave" && entry.leave !== undefined && entry.leave.onBehalfBy === undefined;
}

/** Requests written on someone's behalf that the attendance does not hold yet: shown, for the note-taker to decide. */
export function listLeaveForReview(
  minutes: MinutesRecord,
  requests: readonly Attributed<LeaveRequestRecord>[],
): Attributed<LeaveRequestRecord>[] {
  return requests.filter(
    ({ value, authorship }) =>
      !isOwn(authorship) &&
      minutes.attendance[findAttendanceKey(minutes, value.upn)]?.leave?.requestedAt !== value.requestedAt,
  );
}

/** The note-taker records a request someone else wrote as leave; the entry keeps who wrote it. */
export function recordLeaveOnBehalf(minutes: MinutesRecord, request: Attributed<LeaveRequestRecord>): MinutesRecord {
  const entry = toLeaveEntry(request.value, getWriterName(request.authorship));
  return { ...minutes, attendance: { ...minutes.attendance, [findAttendanceKey(minutes, request.value.upn)]: entry } };
}

function toLeaveEntry(request: LeaveRequestRecord, onBehalfBy?: string): AttendanceEntry {
  return {
    status: "leave",
    leave: {
      reason: request.reason,
      requestedAt: request.requestedAt,
      isLate: request.isLate,
      ...(onBehalfBy === undefined ? {} : { onBehalfBy }),
    },
  };
}

/**
 * The penalty for one entry under the series' policy; 0 unless late. Amounts are worked in cents
 * so 0.1 × 3 is 0.3, not 0.30000000000000004.
 */
export function computeLatenessPenalty(entry: AttendanceEntry | undefined, policy: LatenessPolicy): number {
  if (entry?.status !== "late") return 0;
  switch (policy.kind) {
    case "none":
      return 0;
    case "flat":
      return Math.round(policy.amount * 100) / 100;
    case "perMinute":
      return (Math.round(policy.amount * 100) * (entry.lateMinutes ?? 0)) / 100;
  }
}

export interface AttendanceSummary {
  counts: Record<AttendanceStatus | "unmarked", number>;
  /** People on leave whose request came after the cut-off. */
  lateNotice: number;
  /** Sum of the lateness penalties, under the same cent arithmetic. */
  penaltyTotal: number;
}

export function summarizeAttendance(minutes: MinutesRecord, policy: LatenessPolicy): AttendanceSummary {
  const counts: AttendanceSummary["counts"] = { present: 0, late: 0, leave: 0, absent: 0, unmarked: 0 };
  let lateNotice = 0;
  let penaltyCents = 0;
  for (const person of minutes.attendees) {
    const entry = minutes.attendance[person.upn.toLowerCase()];
    if (!entry) {
      counts.unmarked += 1;
      continue;
    }
    counts[entry.status] += 1;
    if (entry.status === "leave" && entry.leave?.isLate === true) lateNotice += 1;
    penaltyCents += Math.round(computeLatenessPenalty(entry, policy) * 100);
  }
  return { counts, lateNotice, penaltyTotal: penaltyCents / 100 };
}

export function isAttendanceStatus(value: string): value is AttendanceStatus {
  return (attendanceStatuses as readonly string[]).includes(value);
}
