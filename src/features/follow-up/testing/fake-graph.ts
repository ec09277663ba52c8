// A Graph client double at the network edge for component tests: list items and plan tasks held
// in memory, answering the few requests follow-up sends (the $batch reads, a read by key, a create).
// Anything else fails the test loudly.
import type { BatchRequest, BatchResponse, GraphClient, GraphResult } from "@/lib/graph";
import type { RecordListName, Workspace } from "@/meeting/api/workspace";
import type { PlannerTask } from "@/meeting/model/planner/planner-task";

export const testWorkspace: Workspace = {
  groupId: "group",
  siteId: "site",
  lists: {
    series: "l-series",
    agendas: "l-agendas",
    reports: "l-reports",
    topics: "l-topics",
    minutes: "l-minutes",
    attendance: "l-attendance",
    confirmations: "l-confirmations",
    reviews: "l-reviews",
  },
};

interface FakeItem {
  id: string;
  eTag: string;
  lastModifiedDateTime: string;
  fields: Record<string, string | number | null>;
}

export interface FakeGraph {
  client: GraphClient;
  addRecord(
    list: RecordListName,
    parts: { key: string; seriesId: string; occurrenceKey?: string; owner?: string },
    value: unknown,
  ): void;
  listValues(list: RecordListName): unknown[];
  tasks: Map<string, PlannerTask>;
  /** The workspace group's members as Graph lists them (id, displayName, userPrincipalName). */
  members: { id: string; displayName: string; userPrincipalName: string }[];
}

export function createFakeGraph(): FakeGraph {
  const items = new Map<string, FakeItem[]>();
  const tasks = new Map<string, PlannerTask>();
  const members: FakeGraph["members"] = [];
  let nextId = 1;
  const listOf = (url: string): FakeItem[] => {
    const id = /\/lists\/([^/]+)\/items/.exec(url)?.[1] ?? "";
    const existing = items.get(id);
    if (existing) return existing;
    const created: FakeItem[] = [];
    items.set(id, created);
    return created;
  };
  const add = (listId: string, fields: Record<string, string | number | null>): FakeItem => {
    const item = { id: String(nextId++), eTag: `"e${nextId}"`, lastModifiedDateTime: "2026-06-15T02:00:00Z", fields };
    listOf(`/lists/${listId}/items`).push(item);
    return item;
  };
  const byKey = (url: string): FakeItem[] => {
    const key = /RecordKey eq '([^']*)'/.exec(decodeURIComponent(url))?.[1];
    return listOf(url).filter((i) => key === undefined || i.fields.RecordKey === key);
  };
  const answer = <T>(body: unknown, etag?: string): GraphResult<T> => ({
    status: 200,
    body: body as T,
    headers: {},
    ...(etag === undefined ? {} : { etag }),
  });
  const refuse = (what: string): never => {
    throw new Error(`Fake Graph: unexpected request ${what}`);
  };
  const client: GraphClient = {
    get: <T>(path: string) =>
      Promise.resolve(path.includes("/items") ? answer<T>({ value: byKey(path) }) : refuse(`GET ${path}`)),
    post: <T>(path: string, body: unknown) => {
      if (!path.includes("/items")) return refuse(`POST ${path}`);
      const listId = /\/lists\/([^/]+)\/items/.exec(path)?.[1] ?? "";
      const item = add(listId, (body as { fields: Record<string, string | number | null> }).fields);
      return Promise.resolve(answer<T>({ id: item.id, lastModifiedDateTime: item.lastModifiedDateTime }, item.eTag));
    },
    patch: (path: string) => refuse(`PATCH ${path}`),
    put: (path: string) => refuse(`PUT ${path}`),
    delete: (path: string) => refuse(`DELETE ${path}`),
    batch: (requests: BatchRequest[]) =>
      Promise.resolve(
        requests.map((r): BatchResponse => {
          if (r.url.includes("/planner/plans/"))
            return { id: r.id, status: 200, headers: {}, body: { value: [...tasks.values()].map(toGraphTask) } };
          const task = tasks.get(/\/planner\/tasks\/([^/?]+)/.exec(r.url)?.[1] ?? "");
          if (task !== undefined) return { id: r.id, status: 200, headers: {}, body: toGraphTask(task) };
          if (r.url.includes("/planner/tasks/") || r.url.startsWith("/users/"))
            return { id: r.id, status: 404, headers: {}, body: { error: { code: "NotFound", message: "gone" } } };
          if (r.url.includes("/members/")) return { id: r.id, status: 200, headers: {}, body: { value: members } };
          return { id: r.id, status: 200, headers: {}, body: { value: byKey(r.url) } };
        }),
      ),
  };
  return {
    client,
    tasks,
    members,
    addRecord: (list, parts, value) => {
      add(testWorkspace.lists[list], {
        Title: parts.key,
        RecordKey: parts.key,
        SeriesId: parts.seriesId,
        OccurrenceKey: parts.occurrenceKey ?? null,
        Owner: parts.owner ?? null,
        Payload: JSON.stringify(value),
        SchemaVersion: 1,
      });
    },
    listValues: (list) =>
      listOf(`/lists/${testWorkspace.lists[list]}/items`).map((i) => JSON.parse(String(i.fields.Payload)) as unknown),
  };
}

/** Our task as Graph's plannerTask: assignments keyed by user id, the etag as @odata.etag. */
function toGraphTask(task: PlannerTask): Record<string, unknown> {
  const { etag, assigneeIds, ...rest } = task;
  return {
    ...rest,
    "@odata.etag": etag,
    assignments: Object.fromEntries(assigneeIds.map((id) => [id, { orderHint: " !" }])),
  };
}
