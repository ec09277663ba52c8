// Pure: what a re-publish can read in its first round, beside the plan's buckets, from the links
// the minutes record kept: the bucket most of the linked tasks were put in (usually the one
// chooseBucket will pick by name), and the linked tasks whose details this publish will rewrite
// (the details half of the link's fingerprint differs), for the etag their PATCH needs
// (https://learn.microsoft.com/graph/api/plannertaskdetails-update). Both are guesses checked
// later: a listing of a bucket that is not the one chosen is not used, and an etag gone stale
// answers 412 and is read again (planner-write.ts).
import { hashDetails, splitFingerprint } from "./fingerprint";
import type { DetailsContent, PlannerLink } from "./types";

export interface EarlyReadPlan {
  /** The bucket to list before the plan's buckets are known; undefined on a first publish. */
  bucketId: string | undefined;
  /** Linked tasks whose details are read now. */
  detailTaskIds: string[];
}

export function planEarlyReads(
  details: readonly { actionId: string; details: DetailsContent }[],
  previous: Readonly<Record<string, PlannerLink>>,
): EarlyReadPlan {
  const votes = new Map<string, number>();
  for (const link of Object.values(previous)) votes.set(link.bucketId, (votes.get(link.bucketId) ?? 0) + 1);
  const [bucketId] = [...votes].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([id]) => id);
  const detailTaskIds = new Set<string>();
  for (const d of details) {
    const link = previous[d.actionId];
    if (link !== undefined && splitFingerprint(link.fingerprint)?.details !== hashDetails(d.details))
      detailTaskIds.add(link.taskId);
  }
  return { bucketId, detailTaskIds: [...detailTaskIds] };
}
