// Seeds a configured 周例会 into a running app's emulator the way the organizer's configuration
// page leaves it: the series record in the workspace and the meeting tab pointing at it.
import { buildPersonKeys } from "@/meeting/model/roles/person-keys";
import { createGraphClient } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import { openWorkspace } from "@/meeting/api/workspace";
import type { Workspace } from "@/meeting/api/workspace";
import { saveSeriesConfig } from "@/meeting/api/series-config/store";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import { weeklyMeeting } from "@/meeting/model/templates/presets";
import { createDefaultConfig, setNoteTaker } from "@/features/setup/model/default-config";
import { resolveSeries } from "@/features/series/api/resolve-series";
import type { Series } from "@/features/series";
import { canTakeWork } from "@/meeting/model/directory/people-by-address";

export const groupId = "5b9fcea3-2a7b-42a4-bf6e-1927c23bacca";
export const planId = "jnVTfBjp90XMvMWirTLXXWCM51KN";
/** The default tenant's public group 云栈全员, which every member of staff belongs to. */
export const publicGroupId = "8d2f4c61-3b7e-4f0a-9c55-e1a7b0d94f26";

/** Where a seeded series keeps its records: by default the private 云栈管理层 and its plan. */
export interface SeedWorkspace {
  groupId: string;
  groupName: string;
  planId: string;
  planTitle: string;
}

const managementWorkspace: SeedWorkspace = {
  groupId,
  groupName: "云栈管理层",
  planId,
  planTitle: "云栈管理层 · 例会行动项",
};

export function connectAs(origin: string, upn: string): GraphClient {
  return createGraphClient({
    baseUrl: `${origin}/graph/v1.0`,
    auth: { getToken: () => Promise.resolve(`emu:${upn}`) },
  });
}

export interface SeededSeries {
  series: Series;
  config: SeriesConfig;
  workspace: Workspace;
}

export async function seedWeeklySeries(
  origin: string,
  seriesId: string,
  organizer: string,
  noteTaker: string,
  where: SeedWorkspace = managementWorkspace,
  /** Changes to the configuration the organizer's page would have made (e.g. another report due time). */
  adjust: (config: SeriesConfig) => SeriesConfig = (config) => config,
): Promise<SeededSeries> {
  const client = connectAs(origin, organizer);
  const series = await resolveSeries(client, seriesId, new Date());
  const workspace = await openWorkspace(client, { groupId: where.groupId });
  const people = series.attendees.filter(canTakeWork).map((a) => ({ key: a.key, name: a.name }));
  // The configuration names people by key (object id), as the setup page writes it.
  const keyOf = buildPersonKeys([series.organizer, ...series.attendees]);
  const firstKey = series.occurrences.find((o) => o.status !== "cancelled" && o.end.getTime() > Date.now())?.key ?? "";
  const base = createDefaultConfig(
    {
      seriesId,
      title: series.title,
      organizer: { key: keyOf(organizer), name: series.organizer.name },
      attendees: people,
      firstOccurrenceKey: firstKey,
      editor: keyOf(organizer),
    },
    weeklyMeeting,
    {
      groupId: where.groupId,
      groupName: where.groupName,
      siteId: workspace.siteId,
      planId: where.planId,
      planTitle: where.planTitle,
    },
    new Date(),
  );
  const config = adjust(
    setNoteTaker(
      base,
      keyOf(noteTaker),
      people.map((p) => p.key),
      keyOf(organizer),
    ),
  );
  await saveSeriesConfig(client, config);
  const response = await fetch(`${origin}/graph/v1.0/chats/${encodeURIComponent(seriesId)}/tabs`, {
    method: "POST",
    headers: { authorization: `Bearer emu:${organizer}`, "content-type": "application/json" },
    body: JSON.stringify({
      displayName: "例会通",
      "teamsApp@odata.bind":
        "https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/5a5ba919-5520-4cbd-afc1-c830dcd241c5",
      configuration: {
        entityId: `meetloop|${seriesId}`,
        contentUrl: `${origin}/?ws=${where.groupId}`,
        websiteUrl: origin,
      },
    }),
  });
  if (!response.ok)
    throw new Error(`Seeding the meeting tab failed: ${String(response.status)} ${await response.text()}`);
  return { series, config, workspace };
}
