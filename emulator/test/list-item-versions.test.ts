// Who wrote a list item and its version history, as SharePoint records them: createdBy is the
// creator for good, lastModifiedBy the last writer whichever update path they used, and every
// write adds a version listed newest first with its author, time and (expanded) field values.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, startTestEmulator, upn } from "./support.ts";
import type { StartedEmulator } from "../start-emulator.ts";

type Identity = { user: { id: string; displayName: string; email: string } };
type Item = { id: string; createdBy: Identity; lastModifiedBy: Identity; fields?: Record<string, unknown> };
type Version = { id: string; lastModifiedBy: Identity; lastModifiedDateTime: string; fields?: Record<string, unknown> };

let emulator: StartedEmulator;
let itemsPath: string;

beforeAll(async () => {
  emulator = await startTestEmulator();
  const groupId = emulator.emulator.getState().groups[0]?.id ?? "";
  const call = createClient(emulator, upn.admin);
  const site = await call<{ id: string }>("GET", `/groups/${groupId}/sites/root`);
  const list = await call<{ id: string }>("POST", `/sites/${site.body.id}/lists`, {
    displayName: "Versions test",
    columns: [{ name: "Payload", text: { allowMultipleLines: true } }],
    list: { template: "genericList" },
  });
  itemsPath = `/sites/${site.body.id}/lists/${list.body.id}/items`;
});

afterAll(async () => {
  await emulator.close();
});

function userId(userPrincipalName: string): string {
  return emulator.emulator.getState().users.find((u) => u.userPrincipalName === userPrincipalName)?.id ?? "";
}

describe("list item authorship", () => {
  it("keeps createdBy and names the last writer in lastModifiedBy, after either update path", async () => {
    const ops = createClient(emulator, upn.operations);
    const gm = createClient(emulator, upn.gm);
    const created = await ops<Item>("POST", itemsPath, { fields: { Title: "a", Payload: "1" } });
    expect(created.status).toBe(201);
    expect(created.body.createdBy.user).toMatchObject({ id: userId(upn.operations), displayName: "李娜" });
    expect(created.body.lastModifiedBy.user.id).toBe(userId(upn.operations));

    const patched = await gm<Record<string, unknown>>("PATCH", `${itemsPath}/${created.body.id}/fields`, {
      Payload: "2",
    });
    expect(patched.status).toBe(200);
    // Graph answers a fields PATCH with the fieldValueSet alone: no identity sets in it.
    expect(patched.body).not.toHaveProperty("lastModifiedBy");
    expect(patched.body).toMatchObject({ Payload: "2" });

    const afterFields = await ops<Item>("GET", `${itemsPath}/${created.body.id}`);
    expect(afterFields.body.createdBy.user.id).toBe(userId(upn.operations));
    expect(afterFields.body.lastModifiedBy.user).toMatchObject({ id: userId(upn.gm), displayName: "王建国" });

    await ops("PATCH", `${itemsPath}/${created.body.id}`, { fields: { Payload: "3" } });
    const afterItem = await gm<Item>("GET", `${itemsPath}/${created.body.id}`);
    expect(afterItem.body.createdBy.user.id).toBe(userId(upn.operations));
    expect(afterItem.body.lastModifiedBy.user.id).toBe(userId(upn.operations));
  });
});

describe("list item versions", () => {
  it("lists one version per write, newest first, with who and when; fields only when expanded", async () => {
    const ops = createClient(emulator, upn.operations);
    const gm = createClient(emulator, upn.gm);
    const created = await ops<Item>("POST", itemsPath, { fields: { Title: "b", Payload: "first" } });
    await gm("PATCH", `${itemsPath}/${created.body.id}/fields`, { Payload: "second" });
    await ops("PATCH", `${itemsPath}/${created.body.id}/fields`, { Payload: "third" });

    const bare = await gm<{ value: Version[] }>("GET", `${itemsPath}/${created.body.id}/versions`);
    expect(bare.status).toBe(200);
    expect(bare.body.value.map((v) => [v.id, v.lastModifiedBy.user.displayName])).toEqual([
      ["3.0", "李娜"],
      ["2.0", "王建国"],
      ["1.0", "李娜"],
    ]);
    expect(bare.body.value.every((v) => v.fields === undefined && v.lastModifiedDateTime !== "")).toBe(true);

    const expanded = await gm<{ value: Version[] }>(
      "GET",
      `${itemsPath}/${created.body.id}/versions?$expand=fields($select=Payload)`,
    );
    expect(expanded.body.value.map((v) => v.fields?.Payload)).toEqual(["third", "second", "first"]);
    expect(expanded.body.value.map((v) => v.fields?._UIVersionString)).toEqual(["3.0", "2.0", "1.0"]);

    const one = await gm<Version>("GET", `${itemsPath}/${created.body.id}/versions/2.0?$expand=fields`);
    expect(one.body).toMatchObject({ id: "2.0", fields: { Payload: "second" } });
    expect(one.body.lastModifiedBy.user.id).toBe(userId(upn.gm));
    const fields = await gm<Record<string, unknown>>("GET", `${itemsPath}/${created.body.id}/versions/1.0/fields`);
    expect(fields.body).toMatchObject({ Payload: "first" });
    expect((await gm("GET", `${itemsPath}/${created.body.id}/versions/9.0`)).status).toBe(404);
  });

  it("refuses what the listItemVersion type does not have", async () => {
    const ops = createClient(emulator, upn.operations);
    const created = await ops<Item>("POST", itemsPath, { fields: { Title: "c", Payload: "x" } });
    const wrong = await ops("GET", `${itemsPath}/${created.body.id}/versions?$expand=driveItem`);
    expect(wrong.status).toBe(400);
    expect((await createClient(emulator, upn.outsider)("GET", `${itemsPath}/${created.body.id}/versions`)).status).toBe(
      403,
    );
  });
});
