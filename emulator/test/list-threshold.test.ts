// SharePoint's list view threshold (emulator/routes/list-query.ts) and lists created without their
// indexes (limits.sharePoint.indexColumnsOnCreate), with the threshold lowered to 10 items through
// /graph/_admin/limits so a few items reach it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callAdmin, createClient, startTestEmulator, upn } from "./support.ts";
import type { StartedEmulator } from "../start-emulator.ts";

type ErrorBody = { error: { code: string; message: string; innerError: { code?: string } } };
type Page = { value: { id: string; fields?: Record<string, unknown> }[]; "@odata.nextLink"?: string };
type Column = { id: string; name: string; indexed: boolean; enforceUniqueValues: boolean };

const threshold = 10;
const prefer = { prefer: "HonorNonIndexedQueriesWarningMayFailRandomly" };
let emulator: StartedEmulator;
let sitePath: string;
let listPath: string;

const text = { allowMultipleLines: false, maxLength: 255 };
const columns = [
  { name: "RecordKey", text, indexed: true, enforceUniqueValues: true },
  { name: "SeriesId", text, indexed: true },
  { name: "OccurrenceKey", text, indexed: true },
  { name: "Note", text },
];

/** 15 items of series A (5 occurrences × 3) and 3 of series B: 18 items, over the threshold of 10. */
async function seed(path: string): Promise<void> {
  const call = createClient(emulator, upn.admin);
  const rows = [
    ...Array.from({ length: 15 }, (_v, i) => ({ series: "A", occurrence: `2026-0${1 + (i % 5)}-05T05:30:00.000Z`, i })),
    ...Array.from({ length: 3 }, (_v, i) => ({ series: "B", occurrence: "2026-01-05T05:30:00.000Z", i: 100 + i })),
  ];
  for (const row of rows) {
    const created = await call("POST", `${path}/items`, {
      fields: {
        Title: `${row.series}-${row.i}`,
        RecordKey: `report|${row.series}|${row.occurrence}|${row.i}`,
        SeriesId: row.series,
        OccurrenceKey: row.occurrence,
        Note: row.i % 2 === 0 ? "even" : "odd",
      },
    });
    expect(created.status).toBe(201);
  }
}

beforeAll(async () => {
  emulator = await startTestEmulator();
  const groupId = emulator.emulator.getState().groups[0]?.id ?? "";
  const site = await createClient(emulator, upn.admin)<{ id: string }>("GET", `/groups/${groupId}/sites/root`);
  sitePath = `/sites/${site.body.id}`;
  const created = await createClient(emulator, upn.admin)<{ id: string }>("POST", `${sitePath}/lists`, {
    displayName: "Reports",
    columns,
  });
  listPath = `${sitePath}/lists/${created.body.id}`;
  await seed(listPath);
  await callAdmin(emulator, "PUT", "/limits", { sharePoint: { listViewThreshold: threshold } });
});
afterAll(async () => {
  await emulator.close();
});

function query(filter: string | undefined, extra = "", headers: Record<string, string> = {}) {
  const filterPart = filter === undefined ? "" : `&$filter=${encodeURIComponent(filter)}`;
  return createClient(emulator, upn.admin)<Page & ErrorBody>(
    "GET",
    `${listPath}/items?$expand=fields${filterPart}${extra}`,
    undefined,
    headers,
  );
}

function expectThreshold(response: { status: number; body: ErrorBody }): void {
  expect(response.status).toBe(422);
  expect(response.body.error.code).toBe("notSupported");
  expect(response.body.error.message).toBe("The request is unprocessable because it uses too many resources");
  expect(response.body.error.innerError.code).toBe("tooManyResources");
}

