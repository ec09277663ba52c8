// Records in the workspace lists against the Graph emulator over real HTTP: exact round trips,
// etag conflicts, unique keys, idempotent upserts (also when the connection drops after the write
// landed), paging, validation on read, and the size limit checked before sending.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { startEmulator } from "../../emulator/start-emulator";
import { createGraphClient } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import {
  RecordConflictError,
  RecordTooLargeError,
  WorkspaceError,
  createRecord,
  getRecord,
  listRecordVersions,
  listRecords,
  openWorkspace,
  updateRecord,
  upsertRecord,
} from "@/meeting/api/workspace";
import type { RecordKeyParts, Workspace } from "@/meeting/api/workspace";
import { clearRequests, listRequests, resetEmulator, setFaults } from "../support/emulator-admin";

const groupId = "5b9fcea3-2a7b-42a4-bf6e-1927c23bacca";
const seriesId = "19:meeting_records-test@thread.v2";

const reportSchema = z.object({
  schemaVersion: z.literal(1),
  text: z.string(),
  items: z.array(z.string()),
  done: z.optional(z.boolean()),
});
type Report = z.infer<typeof reportSchema>;

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let liNa: GraphClient;
let wang: GraphClient;
let ws: Workspace;

function connect(upn: string): GraphClient {
  return createGraphClient({
    baseUrl: emulator.graphBaseUrl,
    auth: { getToken: () => Promise.resolve(`emu:${upn}`) },
    sleep: () => Promise.resolve(),
  });
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  liNa = connect("li.na@yunzhan.example");
  wang = connect("wang.jianguo@yunzhan.example");
  ws = await openWorkspace(liNa, { groupId });
});

afterAll(async () => {
  await emulator.close();
});

afterEach(async () => {
  await resetEmulator(emulator.url);
});

function userId(upn: string): string {
  return emulator.emulator.getState().users.find((u) => u.userPrincipalName === upn)?.id ?? "";
}

let nextKey = 0;
function buildParts(overrides: Partial<RecordKeyParts> = {}): RecordKeyParts {
  nextKey += 1;
  return {
    key: `report|${seriesId}|2026-06-01T05:30:00Z|k${nextKey}`,
    seriesId,
    occurrenceKey: "2026-06-01T05:30:00Z",
    owner: "li.na@yunzhan.example",
    ...overrides,
  };
}

function buildReport(overrides: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1,
    text: "本周完成 <script>alert('x')</script> & \"引号\" 🎉👩‍👩‍👧 \u2028 end",
    items: ["客户回款 ✅", "O'Brien's 单引号"],
    ...overrides,
  };
}

async function countItemsWithKey(key: string): Promise<number> {
  const records = await listRecords(liNa, ws, "reports", { seriesId }, reportSchema);
  return records.filter((r) => r.key === key).length;
}

