// Saving the configuration page: create the series' Planner plan when asked, then store the
// configuration in the workspace (its site id filled in from the group's site). In a cloud without
// Planner (Microsoft 365 operated by 21Vianet) the series is saved with no plan.
import { isUnavailableInCloud } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import { openWorkspace } from "@/meeting/api/workspace";
import { saveSeriesConfig } from "@/meeting/api/series-config/store";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import type { StoredRecord } from "@/meeting/api/workspace/types";
import { createGroupPlan } from "./workspace-choices";

export const newPlanId = "__new__";

/**
 * `onPlanCreated` hands the new plan back at once, so a retry after a later failure reuses it
 * instead of creating a second plan.
 */
export async function saveSetup(
  client: GraphClient,
  config: SeriesConfig,
  now: Date,
  onPlanCreated: (plan: { id: string; title: string }) => void,
  basedOn?: StoredRecord<SeriesConfig>,
): Promise<StoredRecord<SeriesConfig>> {
  const workspace = await openWorkspace(client, { groupId: config.workspace.groupId });
  let { planId, planTitle } = config.workspace;
  if (planId === newPlanId) {
    const plan = await createGroupPlan(client, config.workspace.groupId, planTitle).catch((error: unknown) => {
      if (isUnavailableInCloud(error)) return undefined;
      throw error;
    });
    planId = plan?.id ?? "";
    planTitle = plan?.title ?? "";
    if (plan !== undefined) onPlanCreated(plan);
  }
  const complete: SeriesConfig = {
    ...config,
    // Unfilled speaker slots are kept while editing (so people stay where they were put), not stored.
    speakers: Object.fromEntries(
      Object.entries(config.speakers).map(([section, people]) => [section, people.filter((upn) => upn !== "")]),
    ),
    workspace: { ...config.workspace, siteId: workspace.siteId, planId, planTitle },
    updatedAt: now.toISOString(),
  };
  return saveSeriesConfig(client, complete, basedOn);
}