describe("the list view threshold", () => {
  it("pages through an unfiltered list of any size by item id", async () => {
    const first = await query(undefined, "&$top=8");
    expect(first.status).toBe(200);
    expect(first.body.value).toHaveLength(8);
    expect(first.body["@odata.nextLink"]).toBeDefined();
  });

  it("answers an indexed equality filter that yields no more than the threshold", async () => {
    const series = await query("fields/SeriesId eq 'B'");
    expect(series.status).toBe(200);
    expect(series.body.value).toHaveLength(3);
    const key = await query("fields/RecordKey eq 'report|A|2026-01-05T05:30:00.000Z|0'");
    expect(key.body.value).toHaveLength(1);
  });

  it("refuses an indexed filter whose items pass the threshold, however few match and whatever $top says", async () => {
    expectThreshold(await query("fields/SeriesId eq 'A'", "&$top=1"));
  });

  it("reads from the first indexed comparison only: the order of the clauses decides", async () => {
    // SeriesId 'A' yields 15 items before OccurrenceKey narrows them to 3: refused.
    expectThreshold(await query("fields/SeriesId eq 'A' and fields/OccurrenceKey eq '2026-01-05T05:30:00.000Z'"));
    // OccurrenceKey first yields 6 items (both series), SeriesId then keeps A's 3.
    const occurrenceFirst = await query(
      "fields/OccurrenceKey eq '2026-01-05T05:30:00.000Z' and fields/SeriesId eq 'A'",
    );
    expect(occurrenceFirst.status).toBe(200);
    expect(occurrenceFirst.body.value).toHaveLength(3);
  });

  it("uses an index for a range, and every clause on that column narrows what is read", async () => {
    const window = await query(
      "fields/OccurrenceKey ge '2026-01-01T00:00:00.000Z' and fields/OccurrenceKey lt '2026-03-01T00:00:00.000Z' and fields/SeriesId eq 'A'",
    );
    expect(window.status).toBe(200);
    expect(window.body.value).toHaveLength(6);
    expectThreshold(await query("fields/OccurrenceKey ge '2026-01-01T00:00:00.000Z' and fields/SeriesId eq 'A'"));
  });

  it("reads the whole list for a filter on a column that is not indexed, or an 'or'", async () => {
    expect((await query("fields/Note eq 'odd'")).status).toBe(400);
    expectThreshold(await query("fields/Note eq 'odd'", "", prefer));
    expectThreshold(await query("fields/SeriesId eq 'B' or fields/SeriesId eq 'C'"));
  });

  it("reads the whole list to sort on a column that is not indexed", async () => {
    expect((await query(undefined, "&$orderby=fields/Note")).status).toBe(400);
    expectThreshold(await query(undefined, "&$orderby=fields/Note", prefer));
    expect((await query(undefined, "&$orderby=fields/OccurrenceKey")).status).toBe(200);
  });
});

describe("lists created without their indexes", () => {
  it("drops indexed and unique at creation when the tenant does, and lets the columns be repaired", async () => {
    await callAdmin(emulator, "PUT", "/limits", { sharePoint: { indexColumnsOnCreate: false } });
    const call = createClient(emulator, upn.admin);
    const created = await call<{ id: string }>("POST", `${sitePath}/lists`, { displayName: "Unindexed", columns });
    const path = `${sitePath}/lists/${created.body.id}`;
    const read = await call<{ value: Column[] }>("GET", `${path}/columns`);
    expect(read.body.value.filter((c) => c.indexed || c.enforceUniqueValues)).toEqual([]);
    expect((await call("GET", `${path}/items?$filter=${encodeURIComponent("fields/SeriesId eq 'A'")}`)).status).toBe(
      400,
    );

    const recordKey = read.body.value.find((c) => c.name === "RecordKey");
    const seriesId = read.body.value.find((c) => c.name === "SeriesId");
    expect((await call("PATCH", `${path}/columns/${recordKey?.id ?? ""}`, { enforceUniqueValues: true })).status).toBe(
      400,
    );
    const repaired = await call<Column>("PATCH", `${path}/columns/${recordKey?.id ?? ""}`, {
      indexed: true,
      enforceUniqueValues: true,
    });
    expect(repaired.status).toBe(200);
    expect(repaired.body).toMatchObject({ name: "RecordKey", indexed: true, enforceUniqueValues: true });
    expect((await call("PATCH", `${path}/columns/${seriesId?.id ?? ""}`, { indexed: true })).status).toBe(200);
    expect((await call("GET", `${path}/items?$filter=${encodeURIComponent("fields/SeriesId eq 'A'")}`)).status).toBe(
      200,
    );
    await callAdmin(emulator, "PUT", "/limits", { sharePoint: { listViewThreshold: threshold } });
  });

  it("refuses to make a column unique while items share a value in it", async () => {
    const call = createClient(emulator, upn.admin);
    const read = await call<{ value: Column[] }>("GET", `${listPath}/columns`);
    const note = read.body.value.find((c) => c.name === "Note");
    const refused = await call<ErrorBody>("PATCH", `${listPath}/columns/${note?.id ?? ""}`, {
      indexed: true,
      enforceUniqueValues: true,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain("duplicate values");
  });

  it("returns the expanded columns of each list beside a $select", async () => {
    const lists = await createClient(emulator, upn.admin)<{ value: { displayName: string; columns?: Column[] }[] }>(
      "GET",
      `${sitePath}/lists?$select=id,displayName&$expand=columns`,
    );
    const reports = lists.body.value.find((l) => l.displayName === "Reports");
    expect(reports?.columns?.find((c) => c.name === "SeriesId")?.indexed).toBe(true);
  });
});
