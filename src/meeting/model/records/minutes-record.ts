// The minutes of one occurrence (docs/domain.md §5): header, attendance, per agenda item notes, decisions
// and action items. Stored in the workspace ("minutes" records, one per occurrence); the published
// versions are kept, and each action item's Planner task is remembered so re-publishing updates it.
import * as z from "zod/mini";

export const attendanceStatuses = ["present", "late", "leave", "absent"] as const;
export const actionPriorities = ["urgent", "important", "medium", "low"] as const;

export const attendanceSchema = z.object({
  status: z.enum(attendanceStatuses),
  lateMinutes: z.optional(z.number().check(z.int(), z.gte(0), z.lte(1440))),
  note: z.optional(z.string()),
  /**
   * The leave request this entry was set from. Kept so a request is applied once: if the person
   * turns up anyway and is marked present, re-applying the same request must not undo that.
   */
  leave: z.optional(
    z.object({
      reason: z.string(),
      requestedAt: z.string(),
      isLate: z.boolean(),
      /**
       * Who SharePoint says wrote the request when it was not the person themself (docs/domain.md
       * §9): the note-taker recorded it as leave anyway. "" when the writer could not be named.
       */
      onBehalfBy: z.optional(z.string()),
    }),
  ),
});

export const decisionSchema = z.object({ id: z.string(), text: z.string() });

export const actionItemSchema = z.object({
  id: z.string(),
  itemId: z.string(),
  decisionId: z.optional(z.string()),
  what: z.string(),
  /** userPrincipalName; the Planner assignee. */
  owner: z.string(),
  ownerName: z.string(),
  /** The due date, YYYY-MM-DD, in the series' time zone. */
  due: z.string(),
  /** The standard of done (验收标准). */
  standard: z.string(),
  supervisor: z.optional(z.string()),
  supervisorName: z.optional(z.string()),
  priority: z.enum(actionPriorities),
  /** Where it came from, e.g. a help-needed request in a submitted report. */
  source: z.optional(z.object({ kind: z.literal("helpNeeded"), reportKey: z.string(), index: z.number() })),
});

export const minutesItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  notes: z.string(),
  decisions: z.array(decisionSchema),
});

const plannerLinkSchema = z.object({
  taskId: z.string(),
  bucketId: z.string(),
  /** Hash of what was last written for the task and its details: unchanged → nothing to write. */
  fingerprint: z.string(),
});

export const reassignmentReasons = ["gone", "disabled", "notMember", "other"] as const;

/**
 * An action item handed to someone else after publication (docs/domain.md §6): its Planner task was
 * reassigned and the action's owner changed with it; this keeps who it was and why.
 */
export const reassignmentSchema = z.object({
  actionId: z.string(),
  from: z.string(),
  fromName: z.string(),
  to: z.string(),
  toName: z.string(),
  reason: z.enum(reassignmentReasons),
  by: z.string(),
  at: z.string(),
});

export const minutesRecordSchema = z.object({
  schemaVersion: z.literal(1),
  occurrenceKey: z.string(),
  meetingTitle: z.string(),
  start: z.string(),
  end: z.string(),
  joinUrl: z.optional(z.string()),
  host: z.optional(z.string()),
  noteTaker: z.optional(z.string()),
  /**
   * `upn` is the person key attendance is held under: the object id (older minutes: the resolved
   * UPN); `id` the directory object id and `kind` what the directory says the person is
   * (docs/architecture.md §4); minutes written before people were resolved lack both.
   */
  attendees: z.array(
    z.object({
      upn: z.string(),
      name: z.string(),
      id: z.optional(z.string()),
      kind: z.optional(z.enum(["member", "guest", "distributionList", "external"])),
    }),
  ),
  attendance: z.record(z.string(), attendanceSchema),
  items: z.array(minutesItemSchema),
  actions: z.array(actionItemSchema),
  status: z.enum(["draft", "published"]),
  /** 1 for the first publication; an amendment publishes version + 1 and keeps the earlier ones. */
  version: z.number(),
  published: z.optional(
    z.object({
      version: z.number(),
      at: z.string(),
      by: z.string(),
      messageId: z.optional(z.string()),
      documentUrl: z.optional(z.string()),
      planner: z.record(z.string(), plannerLinkSchema),
      /**
       * When and in which language the publish of `version` started, saved before its document and card
       * are written: a retry by anyone — before or after the publish completed — writes them in the same
       * language (so the same file name) and looks for the card in the chat from `at` on.
       */
      started: z.optional(z.object({ version: z.number(), language: z.enum(["zh-CN", "en-US"]), at: z.string() })),
    }),
  ),
  history: z.array(
    z.object({ version: z.number(), publishedAt: z.string(), publishedBy: z.string(), snapshot: z.string() }),
  ),
  reassignments: z.optional(z.array(reassignmentSchema)),
  updatedBy: z.string(),
  updatedAt: z.string(),
});

