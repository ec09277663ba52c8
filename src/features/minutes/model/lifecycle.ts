// Minutes go draft → published → confirmed (docs/domain.md §5). Published minutes are locked: changing
// them means an amendment, a new draft version that keeps what was published in `history`.
import type { MinutesRecord } from "@/meeting/model/records/minutes-record";

export function canEdit(minutes: MinutesRecord): boolean {
  return minutes.status !== "published";
}

/**
 * A draft of the next version. The published one is kept whole (as JSON) so what attendees
 * confirmed can always be shown again; Planner links stay so re-publishing updates the same tasks.
 */
export function startAmendment(minutes: MinutesRecord, by: string, now: Date): MinutesRecord {
  if (minutes.status !== "published") return minutes;
  const published = minutes.published;
  const entry = {
    version: minutes.version,
    publishedAt: published?.at ?? minutes.updatedAt,
    publishedBy: published?.by ?? minutes.updatedBy,
    snapshot: JSON.stringify({ ...minutes, history: [] }),
  };
  return {
    ...minutes,
    status: "draft",
    version: minutes.version + 1,
    history: [...minutes.history.filter((h) => h.version !== minutes.version), entry],
    updatedBy: by.toLowerCase(),
    updatedAt: now.toISOString(),
  };
}
