// Minutes go draft → published → confirmed (docs/domain.md §5). Published minutes are locked: changing
// them means an amendment, a new draft version that keeps what was published in `history`.
import { minutesRecordSchema } from "@/meeting/model/records/minutes-record";
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

/**
 * The minutes as last published, for attendees to read and confirm: the record itself while it is
 * published; during an amendment the published version kept in `history`, since the draft of the
 * next version is not what anyone is asked to confirm. Undefined before the first publication.
 */
export function getPublishedMinutes(minutes: MinutesRecord): MinutesRecord | undefined {
  if (minutes.status === "published") return minutes;
  const version = minutes.published?.version;
  const entry = minutes.history.find((h) => h.version === version);
  if (entry === undefined) return undefined;
  try {
    const parsed = minutesRecordSchema.safeParse(JSON.parse(entry.snapshot));
    return parsed.success ? parsed.data : undefined;
  } catch (error) {
    // A snapshot that is not JSON is shown as no published text, not as a broken panel.
    console.warn("The published minutes' snapshot could not be read", error);
    return undefined;
  }
}
