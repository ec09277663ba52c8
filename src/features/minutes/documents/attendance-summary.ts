// Who came, who was late (and by how much), who was on leave and who was absent — the attendance
// part of the minutes (docs/domain.md §5 header "absentees with leave status", §6 discipline), computed
// once so the chat card and the .docx say the same thing.
import type { LatenessPolicy } from "@/meeting/model/series-config/series-config";
import type { MinutesRecord } from "@/meeting/model/records/minutes-record";
import { attendanceStatuses } from "@/meeting/model/records/minutes-record";
import type { AttendanceStatus } from "./labels";

/** An attendee with no attendance entry yet: shown as such rather than guessed present. */
export type AttendanceState = AttendanceStatus | "unrecorded";

export interface AttendancePerson {
  upn: string;
  name: string;
  status: AttendanceState;
  lateMinutes?: number;
  note?: string;
  /** The lateness penalty under the series' policy; absent when there is no policy or it cannot be worked out. */
  penalty?: number;
}

export interface AttendanceSummary {
  /** The series' lateness policy the penalties follow (docs/domain.md §6); "none" when not given. */
  lateness: LatenessPolicy;
  /** Sum of the penalties, worked in cents so 0.1 + 0.2 stays 0.3. */
  penaltyTotal: number;
  /** Everyone expected (应到), in the minutes' attendee order. */
  people: AttendancePerson[];
  counts: Record<AttendanceState, number>;
  expected: number;
  /** Present or late: actually there (实到). */
  attended: number;
}

/** Display name for a UPN: the caller's directory first, then the name stored with the minutes, then the UPN. */
export function resolveName(upn: string, displayNames: Readonly<Record<string, string>>, fallback?: string): string {
  const fromDirectory = displayNames[upn] ?? displayNames[upn.toLowerCase()];
  if (fromDirectory?.trim()) return fromDirectory;
  if (fallback?.trim()) return fallback;
  return upn;
}

/**
 * The penalty for being `lateMinutes` late. The source documents fine either per minute ("凡迟到1分钟
 * 罚款10元，超过1分钟的，加1分钟加10元") or a flat amount ("凡迟到者罚款20元"); docs/domain.md §6.
 */
export function getLatenessPenalty(
  policy: LatenessPolicy | undefined,
  lateMinutes: number | undefined,
): number | undefined {
  if (!policy || policy.kind === "none") return undefined;
  if (policy.kind === "flat") return policy.amount;
  return lateMinutes === undefined ? undefined : policy.amount * lateMinutes;
}

export function summarizeAttendance(
  minutes: Pick<MinutesRecord, "attendees" | "attendance">,
  displayNames: Readonly<Record<string, string>>,
  policy?: LatenessPolicy,
): AttendanceSummary {
  // Keys are UPNs, whose case can differ between sources (calendar vs chat members).
  const byUpn = new Map(Object.entries(minutes.attendance).map(([upn, entry]) => [upn.toLowerCase(), entry]));
  const counts: Record<AttendanceState, number> = { present: 0, late: 0, leave: 0, absent: 0, unrecorded: 0 };
  let penaltyCents = 0;
  const people = minutes.attendees.map(({ upn, name }): AttendancePerson => {
    const entry = byUpn.get(upn.toLowerCase());
    const status: AttendanceState = entry && attendanceStatuses.includes(entry.status) ? entry.status : "unrecorded";
    counts[status]++;
    const person: AttendancePerson = { upn, name: resolveName(upn, displayNames, name), status };
    if (status === "late" && entry?.lateMinutes !== undefined) person.lateMinutes = entry.lateMinutes;
    if (entry?.note?.trim()) person.note = entry.note;
    if (status === "late") {
      const penalty = getLatenessPenalty(policy, entry?.lateMinutes);
      if (penalty !== undefined) {
        person.penalty = penalty;
        penaltyCents += Math.round(penalty * 100);
      }
    }
    return person;
  });
  return {
    lateness: policy ?? { kind: "none" },
    penaltyTotal: penaltyCents / 100,
    people,
    counts,
    expected: people.length,
    attended: counts.present + counts.late,
  };
}

/** Whether the policy fines anyone: only then do the card and the document show it. */
export function isFining(policy: LatenessPolicy): boolean {
  return policy.kind !== "none";
}

/** Attendees absent or on leave: the people the published minutes must also reach (docs/domain.md §1 "After"). */
export function listAbsentees(summary: AttendanceSummary): AttendancePerson[] {
  return summary.people.filter((person) => person.status === "absent" || person.status === "leave");
}
