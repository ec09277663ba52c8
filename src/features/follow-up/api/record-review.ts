// Writes the host's or supervisor's verdict on one action item at one occurrence ("reviews" list,
// one record per action and occurrence), so a second click — or a retry after a lost response —
// replaces the verdict instead of adding a twin.
import type { GraphClient } from "@/lib/graph";
import { upsertRecord } from "@/meeting/api/workspace";
import type { StoredRecord, Workspace } from "@/meeting/api/workspace";
import { reviewRecordSchema } from "@/meeting/model/records/review-record";
import { getReviewKey } from "@/meeting/model/record-keys";
import type { ReviewRecord, ReviewVerdict } from "@/meeting/model/records/review-record";

export interface ReviewInput {
  seriesId: string;
  /** The occurrence at which the review is given. */
  occurrenceKey: string;
  action: { actionId: string; owner: string; what: string };
  verdict: ReviewVerdict;
  /** The reviewer's person key (object id). */
  by: string;
  note?: string;
  /** An acceptance of a task Planner does not show done; needs a note saying why. */
  acceptedAnyway?: boolean;
  now?: Date;
}

export function recordReview(
  client: GraphClient,
  ws: Workspace,
  input: ReviewInput,
): Promise<StoredRecord<ReviewRecord>> {
  const note = input.note?.trim();
  const value: ReviewRecord = {
    schemaVersion: 1,
    actionId: input.action.actionId,
    occurrenceKey: input.occurrenceKey,
    verdict: input.verdict,
    by: input.by.toLowerCase(),
    at: (input.now ?? new Date()).toISOString(),
    ...(note === undefined || note === "" ? {} : { note }),
    ...(input.acceptedAnyway === true && input.verdict === "accepted" ? { acceptedAnyway: true as const } : {}),
  };
  return upsertRecord(
    client,
    ws,
    "reviews",
    {
      key: getReviewKey(input.seriesId, input.action.actionId, input.occurrenceKey),
      seriesId: input.seriesId,
      occurrenceKey: input.occurrenceKey,
      // The action's owner, so their own view can find the verdicts on their items by the indexed Owner column.
      owner: input.action.owner.toLowerCase(),
      title: `${input.verdict === "accepted" ? "验收通过" : "验收不通过"} · ${input.action.what}`,
    },
    value,
    { schema: reviewRecordSchema },
  );
}
