// Opens a group's workspace: its SharePoint site and the eight record lists, creating the lists
// the first time. Round trips: the site, one read of its lists, and — only when some are
// missing — one $batch creating them, one reading their columns back and, only if the site left
// an index out, one indexing them (list-indexes.ts); plus one re-read of the lists if another
// person created them first. Cached per Graph client (one per signed-in session) and group.
import * as z from "zod/mini";
import { GraphRequestError, readBatchBody } from "@/lib/graph";
import type { BatchResponse, GraphClient } from "@/lib/graph";
import { explainForbidden } from "./access";
import { WorkspaceError } from "./errors";
import { repairListIndexes } from "./list-indexes";
import { buildListCreateBody, listDisplayNames, recordListNames } from "./list-layout";
import type { RecordListName, Workspace } from "./types";

const siteSchema = z.object({ id: z.string() });

// displayName may be absent, as in the documented answers of List lists and Create list
// (https://learn.microsoft.com/graph/api/list-list, https://learn.microsoft.com/graph/api/list-create):
// such a list is not one of ours by name, and a created one is known by the name we gave it.
const listSchema = z.object({
  id: z.string(),
  displayName: z.optional(z.string()),
  createdDateTime: z.optional(z.string()),
});
type SiteList = z.infer<typeof listSchema>;

const listPageSchema = z.object({ value: z.array(listSchema), "@odata.nextLink": z.optional(z.string()) });

const sessions = new WeakMap<GraphClient, Map<string, Promise<Workspace>>>();

export function openWorkspace(client: GraphClient, { groupId }: { groupId: string }): Promise<Workspace> {
  let opened = sessions.get(client);
  if (opened === undefined) {
    opened = new Map();
    sessions.set(client, opened);
  }
  const cached = opened.get(groupId);
  if (cached !== undefined) return cached;
  const pending = loadWorkspace(client, groupId);
  opened.set(groupId, pending);
  // A failed open is not remembered: the next call tries again (after the user was added, say).
  const forgetFailure = (): void => {
    if (opened.get(groupId) === pending) opened.delete(groupId);
  };
  pending.then(undefined, forgetFailure);
  return pending;
}

/** Drops a cached workspace, e.g. after a list was found deleted; the next open reads it afresh. */
export function forgetWorkspace(client: GraphClient, groupId: string): void {
  sessions.get(client)?.delete(groupId);
}

async function loadWorkspace(client: GraphClient, groupId: string): Promise<Workspace> {
  try {
    const siteId = await readSiteId(client, groupId);
    let found = pickLists(await readLists(client, siteId));
    const missing = recordListNames.filter((name) => !found.has(name));
    if (missing.length > 0) {
      const { created, lostRace } = await createLists(client, siteId, missing);
      // The lists someone else created first are theirs to check.
      const [reread] = await Promise.all([
        lostRace ? readLists(client, siteId) : undefined,
        repairListIndexes(client, siteId, [...created.values()]),
      ]);
      found = reread === undefined ? new Map([...found, ...created]) : pickLists(reread);
    }
    return { groupId, siteId, lists: requireAll(found, siteId) };
  } catch (error) {
    throw await explainForbidden(client, groupId, error);
  }
}

async function readSiteId(client: GraphClient, groupId: string): Promise<string> {
  try {
    const site = await client.get<unknown>(`/groups/${encodeURIComponent(groupId)}/sites/root?$select=id`, {
      operation: "getGroupSite",
    });
    return siteSchema.parse(site.body).id;
  } catch (error) {
    // A new group's site is provisioned lazily; until then, and for a deleted group, Graph says 404.
    if (error instanceof GraphRequestError && error.status === 404)
      throw new WorkspaceError({ kind: "siteMissing", groupId }, { cause: error });
    throw error;
  }
}

async function readLists(client: GraphClient, siteId: string): Promise<SiteList[]> {
  const lists: SiteList[] = [];
  let next: string | undefined = `/sites/${siteId}/lists?$select=id,displayName,createdDateTime`;
  while (next !== undefined) {
    const page = listPageSchema.parse((await client.get<unknown>(next, { operation: "listSiteLists" })).body);
    lists.push(...page.value);
    next = page["@odata.nextLink"];
  }
  return lists;
}

/**
 * Our list per name. Should a name ever be held by several lists, the oldest wins (then the
 * smallest id), so every client settles on the same one whatever order Graph lists them in.
 */
export function pickLists(lists: readonly SiteList[]): Map<RecordListName, string> {
  const picked = new Map<RecordListName, string>();
  for (const name of recordListNames) {
    const [first] = lists.filter((l) => l.displayName === listDisplayNames[name]).sort(olderFirst);
    if (first !== undefined) picked.set(name, first.id);
  }
  return picked;
}

function olderFirst(a: SiteList, b: SiteList): number {
  const byTime = (a.createdDateTime ?? "").localeCompare(b.createdDateTime ?? "");
  return byTime !== 0 ? byTime : a.id.localeCompare(b.id);
}

async function createLists(
  client: GraphClient,
  siteId: string,
  missing: readonly RecordListName[],
): Promise<{ created: Map<RecordListName, string>; lostRace: boolean }> {
  const responses = await client.batch(
    missing.map((name) => ({
      id: name,
      operation: "createSiteList" as const,
      method: "POST" as const,
      url: `/sites/${siteId}/lists`,
      body: buildListCreateBody(name),
    })),
  );
  const created = new Map<RecordListName, string>();
  let lostRace = false;
  for (const [index, name] of missing.entries()) {
    const response = responses[index];
    if (isNameTaken(response)) {
      // Someone opened the same new workspace at the same moment and created it first.
      lostRace = true;
    } else {
      created.set(name, listSchema.parse(readBatchBody(response)).id);
    }
  }
  return { created, lostRace };
}

function isNameTaken(response: BatchResponse | undefined): boolean {
  return response?.status === 409;
}

function requireAll(found: Map<RecordListName, string>, siteId: string): Record<RecordListName, string> {
  const lists: Partial<Record<RecordListName, string>> = {};
  for (const name of recordListNames) {
    const id = found.get(name);
    if (id === undefined)
      throw new Error(`List "${listDisplayNames[name]}" is still missing from site ${siteId} after creating it`);
    lists[name] = id;
  }
  return lists as Record<RecordListName, string>;
}