export type MinutesRecord = z.infer<typeof minutesRecordSchema>;
export type MinutesItem = z.infer<typeof minutesItemSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type ActionItem = z.infer<typeof actionItemSchema>;
export type AttendanceEntry = z.infer<typeof attendanceSchema>;
export type Reassignment = z.infer<typeof reassignmentSchema>;
export type ReassignmentReason = (typeof reassignmentReasons)[number];
export type AttendanceStatus = (typeof attendanceStatuses)[number];
export type MinutesPerson = MinutesRecord["attendees"][number];
export type ActionPriority = (typeof actionPriorities)[number];

/** Planner's priority scale (https://learn.microsoft.com/graph/api/resources/plannertask): 1 urgent, 3 important, 5 medium, 9 low. */
export const plannerPriority: Record<ActionPriority, number> = { urgent: 1, important: 3, medium: 5, low: 9 };

export const confirmationSchema = z.object({
  schemaVersion: z.literal(1),
  /** The attendee's person key (object id); a UPN in records written before people were keyed by id. */
  upn: z.string(),
  version: z.number(),
  confirmedAt: z.string(),
});
export type ConfirmationRecord = z.infer<typeof confirmationSchema>;

export const leaveRequestSchema = z.object({
  schemaVersion: z.literal(1),
  /** The attendee's person key (object id); a UPN in records written before people were keyed by id. */
  upn: z.string(),
  reason: z.string(),
  requestedAt: z.string(),
  /** Requested after the series' cut-off: recorded, but counted as late notice. */
  isLate: z.boolean(),
});
export type LeaveRequestRecord = z.infer<typeof leaveRequestSchema>;

/**
 * Whether a person key names this attendee: new minutes name attendees by key (their object id);
 * older ones by UPN, with the id beside it once people were resolved (docs/architecture.md §4).
 */
export function isAttendee(person: Pick<MinutesPerson, "upn" | "id">, key: string): boolean {
  const wanted = key.trim().toLowerCase();
  return person.upn.toLowerCase() === wanted || person.id?.toLowerCase() === wanted;
}

/** The key the minutes' attendance holds a person under: their attendee entry's, else their own. */
export function findAttendanceKey(minutes: Pick<MinutesRecord, "attendees">, key: string): string {
  return (minutes.attendees.find((a) => isAttendee(a, key))?.upn ?? key).toLowerCase();
}

/**
 * The attendees with the id the person index gives those stored without one (minutes written before
 * ids were kept name them only by UPN or address), for matching records keyed by id against them.
 */
export function fillAttendeeIds<T extends Pick<MinutesRecord, "attendees">>(
  minutes: T,
  keyOf: (name: string) => string,
): T {
  const attendees = minutes.attendees.map((person) => {
    const key = keyOf(person.upn);
    return person.id !== undefined || key === person.upn.trim().toLowerCase() ? person : { ...person, id: key };
  });
  return attendees.some((person, i) => person !== minutes.attendees[i]) ? { ...minutes, attendees } : minutes;
}
