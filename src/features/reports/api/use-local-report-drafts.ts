// The speaker's unsent report drafts in this browser (the drafts store, IndexedDB), read without
// Graph: what the side panel can still show when Microsoft 365 cannot be reached before the series
// has loaded (docs/architecture.md, "Drafts"). Only drafts not yet sent are listed; a submitted one
// is on the server already.
import { useQuery } from "@tanstack/react-query";
import { buildDraftKeyPrefix, parseDraftKey, useDraftStore } from "@/lib/drafts";
import type { DraftStore } from "@/lib/drafts";
import type { ReportFields } from "@/meeting/model/records/report-record";
import { listFilledFieldIds } from "../model/report";
import { reportQueryKeys } from "./query-keys";

export interface LocalReportDraft {
  key: string;
  occurrenceKey: string;
  sectionId: string;
  fields: ReportFields;
  updatedAt: Date;
}

export async function listLocalReportDrafts(
  store: DraftStore,
  seriesId: string,
  userId: string,
): Promise<LocalReportDraft[]> {
  const drafts = await store.listDrafts(buildDraftKeyPrefix({ userId, seriesId }));
  return drafts.flatMap((draft) => {
    const parts = parseDraftKey(draft.key);
    if (parts?.kind !== "report" || draft.status === "submitted") return [];
    const fields = (draft.value ?? {}) as ReportFields;
    if (listFilledFieldIds(fields).length === 0) return [];
    return [
      {
        key: draft.key,
        occurrenceKey: parts.occurrenceKey,
        sectionId: parts.itemId ?? "",
        fields,
        updatedAt: draft.updatedAt,
      },
    ];
  });
}

/** Newest meeting first; nothing is read without a signed-in user. */
export function useLocalReportDrafts(seriesId: string, userId: string | undefined) {
  const store = useDraftStore();
  return useQuery({
    queryKey: reportQueryKeys.localDrafts(seriesId, userId ?? ""),
    queryFn: async () =>
      (await listLocalReportDrafts(store, seriesId, userId ?? "")).sort((a, b) =>
        b.occurrenceKey.localeCompare(a.occurrenceKey),
      ),
    enabled: userId !== undefined && userId !== "",
  });
}
