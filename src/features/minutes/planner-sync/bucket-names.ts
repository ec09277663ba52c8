// Pure: where an occurrence's action items go in the series' plan (docs/domain.md §5).
//
// Planner holds at most 200 buckets in a plan (https://learn.microsoft.com/office365/planner/planner-limits).
// One bucket per occurrence, as publishes first did, fills that in under four years of weekly
// meetings — less for a daily one. One bucket per calendar month of the series' zone,
// "2026-12 周例会", makes 12 a year whatever the rhythm: 120 in ten years, leaving 80 for the
// buckets people add themselves, and a board column holds four or five meetings' items. A quarter
// or a year would last longer but make columns of 13 or 52 meetings, which nobody reads in Planner.
//
// An occurrence published before keeps its own bucket, named like the occurrence
// ("2026-11-30 周例会"): its tasks are still found there, and items added in a revision join them.

/** The month's bucket, e.g. "2026-12 周例会"; `date` is the occurrence's date (YYYY-MM-DD) in the series' zone. */
export function getBucketName(date: string, meetingTitle: string): string {
  return `${readDate(date).slice(0, 7)} ${meetingTitle}`;
}

/**
 * The occurrence as it is named in each task's reference back to the minutes, e.g.
 * "2026-11-30 周例会" — also the name of the bucket publishes made per occurrence before.
 */
export function getOccurrenceName(date: string, meetingTitle: string): string {
  return `${readDate(date)} ${meetingTitle}`;
}

function readDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`An occurrence date must be YYYY-MM-DD, got "${date}"`);
  return date;
}
