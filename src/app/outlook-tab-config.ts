// Where an Outlook pane's series is kept. Outlook has no meeting tab whose contentUrl names the
// workspace (`?ws=`), so the pane looks for it as "My meetings" does: among the viewer's groups, the
// workspace whose "Meetloop Series" list configures this series (listMyWorkspaceSeries, three round
// trips). Configuring from the pane writes the configuration into the chosen group's list, so the
// next scan would find it; the group is remembered so the pane need not scan again.
import type { GraphClient } from "@/lib/graph";
import { listMyWorkspaceSeries } from "@/meeting/api/workspace";
import type { TabConfigPort } from "./tab-config";

export function createOutlookTabConfig(graph: GraphClient, seriesId: string): TabConfigPort {
  let saved: string | undefined;
  return {
    readGroupId: async () => {
      if (saved !== undefined) return saved;
      const scan = await listMyWorkspaceSeries(graph);
      const found = scan.series.find((s) => s.seriesId === seriesId);
      if (found !== undefined) return found.groupId;
      // A group that could not be read may hold the series: saying "not configured" would invite
      // the organizer to configure it a second time, elsewhere.
      // Graph's own error, when there is one, so the notice says what it means (consent, throttling…).
      const first = scan.unreadable[0];
      if (first?.error !== undefined) throw first.error;
      if (first !== undefined) throw new Error(`The workspace ${first.groupId} could not be read: ${first.reason}`);
      return undefined;
    },
    saveGroupId: (groupId) => {
      saved = groupId;
      return Promise.resolve();
    },
  };
}
