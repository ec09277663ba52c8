// The workspace group's SharePoint site, its lists and their items (the series' records).
import { expect } from "vitest";
import { idRefSchema } from "@/meeting/api/workspace/batch-rounds";
import { listRecordVersions, openWorkspace, recordListNames } from "@/meeting/api/workspace";
import type { StoredRecord, Workspace } from "@/meeting/api/workspace";
import {
  anyJson,
  prepareWrite,
  readRecordItem,
  recordFromCreated,
  recordFromPatched,
} from "@/meeting/api/workspace/record-item";
import { repairListIndexes } from "@/meeting/api/workspace/list-indexes";
import { columns } from "@/meeting/api/workspace/list-layout";
import { createDocumentedGraph } from "../support/documented-graph";
import { adaptRequest, itemsOf, responseOf } from "./types";
import type { ConformanceCase } from "./types";
import type { Session } from "../support/session";

const createdListId = "22e03ef3-6ef4-424d-a1d3-92a337807c30";
const parts = { key: "series:19:meeting", seriesId: "19:meeting" };

function listPlaceholders(session: Session, listId: string, itemId = ""): Record<string, string> {
  return { "{site-id}": session.ids.siteId, "{list-id}": listId, "{item-id}": itemId };
}

/**
 * Opens a workspace on the documented answers: the site (site-get), its lists (list-list, none of
 * them ours) and each missing list created (list-create).
 */
async function openDocumentedWorkspace(): Promise<Workspace> {
  // The columns read back are ours, created without their indexes: each is indexed with the
  // documented column PATCH (columndefinition-update), as when a site drops `indexed` on create.
  const ours = Object.values(columns).map((name, i) => ({ id: `column-${String(i)}`, name, indexed: false }));
  const graph = createDocumentedGraph({ listListColumns: { status: 200, body: { value: ours } } });
  return openWorkspace(graph, { groupId: "02bd9fd6-8f93-4758-87c3-1fb73740a315" });
}

const workspace: Workspace = {
  groupId: "group",
  siteId: "site",
  lists: Object.fromEntries(recordListNames.map((name) => [name, "list"])) as Workspace["lists"],
};

