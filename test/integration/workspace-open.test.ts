// openWorkspace against the Graph emulator over real HTTP: the record lists are created once,
// with their indexed and unique columns, read back and repaired where the site left an index out;
// a second session creates nothing; two people opening a new workspace at the same moment end up
// with one list of each name and agree on its id.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/start-emulator";
import { createGraphClient } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import * as z from "zod/mini";
import {
  RecordConflictError,
  WorkspaceError,
  createRecord,
  getRecord,
  listDisplayNames,
  openWorkspace,
  recordListNames,
} from "@/meeting/api/workspace";
import { clearRequests, listRequests, setLimits } from "../support/emulator-admin";

const groupId = "5b9fcea3-2a7b-42a4-bf6e-1927c23bacca";

let emulator: Awaited<ReturnType<typeof startEmulator>>;

beforeEach(async () => {
  emulator = await startEmulator({ port: 0 });
});

afterEach(async () => {
  await emulator.close();
});

function connect(upn: string): GraphClient {
  return createGraphClient({
    baseUrl: emulator.graphBaseUrl,
    auth: { getToken: () => Promise.resolve(`emu:${upn}`) },
    sleep: () => Promise.resolve(),
  });
}

interface SiteList {
  id: string;
  displayName: string;
  columns: {
    name: string;
    indexed?: boolean;
    enforceUniqueValues?: boolean;
    text?: { allowMultipleLines?: boolean };
    number?: object;
  }[];
}

async function readSiteLists(siteId: string): Promise<SiteList[]> {
  const client = connect("li.na@yunzhan.example");
  const { body } = await client.get<{ value: SiteList[] }>(`/sites/${siteId}/lists?$expand=columns`, {
    operation: "listSiteLists",
  });
  return body.value;
}

describe("openWorkspace", () => {
  it("creates all the record lists in one $batch, and a second session creates nothing", async () => {
    const workspace = await openWorkspace(connect("li.na@yunzhan.example"), { groupId });

    const first = await listRequests(emulator.url);
    expect(first.map((r) => `${r.method} ${r.url.split("?")[0] ?? ""} ${r.status}`)).toEqual([
      `GET /groups/${groupId}/sites/root 200`,
      `GET /sites/${workspace.siteId}/lists 200`,
      "POST /$batch 200",
      "POST /$batch 200",
    ]);
    expect(first[2]?.inner?.map((i) => `${i.method} ${i.status}`)).toEqual(recordListNames.map(() => "POST 201"));
    // Read back: every column came out as asked, so nothing is patched.
    expect(first[3]?.inner?.map((i) => `${i.method} ${i.url.split("?")[0] ?? ""} ${i.status}`)).toEqual(
      recordListNames.map((name) => `GET /sites/${workspace.siteId}/lists/${workspace.lists[name]}/columns 200`),
    );

    const lists = await readSiteLists(workspace.siteId);
    for (const [name, displayName] of Object.entries(listDisplayNames)) {
      const matching = lists.filter((l) => l.displayName === displayName);
      expect(matching).toHaveLength(1);
      expect(workspace.lists[name as keyof typeof listDisplayNames]).toBe(matching[0]?.id);
    }
    const columns = lists.find((l) => l.displayName === "Meetloop Reports")?.columns ?? [];
    expect(columns.find((c) => c.name === "RecordKey")).toMatchObject({ indexed: true, enforceUniqueValues: true });
    for (const name of ["SeriesId", "OccurrenceKey", "Owner"])
      expect(columns.find((c) => c.name === name)).toMatchObject({ indexed: true });
    expect(columns.find((c) => c.name === "Payload")).toMatchObject({ text: { allowMultipleLines: true } });
    expect(columns.find((c) => c.name === "SchemaVersion")).toHaveProperty("number");

    await clearRequests(emulator.url);
    const again = await openWorkspace(connect("wang.jianguo@yunzhan.example"), { groupId });
    expect(again).toEqual(workspace);
    expect((await listRequests(emulator.url)).map((r) => r.method)).toEqual(["GET", "GET"]);
  });

  it("indexes the columns of lists the site created without their indexes, so reads and the unique key work", async () => {
    await setLimits(emulator.url, { sharePoint: { indexColumnsOnCreate: false } });
    const client = connect("li.na@yunzhan.example");
    const workspace = await openWorkspace(client, { groupId });

    const requests = await listRequests(emulator.url);
    const patches = requests.flatMap((r) => r.inner ?? []).filter((i) => i.method === "PATCH");
    expect(patches).toHaveLength(recordListNames.length * 4);
    expect(new Set(patches.map((p) => p.status))).toEqual(new Set([200]));
    const columns = (await readSiteLists(workspace.siteId)).find((l) => l.displayName === "Meetloop Reports")?.columns;
    expect(columns?.find((c) => c.name === "RecordKey")).toMatchObject({ indexed: true, enforceUniqueValues: true });
    for (const name of ["SeriesId", "OccurrenceKey", "Owner"])
      expect(columns?.find((c) => c.name === name)).toMatchObject({ indexed: true });

    const parts = { key: "topic|19:meeting_x@thread.v2|t1", seriesId: "19:meeting_x@thread.v2" };
    const schema = z.object({ text: z.string() });
    await createRecord(client, workspace, "topics", parts, { text: "双十二备货" }, { schema });
    expect((await getRecord(client, workspace, "topics", parts.key, schema))?.value).toEqual({ text: "双十二备货" });
    await expect(
      createRecord(client, workspace, "topics", parts, { text: "again" }, { schema }),
    ).rejects.toBeInstanceOf(RecordConflictError);
  });

  it("answers a second open in the same session from its cache", async () => {
    const client = connect("li.na@yunzhan.example");
    const [a, b] = await Promise.all([openWorkspace(client, { groupId }), openWorkspace(client, { groupId })]);
    await clearRequests(emulator.url);
    expect(await openWorkspace(client, { groupId })).toBe(a);
    expect(b).toBe(a);
    expect(await listRequests(emulator.url)).toEqual([]);
  });

  it("leaves one list of each name when two people open a new workspace at once", async () => {
    const [a, b] = await Promise.all([
      openWorkspace(connect("li.na@yunzhan.example"), { groupId }),
      openWorkspace(connect("wang.jianguo@yunzhan.example"), { groupId }),
    ]);

    expect(b).toEqual(a);
    const lists = await readSiteLists(a.siteId);
    for (const displayName of Object.values(listDisplayNames))
      expect(lists.filter((l) => l.displayName === displayName)).toHaveLength(1);
    // The race really happened: one session's creates were refused as duplicates and it re-read.
    const batches = (await listRequests(emulator.url)).filter((r) => r.url === "/$batch");
    const creates = batches.flatMap((r) => (r.inner ?? []).filter((i) => i.method === "POST"));
    expect(creates.map((i) => i.status).sort()).toEqual([
      ...recordListNames.map(() => 201),
      ...recordListNames.map(() => 409),
    ]);
  });

  it("reports a group without a site as siteMissing", async () => {
    const error: unknown = await openWorkspace(connect("li.na@yunzhan.example"), {
      groupId: "00000000-0000-4000-8000-00000000dead",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkspaceError);
    expect(error).toMatchObject({ kind: "siteMissing" });
  });
});