describe("record round trip", () => {
  it("creates, reads by key, lists and updates a record, keeping unicode, emoji and markup exactly", async () => {
    const parts = buildParts({ title: "李娜 · 第 23 周周报" });
    const value = buildReport();
    const created = await createRecord(liNa, ws, "reports", parts, value, { schema: reportSchema });
    expect(created).toMatchObject({
      ...parts,
      value,
      lastModifiedBy: expect.objectContaining({ displayName: "李娜" }) as unknown,
    });
    expect(created.etag).not.toBe("");

    const read = await getRecord(wang, ws, "reports", parts.key, reportSchema);
    expect(read).toEqual(created);
    expect(created.createdBy).toEqual(created.lastModifiedBy);

    const listed = await listRecords(
      wang,
      ws,
      "reports",
      { seriesId, occurrenceKey: parts.occurrenceKey, owner: "li.na@yunzhan.example" },
      reportSchema,
    );
    expect(listed.find((r) => r.key === parts.key)).toEqual(created);

    const changed = buildReport({ text: "改过的 🚀 </textarea><img src=x onerror=alert(1)>", done: true });
    const updated = await updateRecord(wang, ws, "reports", created, changed, { schema: reportSchema });
    expect(updated.value).toEqual(changed);
    expect(updated.etag).not.toBe(created.etag);
    const reread = await getRecord(liNa, ws, "reports", parts.key, reportSchema);
    expect(reread).toMatchObject({
      itemId: created.itemId,
      etag: updated.etag,
      value: changed,
      lastModifiedBy: expect.objectContaining({ displayName: "王建国" }) as unknown,
      title: "李娜 · 第 23 周周报",
    });
  });

  it("returns undefined for a key that has no record", async () => {
    expect(await getRecord(liNa, ws, "reports", "report|nobody|'quoted'", reportSchema)).toBeUndefined();
  });

  it("filters a listing on occurrence and owner, and follows @odata.nextLink past a page", async () => {
    const pagingSeries = "19:meeting_paging@thread.v2";
    const owners = ["li.na@yunzhan.example", "sun.li@yunzhan.example"];
    await Promise.all(
      Array.from({ length: 205 }, (_, i) =>
        createRecord(
          liNa,
          ws,
          "topics",
          {
            key: `topic|${pagingSeries}|${String(i)}`,
            seriesId: pagingSeries,
            occurrenceKey: i < 200 ? "A" : "B",
            owner: owners[i % 2],
          },
          { n: i },
        ),
      ),
    );
    await clearRequests(emulator.url);
    const all = await listRecords(liNa, ws, "topics", { seriesId: pagingSeries }, z.object({ n: z.number() }));
    expect(all.map((r) => r.value.n)).toEqual(Array.from({ length: 205 }, (_, i) => i));
    expect((await listRequests(emulator.url)).length).toBe(2);
    const mine = await listRecords(
      liNa,
      ws,
      "topics",
      { seriesId: pagingSeries, occurrenceKey: "B", owner: "sun.li@yunzhan.example" },
      z.object({ n: z.number() }),
    );
    expect(mine.map((r) => r.value.n)).toEqual([201, 203]);
  });
});