export const siteCases: ConformanceCase[] = [
  {
    operation: "getGroupSite",
    request: (session, example) => adaptRequest(example, { "{site-id}": session.ids.siteId }),
    map: async (example) => {
      const siteId = idRefSchema.parse(responseOf(example)).id;
      expect((await openDocumentedWorkspace()).siteId).toBe(siteId);
      return `openWorkspace → site ${siteId.slice(0, 22)}…`;
    },
  },
  {
    operation: "listSiteLists",
    request: async (session, example) => {
      await session.widgetsList();
      return adaptRequest(example, { "{site-id}": session.ids.siteId });
    },
    map: async (example) => {
      // Neither documented list (Documents, MicroFeed) is one of ours, so every record list is created.
      expect(itemsOf(example).map((l) => l.name)).toEqual(["Documents", "MicroFeed"]);
      const lists = Object.values((await openDocumentedWorkspace()).lists);
      expect(new Set(lists)).toEqual(new Set([createdListId]));
      return `openWorkspace → none of the ${String(itemsOf(example).length)} lists is ours: all ${String(lists.length)} created`;
    },
  },
  {
    operation: "createSiteList",
    request: (session, example) => adaptRequest(example, { "{site-id}": session.ids.siteId }),
    map: async () => {
      const { lists } = await openDocumentedWorkspace();
      expect(lists.series).toBe(createdListId);
      return `openWorkspace → created lists read by id (${createdListId})`;
    },
  },
  {
    operation: "listListItems",
    request: async (session, example) => {
      const listId = await session.widgetsList();
      await session.widgetItem();
      return adaptRequest(example, listPlaceholders(session, listId));
    },
    map: (example) => {
      // The documented items are not records of ours: each is reported with its reason, none guessed.
      const outcomes = itemsOf(example).map((item) => readRecordItem("series", item, anyJson));
      expect(outcomes.map((o) => (o.ok ? "read" : o.invalid.itemId))).toEqual(["2", "4", "7"]);
      return "readRecordItem → 3 items reported unreadable (not records of ours), none dropped silently";
    },
  },
  {
    operation: "createListItem",
    request: async (session, example) => adaptRequest(example, listPlaceholders(session, await session.widgetsList())),
    map: (example) => {
      const written = prepareWrite("series", parts, { title: "周例会" }, undefined, "create");
      // Each later write needs the item's eTag for If-Match; this shortened example shows none.
      expect(() => recordFromCreated(responseOf(example), undefined, parts, written)).toThrow(/eTag/);
      return "recordFromCreated refuses: no eTag shown (needed for If-Match)";
    },
  },
  {
    operation: "updateListItem",
    request: async (session, example) =>
      adaptRequest(example, listPlaceholders(session, await session.widgetsList(), await session.widgetItem())),
    map: (example) => {
      const record: StoredRecord<unknown> = {
        ...parts,
        itemId: "20",
        etag: '"x,1"',
        title: "周例会",
        value: {},
        modifiedAt: "2016-08-30T08:26:00Z",
      };
      const written = prepareWrite("series", record, { title: "周例会" }, undefined, "update");
      expect(() => recordFromPatched(responseOf(example), undefined, record, written)).toThrow(/eTag/);
      return "recordFromPatched refuses: no eTag shown (needed for If-Match)";
    },
  },
  {
    operation: "listListItemVersions",
    request: async (session, example) =>
      adaptRequest(example, listPlaceholders(session, await session.widgetsList(), await session.widgetItem())),
    map: async () => {
      const versions = await listRecordVersions(
        createDocumentedGraph(),
        workspace,
        "series",
        { itemId: "20" },
        anyJson,
      );
      expect(versions.map((v) => [v.id, v.modifiedBy?.displayName])).toEqual([
        ["1.0", "Ryan Gregg"],
        ["2.0", "Ryan Gregg"],
        ["3.0", "Ryan Gregg"],
      ]);
      return "listRecordVersions → 3 versions, oldest first, each by Ryan Gregg";
    },
  },
  {
    operation: "deleteListItem",
    request: async (session, example) => {
      const listId = await session.widgetsList();
      const item = await session.call({
        method: "POST",
        path: `/sites/${session.ids.siteId}/lists/${listId}/items`,
        body: { fields: { Title: "Gizmo" } },
      });
      const itemId = String((item.body as Record<string, unknown>).id);
      return adaptRequest(example, listPlaceholders(session, listId, itemId));
    },
    map: () => "no mapper: 204 No Content (the tenant smoke test's clean-up)",
  },
  {
    operation: "listListColumns",
    request: async (session, example) => adaptRequest(example, listPlaceholders(session, await session.widgetsList())),
    map: async () => {
      // The documented list (Title, Address) lacks every column of ours: a list Meetloop has just
      // created without them cannot hold records, and the repair says so instead of writing.
      await expect(repairListIndexes(createDocumentedGraph(), "site", ["list"])).rejects.toThrow(
        "The list has no column RecordKey",
      );
      return "repairListIndexes refuses: the documented list has none of the record columns";
    },
  },
  {
    operation: "updateListColumn",
    request: async (session, example) => {
      const listId = await session.widgetsList();
      const columns = await session.call({
        method: "GET",
        path: `/sites/${session.ids.siteId}/lists/${listId}/columns`,
      });
      const title = (columns.body as { value: { id: string; name: string }[] }).value.find((c) => c.name === "Title");
      return adaptRequest(example, { ...listPlaceholders(session, listId), "{column-id}": title?.id ?? "" });
    },
    map: (example) => {
      expect(responseOf(example).required).toBe(true);
      return "no mapper: repairListIndexes reads only the status of its PATCH";
    },
  },
];
