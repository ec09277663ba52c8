// The listItem delta feed over real HTTP (https://learn.microsoft.com/graph/api/listitem-delta):
// a first enumeration paged to a deltaLink, token=latest, changes since a token in their latest
// state, deleted items with the deleted facet, no $filter, and an expired token answering 410 Gone
// with a Location that starts over; the request log records the bytes of each answer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callAdmin, createClient, startTestEmulator, upn } from "./support.ts";
import type { Json } from "./support.ts";
import type { StartedEmulator } from "../start-emulator.ts";

type Page = Json & { "@odata.nextLink"?: string; "@odata.deltaLink"?: string };

let emulator: StartedEmulator;
let itemsPath: string;
let call: ReturnType<typeof createClient>;

beforeAll(async () => {
  emulator = await startTestEmulator();
  const groupId = emulator.emulator.getState().groups[0]?.id ?? "";
  call = createClient(emulator, upn.admin);
  const site = await call<{ id: string }>("GET", `/groups/${groupId}/sites/root`);
  const list = await call<{ id: string }>("POST", `/sites/${site.body.id}/lists`, {
    displayName: "Delta test",
    columns: [{ name: "Payload", text: {} }],
    list: { template: "genericList" },
  });
  itemsPath = `/sites/${site.body.id}/lists/${list.body.id}/items`;
});

afterAll(async () => {
  await emulator.close();
});

async function readAll(url: string): Promise<{ value: Record<string, unknown>[]; deltaLink: string; pages: number }> {
  const value: Record<string, unknown>[] = [];
  let next = url;
  let pages = 0;
  for (;;) {
    const page = await call<Page>("GET", next);
    expect(page.status).toBe(200);
    pages += 1;
    value.push(...(page.body.value ?? []));
    if (page.body["@odata.deltaLink"] !== undefined) return { value, deltaLink: page.body["@odata.deltaLink"], pages };
    expect(page.body["@odata.nextLink"]).toBeDefined();
    next = page.body["@odata.nextLink"] ?? "";
  }
}

describe("listItem delta", () => {
  it("enumerates, then returns only what changed, deleted items with the deleted facet", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const created = await call<{ id: string }>("POST", itemsPath, { fields: { Title: `t${i}`, Payload: `${i}` } });
      ids.push(created.body.id);
    }
    const first = await readAll(`${itemsPath}/delta?$expand=fields&$top=2`);
    expect(first.pages).toBe(3);
    expect(first.value.map((i) => i.id)).toEqual(ids);
    expect(first.value[0]).toMatchObject({ fields: { Payload: "0" } });

    const latest = await call<Page>("GET", `${itemsPath}/delta?token=latest&$expand=fields`);
    expect(latest.body.value).toEqual([]);
    expect(latest.body["@odata.deltaLink"]).toContain("token=");

    await call("PATCH", `${itemsPath}/${ids[1]}/fields`, { Payload: "edited" });
    await call("PATCH", `${itemsPath}/${ids[1]}/fields`, { Payload: "edited twice" });
    await call("DELETE", `${itemsPath}/${ids[2]}`);
    const added = await call<{ id: string }>("POST", itemsPath, { fields: { Title: "new", Payload: "n" } });

    for (const link of [first.deltaLink, latest.body["@odata.deltaLink"] ?? ""]) {
      const changes = await readAll(link);
      expect(changes.value.map((i) => i.id)).toEqual([ids[1], ids[2], added.body.id]);
      expect(changes.value[0]?.fields).toMatchObject({ Payload: "edited twice" });
      expect(changes.value[1]).toEqual({ id: ids[2], deleted: { state: "deleted" } });
      const none = await readAll(changes.deltaLink);
      expect(none.value).toEqual([]);
    }
  });

  it("refuses $filter, which the delta page does not list", async () => {
    const response = await call("GET", `${itemsPath}/delta?$filter=${encodeURIComponent("fields/Payload eq '1'")}`);
    expect(response.status).toBe(400);
  });

  it("answers an expired token with 410 Gone and a Location that enumerates afresh", async () => {
    const latest = await call<Page>("GET", `${itemsPath}/delta?token=latest`);
    const expired = await callAdmin(emulator, "POST", "/delta/expire");
    expect(expired.status).toBe(200);
    const gone = await call<{ error: { code: string } }>("GET", latest.body["@odata.deltaLink"] ?? "");
    expect(gone.status).toBe(410);
    expect(gone.body.error.code).toBe("resyncChangesApplyDifferences");
    const location = gone.headers.get("location") ?? "";
    expect(location).not.toContain("token=");
    const fresh = await readAll(location);
    expect(fresh.value.length).toBeGreaterThan(0);
  });

  it("records the size of each answer in the request log", async () => {
    await callAdmin(emulator, "DELETE", "/requests");
    const page = await fetch(`${emulator.graphBaseUrl}${itemsPath}/delta?token=latest`, {
      headers: { authorization: `Bearer emu:${upn.admin}` },
    });
    const text = await page.text();
    const log = await callAdmin(emulator, "GET", "/requests");
    expect(log.body.value?.[0]).toMatchObject({ responseBytes: Buffer.byteLength(text) });
  });
});