describe("conflicts", () => {
  it("refuses an update with a stale etag and hands back the latest record", async () => {
    const parts = buildParts();
    const original = await createRecord(liNa, ws, "reports", parts, buildReport(), { schema: reportSchema });
    const theirs = await updateRecord(wang, ws, "reports", original, buildReport({ text: "王建国先改了" }), {
      schema: reportSchema,
    });

    const error: unknown = await updateRecord(liNa, ws, "reports", original, buildReport({ text: "李娜后改" }), {
      schema: reportSchema,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordConflictError);
    expect(error).toMatchObject({
      kind: "recordConflict",
      reason: "stale",
      key: parts.key,
      latest: { etag: theirs.etag, value: { text: "王建国先改了" } },
    });
    expect((await getRecord(liNa, ws, "reports", parts.key, reportSchema))?.value.text).toBe("王建国先改了");
  });

  it("refuses a second create of the same key and hands back the existing record", async () => {
    const parts = buildParts();
    const first = await createRecord(liNa, ws, "reports", parts, buildReport({ text: "first" }));
    const error: unknown = await createRecord(wang, ws, "reports", parts, buildReport({ text: "second" })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RecordConflictError);
    expect(error).toMatchObject({ reason: "duplicateKey", latest: { itemId: first.itemId, value: { text: "first" } } });
    expect(await countItemsWithKey(parts.key)).toBe(1);
  });
});

describe("upsertRecord", () => {
  it("creates, then updates the same item; an unchanged value sends no write", async () => {
    const parts = buildParts();
    const created = await upsertRecord(liNa, ws, "reports", parts, buildReport({ text: "v1" }), {
      schema: reportSchema,
    });
    const updated = await upsertRecord(wang, ws, "reports", parts, buildReport({ text: "v2" }), {
      schema: reportSchema,
    });
    expect(updated).toMatchObject({ itemId: created.itemId, value: { text: "v2" } });
    expect(await countItemsWithKey(parts.key)).toBe(1);

    await clearRequests(emulator.url);
    const same = await upsertRecord(liNa, ws, "reports", parts, buildReport({ text: "v2" }), { schema: reportSchema });
    expect(same.etag).toBe(updated.etag);
    expect((await listRequests(emulator.url)).map((r) => r.method)).toEqual(["GET"]);
  });

  it("leaves exactly one record when the connection drops after the create landed", async () => {
    const parts = buildParts();
    await setFaults(emulator.url, { rules: [{ method: "POST", path: "/sites/*/items", drop: "after", count: 1 }] });

    const stored = await upsertRecord(liNa, ws, "reports", parts, buildReport({ text: "written once" }), {
      schema: reportSchema,
    });

    expect(stored.value.text).toBe("written once");
    expect(await countItemsWithKey(parts.key)).toBe(1);
    const log = (await listRequests(emulator.url)) as (Awaited<ReturnType<typeof listRequests>>[number] & {
      dropped?: string;
    })[];
    // read → create (landed, answer lost) → read again finds it holding the value: nothing more to send
    expect(
      log
        .map((r) => `${r.method} ${String(r.status)}${r.dropped === undefined ? "" : ` dropped ${r.dropped}`}`)
        .slice(0, 3),
    ).toEqual(["GET 200", "POST 201 dropped after", "GET 200"]);
    expect(log.filter((r) => r.method === "POST" || r.method === "PATCH")).toHaveLength(1);
  });

  it("creates the record on retry when the connection drops before the create ran", async () => {
    const parts = buildParts();
    await setFaults(emulator.url, { rules: [{ method: "POST", path: "/sites/*/items", drop: true, count: 1 }] });
    await upsertRecord(liNa, ws, "reports", parts, buildReport(), { schema: reportSchema });
    expect(await countItemsWithKey(parts.key)).toBe(1);
  });

  it("keeps one record when two people upsert the same new key at once", async () => {
    const parts = buildParts();
    const results = await Promise.all([
      upsertRecord(liNa, ws, "reports", parts, buildReport({ text: "li.na" }), { schema: reportSchema }),
      upsertRecord(wang, ws, "reports", parts, buildReport({ text: "wang" }), { schema: reportSchema }),
    ]);
    expect(await countItemsWithKey(parts.key)).toBe(1);
    expect(results[0].itemId).toBe(results[1].itemId);
  });

  it("merges with the latest value when its write meets a conflict", async () => {
    const parts = buildParts();
    await createRecord(wang, ws, "reports", parts, buildReport({ items: ["王建国的一条"] }));
    // Someone else's write lands between this upsert's read and its PATCH: the PATCH answers 412.
    await setFaults(emulator.url, { rules: [{ method: "PATCH", path: "/sites/*/fields", status: 412, count: 1 }] });
    const merges: string[][] = [];
    const merged = await upsertRecord(liNa, ws, "reports", parts, buildReport({ items: ["李娜的一条"] }), {
      schema: reportSchema,
      merge: (latest, mine) => {
        merges.push(latest.items);
        return { ...mine, items: [...latest.items, ...mine.items.filter((i) => !latest.items.includes(i))] };
      },
    });
    expect(merged.value.items).toEqual(["王建国的一条", "李娜的一条"]);
    expect(merges).toEqual([["王建国的一条"], ["王建国的一条"]]);
    expect(await countItemsWithKey(parts.key)).toBe(1);
  });
});

describe("authorship and history", () => {
  it("keeps who created a record and names whoever changed it last", async () => {
    const parts = buildParts();
    const created = await createRecord(liNa, ws, "reports", parts, buildReport({ text: "李娜写的" }));
    await updateRecord(wang, ws, "reports", created, buildReport({ text: "王建国改的" }));
    const read = await getRecord(liNa, ws, "reports", parts.key, reportSchema);
    expect(read?.createdBy).toEqual({ id: userId("li.na@yunzhan.example"), displayName: "李娜" });
    expect(read?.lastModifiedBy).toEqual({ id: userId("wang.jianguo@yunzhan.example"), displayName: "王建国" });
  });

  it("rewrites, without merging, a record someone else last wrote when its person writes it", async () => {
    const parts = buildParts();
    await createRecord(wang, ws, "reports", parts, buildReport({ text: "代写", items: ["王建国的一条"] }));
    const merges: string[][] = [];
    await clearRequests(emulator.url);
    const mine = await upsertRecord(
      liNa,
      ws,
      "reports",
      parts,
      buildReport({ text: "代写", items: ["王建国的一条"] }),
      {
        schema: reportSchema,
        author: userId("li.na@yunzhan.example"),
        merge: (latest, value) => {
          merges.push(latest.items);
          return value;
        },
      },
    );
    // The same value, written anyway: SharePoint now names 李娜. No merge with what she did not write.
    expect((await listRequests(emulator.url)).map((r) => r.method)).toEqual(["GET", "PATCH"]);
    expect(merges).toEqual([]);
    const read = await getRecord(wang, ws, "reports", parts.key, reportSchema);
    expect(read?.lastModifiedBy?.displayName).toBe("李娜");
    expect(read?.createdBy?.displayName).toBe("王建国");

    await clearRequests(emulator.url);
    const again = await upsertRecord(
      liNa,
      ws,
      "reports",
      parts,
      buildReport({ text: "代写", items: ["王建国的一条"] }),
      {
        schema: reportSchema,
        author: userId("li.na@yunzhan.example"),
      },
    );
    expect(again.etag).toBe(read?.etag);
    expect((await listRequests(emulator.url)).map((r) => r.method)).toEqual(["GET"]);
    expect(mine.itemId).toBe(again.itemId);
  });

  it("lists a record's versions oldest first, each with its writer, time and payload", async () => {
    const parts = buildParts();
    const created = await createRecord(liNa, ws, "reports", parts, buildReport({ text: "v1" }), {
      schema: reportSchema,
    });
    const second = await updateRecord(wang, ws, "reports", created, buildReport({ text: "v2" }), {
      schema: reportSchema,
    });
    await updateRecord(liNa, ws, "reports", second, { schemaVersion: 9 }, {});
    const versions = await listRecordVersions(wang, ws, "reports", created, reportSchema);
    expect(versions.map((v) => [v.id, v.modifiedBy?.displayName, v.value?.text])).toEqual([
      ["1.0", "李娜", "v1"],
      ["2.0", "王建国", "v2"],
      // A payload today's schema cannot read is kept as a version without a value.
      ["3.0", "李娜", undefined],
    ]);
    expect(versions.every((v) => v.modifiedAt !== "")).toBe(true);
  });
});

describe("refusals", () => {
  it("refuses a payload over 63,999 characters before sending anything", async () => {
    await clearRequests(emulator.url);
    const parts = buildParts();
    const huge = buildReport({ text: "长".repeat(64_000) });
    await expect(createRecord(liNa, ws, "reports", parts, huge)).rejects.toBeInstanceOf(RecordTooLargeError);
    await expect(upsertRecord(liNa, ws, "reports", parts, huge)).rejects.toMatchObject({
      kind: "recordTooLarge",
      column: "Payload",
      limit: 63_999,
    });
    expect(await listRequests(emulator.url)).toEqual([]);
  });

  it("reports a stored record that fails its schema instead of dropping it", async () => {
    // A series of its own: the unreadable record would fail every other test's listing of `seriesId`.
    const parts = buildParts({ seriesId: "19:meeting_invalid@thread.v2" });
    await createRecord(liNa, ws, "reports", parts, { schemaVersion: 1, text: 42 });
    const error: unknown = await getRecord(liNa, ws, "reports", parts.key, reportSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkspaceError);
    expect(error).toMatchObject({ kind: "invalidRecord", detail: { records: [{ list: "reports", key: parts.key }] } });
    await expect(listRecords(liNa, ws, "reports", { seriesId: parts.seriesId }, reportSchema)).rejects.toMatchObject({
      kind: "invalidRecord",
    });
  });
});
