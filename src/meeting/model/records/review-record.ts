// The review of an earlier action item at a later occurrence (docs/domain.md §5): accepted, or not
// and carried over. Written and read only by follow-up, so strict.
import * as z from "zod/mini";

export const reviewVerdicts = ["accepted", "notAccepted"] as const;

export const reviewRecordSchema = z.object({
  schemaVersion: z.literal(1),
  actionId: z.string(),
  /** The occurrence at which the review happened (not the one the action came from). */
  occurrenceKey: z.string(),
  verdict: z.enum(reviewVerdicts),
  /** Person key (object id; a UPN in older records) of the host or supervisor who reviewed. */
  by: z.string(),
  at: z.string(),
  note: z.optional(z.string()),
  /**
   * Accepted although Planner did not show the task done: the reviewer said so explicitly, and
   * `note` holds why. Absent on every other verdict (and on verdicts written before it existed).
   */
  acceptedAnyway: z.optional(z.literal(true)),
});

export type ReviewRecord = z.infer<typeof reviewRecordSchema>;
export type ReviewVerdict = (typeof reviewVerdicts)[number];
