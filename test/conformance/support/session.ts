// The emulator over real HTTP, signed in as the general manager of the default scenario
// (emulator/scenarios/ecommerce.zh.json) on a fixed clock, with the scenario's ids the adapted
// requests use and the objects some requests need first (a task, a list and its item, a file),
// each created once on first use with plain Graph requests.
import { startEmulator } from "../../../emulator/start-emulator";
import type { StartedEmulator } from "../../../emulator/start-emulator";

/** Friday 2026-11-27 12:00 in Shanghai: the weekly meetings of the default scenario are under way. */
export const fixedNow = new Date("2026-11-27T04:00:00Z");

const signedIn = "wang.jianguo@yunzhan.example";

export interface EmulatorRequest {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** Relative to the v1.0 root, query included. */
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** A body sent as text (a file's content) instead of JSON. */
  bodyText?: string;
}

export interface EmulatorAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export interface ScenarioIds {
  me: { id: string; upn: string };
  /** Another member of the workspace group. */
  colleagueId: string;
  groupId: string;
  siteId: string;
  driveId: string;
  planId: string;
  bucketId: string;
  /** The weekly meeting's chat, and its series master in the signed-in user's calendar. */
  chatId: string;
  masterEventId: string;
}

export interface Session {
  readonly ids: ScenarioIds;
  call(request: EmulatorRequest): Promise<EmulatorAnswer>;
  /** A new task in the plan, assigned to the signed-in user. */
  createTask(): Promise<{ id: string; etag: string }>;
  /** A list with the columns the documented list item examples write (Name, Color, Quantity, Weight). */
  widgetsList(): Promise<string>;
  /** An item of that list. */
  widgetItem(): Promise<string>;
  /** A file in the workspace group's document library. */
  uploadedFile(): Promise<{ id: string; path: string }>;
  close(): Promise<void>;
}

function readIds(emulator: StartedEmulator): ScenarioIds {
  const state = emulator.emulator.getState();
  const me = state.users.find((u) => u.userPrincipalName === signedIn);
  const group = state.groups.find((g) => me !== undefined && g.ownerIds.includes(me.id));
  const plan = Object.values(state.planner.plans).find((p) => p.groupId === group?.id);
  const bucket = Object.values(state.planner.buckets).find((b) => b.planId === plan?.id);
  const meeting = state.meetings.find((m) => m.recurrence !== null && m.organizerId === me?.id);
  if (!me || !group || !plan || !bucket || !meeting) throw new Error("The default scenario has changed shape");
  return {
    me: { id: me.id, upn: me.userPrincipalName },
    colleagueId: group.memberIds.find((id) => id !== me.id) ?? me.id,
    groupId: group.id,
    siteId: group.siteId,
    driveId: group.driveId,
    planId: plan.id,
    bucketId: bucket.id,
    chatId: meeting.chatId,
    masterEventId: meeting.eventIds[me.id] ?? "",
  };
}

function once<T>(create: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= create());
}

export async function openSession(): Promise<Session> {
  const emulator = await startEmulator({ port: 0, now: () => fixedNow });
  const ids = readIds(emulator);

  const call = async (request: EmulatorRequest): Promise<EmulatorAnswer> => {
    const json = request.body !== undefined && request.bodyText === undefined;
    const response = await fetch(`${emulator.graphBaseUrl}${request.path}`, {
      method: request.method,
      headers: {
        authorization: `Bearer emu:${ids.me.upn}`,
        ...(json ? { "content-type": "application/json" } : {}),
        ...request.headers,
      },
      ...(request.bodyText !== undefined
        ? { body: request.bodyText }
        : json
          ? { body: JSON.stringify(request.body) }
          : {}),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: Object.fromEntries(response.headers.entries()),
      body: text === "" ? undefined : (JSON.parse(text) as unknown),
    };
  };

  const created = async (request: EmulatorRequest): Promise<Record<string, unknown>> => {
    const answer = await call(request);
    if (answer.status >= 300)
      throw new Error(`Setup ${request.method} ${request.path} answered ${String(answer.status)}`);
    return answer.body as Record<string, unknown>;
  };

  const widgetsList = once(async () => {
    const list = await created({
      method: "POST",
      path: `/sites/${ids.siteId}/lists`,
      body: {
        displayName: "Widgets",
        columns: [
          { name: "Name", text: {} },
          { name: "Color", text: {} },
          { name: "Quantity", number: {} },
          { name: "Weight", number: {} },
        ],
        list: { template: "genericList" },
      },
    });
    return String(list.id);
  });

  return {
    ids,
    call,
    createTask: async () => {
      const task = await created({
        method: "POST",
        path: "/planner/tasks",
        body: {
          planId: ids.planId,
          bucketId: ids.bucketId,
          title: "核对双十二备货清单",
          assignments: { [ids.me.id]: { "@odata.type": "#microsoft.graph.plannerAssignment", orderHint: " !" } },
        },
      });
      return { id: String(task.id), etag: String(task["@odata.etag"]) };
    },
    widgetsList,
    widgetItem: once(async () => {
      const listId = await widgetsList();
      const item = await created({
        method: "POST",
        path: `/sites/${ids.siteId}/lists/${listId}/items`,
        body: { fields: { Title: "Widget", Name: "Widget", Color: "Red", Quantity: 503, Weight: 32 } },
      });
      return String(item.id);
    }),
    uploadedFile: once(async () => {
      const path = "例会通/conformance.txt";
      const item = await created({
        method: "PUT",
        path: `/groups/${ids.groupId}/drive/root:/${path.split("/").map(encodeURIComponent).join("/")}:/content`,
        headers: { "content-type": "text/plain" },
        bodyText: "例会通",
      });
      return { id: String(item.id), path };
    }),
    close: () => emulator.close(),
  };
}
