// Every attendee confirms the minutes (docs/domain.md §5) — themself: a confirmation counts only when
// SharePoint says the attendee wrote it (docs/domain.md §9). One someone else wrote is shown, with
// who wrote it, and not counted. Pure.
import { getWriterName, isOwn } from "@/meeting/model/authorship/authorship";
import type { Attributed } from "@/meeting/model/authorship/authorship";
import { isAttendee } from "@/meeting/model/records/minutes-record";
import type { ConfirmationRecord, MinutesPerson } from "@/meeting/model/records/minutes-record";

export interface NotCountedConfirmation {
  /** Why: written by someone else from the start, changed by someone else since, or not verifiable. */
  reason: "onBehalf" | "changedBy" | "unverified";
  /** Who SharePoint says wrote it; "" when it could not be named. */
  by: string;
  version: number;
}

export interface AttendeeConfirmation {
  person: MinutesPerson;
  /** The version the attendee confirmed themself. */
  confirmedVersion?: number;
  /** Confirmed the published version (or a later one) themself. */
  isCurrent: boolean;
  notCounted?: NotCountedConfirmation;
}

export interface ConfirmationSummary {
  rows: AttendeeConfirmation[];
  /** Attendees who confirmed the published version themselves. */
  done: number;
  total: number;
  /** Confirmations naming an attendee that someone else wrote. */
  notCounted: number;
}

/** One row per attendee, in the minutes' order. */
export function summarizeConfirmations(
  attendees: readonly MinutesPerson[],
  confirmations: readonly Attributed<ConfirmationRecord>[],
  publishedVersion: number,
): ConfirmationSummary {
  const rows = attendees.map((person) => getAttendeeConfirmation(person, confirmations, publishedVersion));
  return {
    rows,
    done: rows.filter((row) => row.isCurrent).length,
    total: rows.length,
    notCounted: rows.filter((row) => row.notCounted !== undefined).length,
  };
}

export function getAttendeeConfirmation(
  person: MinutesPerson,
  confirmations: readonly Attributed<ConfirmationRecord>[],
  publishedVersion: number,
): AttendeeConfirmation {
  const mine = confirmations.filter((c) => isAttendee(person, c.value.upn));
  const own = mine.filter((c) => isOwn(c.authorship));
  const confirmedVersion = own.length === 0 ? undefined : Math.max(...own.map((c) => c.value.version));
  // Someone else's confirmation for them matters only until they have confirmed that version
  // themselves (it may sit under an older key than theirs, which replaces it no longer).
  const other = mine.find(
    (c) => !isOwn(c.authorship) && (confirmedVersion === undefined || confirmedVersion < c.value.version),
  );
  return {
    person,
    ...(confirmedVersion === undefined ? {} : { confirmedVersion }),
    isCurrent: confirmedVersion !== undefined && confirmedVersion >= publishedVersion,
    ...(other === undefined
      ? {}
      : {
          notCounted: {
            reason:
              other.authorship.kind === "onBehalf"
                ? other.authorship.change === "changed"
                  ? "changedBy"
                  : "onBehalf"
                : "unverified",
            by: getWriterName(other.authorship),
            version: other.value.version,
          },
        }),
  };
}
