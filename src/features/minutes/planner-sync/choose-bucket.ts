// Pure: which bucket holds an occurrence's tasks, and which buckets to read them from.
import type { PlannerBucket } from "./planner-read";
import type { PlannerLink } from "./types";

export interface BucketChoice {
  /** Undefined: no bucket yet, create one. */
  bucketId: string | undefined;
  readBucketIds: string[];
  duplicateBucketIds: string[];
}

/**
 * The occurrence's bucket is found by name: the occurrence's own bucket when an earlier publish
 * made one (`earlierName`, bucket-names.ts), else the month's (`name`). If a race left two of a
 * name, every client picks the same one (the smallest id) and tasks are read from all of them.
 * A bucket someone renamed is still found through the links the minutes record kept: the one
 * most of them name. Other buckets a link names (a shared "Done" column, say) are not listed —
 * their tasks belong to many occurrences and could pass for ours; the linked tasks there are read
 * by id instead. The month's bucket holds other occurrences' tasks too: those carry their own
 * marker once their details are written, which is never ours (plan-publish.ts).
 */
export function chooseBucket(
  buckets: readonly PlannerBucket[],
  name: string,
  previous: Readonly<Record<string, PlannerLink>>,
  earlierName?: string,
): BucketChoice {
  const namedAs = (wanted: string) =>
    buckets
      .filter((bucket) => bucket.name === wanted)
      .map((bucket) => bucket.id)
      .sort();
  const earlier = earlierName === undefined || earlierName === name ? [] : namedAs(earlierName);
  const named = earlier.length > 0 ? earlier : namedAs(name);
  if (named.length > 0) return { bucketId: named[0], readBucketIds: named, duplicateBucketIds: named.slice(1) };
  const present = new Set(buckets.map((bucket) => bucket.id));
  const votes = new Map<string, number>();
  for (const link of Object.values(previous))
    if (present.has(link.bucketId)) votes.set(link.bucketId, (votes.get(link.bucketId) ?? 0) + 1);
  const [renamed] = [...votes].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([id]) => id);
  return { bucketId: renamed, readBucketIds: renamed === undefined ? [] : [renamed], duplicateBucketIds: [] };
}
