// Finds every series configured in the workspaces of the viewer's groups, from Graph alone — what
// "My meetings" lists, and how the Outlook pane, which has no meeting tab to name the workspace,
// finds where its series is kept:
//   1. the viewer's groups (https://learn.microsoft.com/graph/api/user-list-memberof), unless the
//      caller already read them in its own first round;
//   2. one $batch: each group's site (https://learn.microsoft.com/graph/api/site-get);
//   3. one $batch: each site's "Meetloop Series" list items.
// Groups that are not Meetloop workspaces (no site, no lists) are skipped quietly; anything else
// that cannot be read is reported in `unreadable` and the rest is still returned.
import type { BatchRequest, BatchResponse, GraphClient } from "@/lib/graph";
import { seriesConfigRecordSchema } from "@/meeting/model/series-config/series-config";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import { idRefSchema, isAbsent, readAllPages, runRound, tryRead, tryReadPages } from "./batch-rounds";
import { listDisplayNames } from "./list-layout";
// NOTE: the workspace's own list reader needs a Workspace whose every list exists (openWorkspace
// creates missing ones); here other groups' sites are only read, so items are read directly and
// validated by the same mapper.
import { itemQuery, readRecordItem } from "./record-item";

export interface WorkspaceSeries {
  seriesId: string;
  groupId: string;
  siteId: string;
  /** As stored: people named as the record names them (key them with keyConfigPeople). */
  config: SeriesConfig;
}

export interface UnreadableGroup {
  groupId: string;
  reason: string;
  /** What Graph answered, when it answered with an error (a record that failed validation has none). */
  error?: Error | undefined;
}

export interface MyWorkspaceSeries {
  series: WorkspaceSeries[];
  unreadable: UnreadableGroup[];
}

/** The viewer's groups, for a caller that batches it with its own first requests. */
export const myGroupsRequest: BatchRequest = {
  id: "groups",
  operation: "listMyGroupIds",
  method: "GET",
  url: "/me/memberOf/microsoft.graph.group?$select=id&$top=100",
};

/** The group ids `myGroupsRequest` answered, every page read. */
export async function readMyGroupIds(client: GraphClient, answer: BatchResponse | undefined): Promise<string[]> {
  const groups = await readAllPages(client, answer, "listMyGroupIds");
  return [...new Set(groups.map((g) => idRefSchema.parse(g).id))];
}

/** Every series in the viewer's groups' workspaces: three round trips. */
export async function listMyWorkspaceSeries(client: GraphClient): Promise<MyWorkspaceSeries> {
  const [groups] = await client.batch([myGroupsRequest]);
  return listWorkspaceSeries(client, await readMyGroupIds(client, groups));
}

/** Every series in these groups' workspaces: two round trips, skipped when there is nothing to ask. */
export async function listWorkspaceSeries(
  client: GraphClient,
  groupIds: readonly string[],
): Promise<MyWorkspaceSeries> {
  const unreadable: UnreadableGroup[] = [];

  // A security group, or a group whose site was never provisioned, answers 404 (or 400 for a
  // group kind without sites): not a Meetloop workspace.
  const siteAnswers = await runRound(
    client,
    groupIds.map((groupId, index) => ({
      id: `site-${String(index)}`,
      operation: "getGroupSite",
      method: "GET",
      url: `/groups/${encodeURIComponent(groupId)}/sites/root?$select=id`,
    })),
  );
  const sites: { groupId: string; siteId: string }[] = [];
  groupIds.forEach((groupId, index) => {
    const answer = siteAnswers[index];
    if (isAbsent(answer, [400, 404])) return;
    const siteId = tryRead(
      answer,
      (body) => idRefSchema.parse(body).id,
      (reason, error) => unreadable.push({ groupId, reason, error }),
    );
    if (siteId !== undefined) sites.push({ groupId, siteId });
  });

  // Lists are addressed by title (https://learn.microsoft.com/graph/api/list-get: GET
  // /sites/{site-id}/lists/{list-title}), so a site without Meetloop's lists answers 404 and costs
  // no extra lookup of list ids.
  const seriesAnswers = await runRound(
    client,
    sites.map((site, index) => ({
      id: `series-${String(index)}`,
      operation: "listListItems",
      method: "GET",
      url: `${listItemsPath(site.siteId, "series")}?${itemQuery}`,
    })),
  );
  const series: WorkspaceSeries[] = [];
  for (const [index, site] of sites.entries()) {
    const answer = seriesAnswers[index];
    if (isAbsent(answer, [404])) continue;
    const items = await tryReadPages(client, answer, "listListItems", (reason, error) =>
      unreadable.push({ groupId: site.groupId, reason, error }),
    );
    for (const item of items ?? []) {
      const outcome = readRecordItem("series", item, seriesConfigRecordSchema);
      if (!outcome.ok) {
        unreadable.push({
          groupId: site.groupId,
          reason: `series record ${outcome.invalid.key ?? outcome.invalid.itemId ?? "?"}: ${outcome.invalid.reason}`,
        });
        continue;
      }
      const config = outcome.record.value;
      series.push({
        seriesId: outcome.record.seriesId || config.seriesId,
        groupId: site.groupId,
        siteId: site.siteId,
        config,
      });
    }
  }
  return { series, unreadable };
}

/** The items of one of Meetloop's lists, addressed by the list's title. */
export function listItemsPath(siteId: string, list: "series" | "reports"): string {
  return `/sites/${siteId}/lists/${encodeURIComponent(listDisplayNames[list])}/items`;
}
