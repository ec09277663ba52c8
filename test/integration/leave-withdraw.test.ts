// Withdrawing a leave request against the Graph emulator over real HTTP: the item is deleted with
// If-Match on its etag (https://learn.microsoft.com/graph/api/listitem-delete), a stale etag is
// refused with 412 and nothing deleted, and withdrawing again after the answer was lost — the item
// already gone, 404 — is done rather than an error.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/start-emulator";
import { GraphRequestError, createGraphClient } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import { openWorkspace } from "@/meeting/api/workspace";
import type { Workspace } from "@/meeting/api/workspace";
import { listLeaveRequests, requestLeave, withdrawLeave } from "@/features/minutes/api/minutes-store";
import { listRequests, setFaults } from "../support/emulator-admin";

const groupId = "5b9fcea3-2a7b-42a4-bf6e-1927c23bacca";
const liNa = "li.na@yunzhan.example";
const occurrenceKey = "2026-11-30T05:30:00.000Z";
const config = { attendance: { leaveCutoffHours: 24, lateness: { kind: "none" as const } } };

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let client: GraphClient;
let ws: Workspace;
let chatCount = 0;

function connect(upn: string): GraphClient {
  return createGraphClient({
    baseUrl: emulator.graphBaseUrl,
    auth: { getToken: () => Promise.resolve(`emu:${upn}`) },
    sleep: () => Promise.resolve(),
  });
}

function nextSeriesId(): string {
  chatCount += 1;
  return `19:meeting_leave-withdraw-${chatCount}@thread.v2`;
}

function askForLeave(seriesId: string, reason = "出差") {
  return requestLeave(
    client,
    ws,
    seriesId,
    occurrenceKey,
    liNa,
    reason,
    new Date("2026-11-26T01:00:00Z"),
    config,
    "Asia/Shanghai",
  );
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  client = connect(liNa);
  ws = await openWorkspace(client, { groupId });
});

afterEach(async () => {
  await setFaults(emulator.url, { rules: [] });
});

afterAll(async () => {
  await emulator.close();
});

describe("withdrawing a leave request", () => {
  it("deletes the request, so the person is expected again", async () => {
    const seriesId = nextSeriesId();
    const asked = await askForLeave(seriesId);
    await withdrawLeave(client, ws, asked);
    expect(await listLeaveRequests(client, ws, seriesId, occurrenceKey)).toEqual([]);
  });

  it("is done when the answer to the delete was lost and the person withdraws again", async () => {
    const seriesId = nextSeriesId();
    const asked = await askForLeave(seriesId);
    await setFaults(emulator.url, {
      rules: [{ method: "DELETE", path: "/sites/*/lists/*/items/*", drop: "after", count: 1 }],
    });
    // Whether the first attempt reports the lost answer or the client's own retry settles it, the
    // item is gone on the server.
    await Promise.allSettled([withdrawLeave(client, ws, asked)]);
    await setFaults(emulator.url, { rules: [] });
    await withdrawLeave(client, ws, asked);
    expect(await listLeaveRequests(client, ws, seriesId, occurrenceKey)).toEqual([]);
    const deletes = (await listRequests(emulator.url)).filter(
      (r) => r.method === "DELETE" && r.url.endsWith(`/items/${asked.itemId}`),
    );
    expect(deletes.map((r) => r.status)).toContain(404);
  });

  it("withdraws the latest request when it was reworded meanwhile", async () => {
    const seriesId = nextSeriesId();
    const asked = await askForLeave(seriesId);
    await askForLeave(seriesId, "出差（改期）");
    await withdrawLeave(client, ws, asked);
    expect(await listLeaveRequests(client, ws, seriesId, occurrenceKey)).toEqual([]);
  });

  it("is refused by the list with 412 on a stale etag, which deletes nothing", async () => {
    const seriesId = nextSeriesId();
    const asked = await askForLeave(seriesId);
    const reworded = await askForLeave(seriesId, "家中有事");
    const path = `/sites/${ws.siteId}/lists/${ws.lists.attendance}/items/${asked.itemId}`;
    const refused = await client
      .delete(path, { operation: "deleteListItem", ifMatch: asked.etag })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(GraphRequestError);
    expect((refused as GraphRequestError).status).toBe(412);
    expect((await listLeaveRequests(client, ws, seriesId, occurrenceKey)).map((r) => r.value.reason)).toEqual([
      reworded.value.reason,
    ]);
  });
});
