import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, startTestEmulator, upn } from "./support.ts";
import type { StartedEmulator } from "../start-emulator.ts";

type Column = {
  name: string;
  indexed: boolean;
  enforceUniqueValues: boolean;
  text?: { allowMultipleLines?: boolean; maxLength?: number };
};
type ErrorBody = { error: { code: string; message: string } };

let emulator: StartedEmulator;
let sitePath: string;
beforeAll(async () => {
  emulator = await startTestEmulator();
  const groupId = emulator.emulator.getState().groups[0]?.id ?? "";
  const site = await createClient(emulator, upn.admin)<{ id: string }>("GET", `/groups/${groupId}/sites/root`);
  sitePath = `/sites/${site.body.id}`;
});
afterAll(async () => {
  await emulator.close();
});

async function createList(displayName: string, columns: unknown[]): Promise<string> {
  const created = await createClient(emulator, upn.admin)<{ id: string }>("POST", `${sitePath}/lists`, {
    displayName,
    columns,
    list: { template: "genericList" },
  });
  expect(created.status).toBe(201);
  return `${sitePath}/lists/${created.body.id}`;
}

describe("unique columns", () => {
  it("rejects a duplicate on create and on update with 409 nameAlreadyExists", async () => {
    const call = createClient(emulator, upn.admin);
    const listPath = await createList("Series", [
      { name: "SeriesKey", text: {}, indexed: true, enforceUniqueValues: true },
    ]);
    const first = await call<{ id: string }>("POST", `${listPath}/items`, {
      fields: { Title: "a", SeriesKey: "weekly" },
    });
    expect(first.status).toBe(201);
    const duplicate = await call<ErrorBody>("POST", `${listPath}/items`, {
      fields: { Title: "b", SeriesKey: "Weekly" },
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe("nameAlreadyExists");
    expect(duplicate.body.error.message).toContain("SeriesKey");
    const second = await call<{ id: string }>("POST", `${listPath}/items`, {
      fields: { Title: "b", SeriesKey: "monthly" },
    });
    expect(second.status).toBe(201);
    expect((await call("PATCH", `${listPath}/items/${second.body.id}/fields`, { SeriesKey: "weekly" })).status).toBe(
      409,
    );
    expect(
      (await call("PATCH", `${listPath}/items/${second.body.id}`, { fields: { SeriesKey: "weekly" } })).status,
    ).toBe(409);
    // Rewriting an item's own value is not a duplicate.
    expect(
      (await call("PATCH", `${listPath}/items/${first.body.id}/fields`, { SeriesKey: "weekly", Title: "a2" })).status,
    ).toBe(200);
  });

  it("requires indexed for enforceUniqueValues, on list creation and on a new column, and lists both flags", async () => {
    const call = createClient(emulator, upn.admin);
    const refused = await call("POST", `${sitePath}/lists`, {
      displayName: "Bad",
      columns: [{ name: "K", text: {}, enforceUniqueValues: true }],
    });
    expect(refused.status).toBe(400);
    const listPath = await createList("Keys", []);
    expect((await call("POST", `${listPath}/columns`, { name: "K", text: {}, enforceUniqueValues: true })).status).toBe(
      400,
    );
    expect(
      (await call("POST", `${listPath}/columns`, { name: "K", text: {}, indexed: true, enforceUniqueValues: true }))
        .status,
    ).toBe(201);
    const columns = await call<{ value: Column[] }>("GET", `${listPath}/columns`);
    expect(columns.body.value.map((c) => [c.name, c.indexed, c.enforceUniqueValues])).toEqual([
      ["Title", false, false],
      ["K", true, true],
    ]);
    expect((await call("POST", `${listPath}/items`, { fields: { K: "x" } })).status).toBe(201);
    expect((await call("POST", `${listPath}/items`, { fields: { K: "x" } })).status).toBe(409);
  });
});

describe("text lengths", () => {
  it("takes 63,999 characters in a multi-line column and 255 in a single-line one, no more", async () => {
    const call = createClient(emulator, upn.admin);
    const listPath = await createList("Minutes", [
      { name: "Notes", text: { allowMultipleLines: true, linesForEditing: 6 } },
    ]);
    expect(
      (await call("POST", `${listPath}/items`, { fields: { Title: "t".repeat(255), Notes: "纪".repeat(63_999) } }))
        .status,
    ).toBe(201);
    expect((await call("POST", `${listPath}/items`, { fields: { Notes: "n".repeat(64_000) } })).status).toBe(400);
    expect((await call("POST", `${listPath}/items`, { fields: { Title: "t".repeat(256) } })).status).toBe(400);
  });

  it("honours a smaller maxLength and refuses impossible text column settings", async () => {
    const call = createClient(emulator, upn.admin);
    const listPath = await createList("Short", [{ name: "Code", text: { maxLength: 8 } }]);
    expect((await call("POST", `${listPath}/items`, { fields: { Code: "123456789" } })).status).toBe(400);
    expect((await call("POST", `${listPath}/columns`, { name: "Long", text: { maxLength: 256 } })).status).toBe(400);
    expect(
      (
        await call("POST", `${listPath}/columns`, {
          name: "Body",
          text: { allowMultipleLines: true, maxLength: 64_000 },
        })
      ).status,
    ).toBe(400);
    expect(
      (await call("POST", `${listPath}/columns`, { name: "Body", text: { allowMultipleLines: true }, indexed: true }))
        .status,
    ).toBe(400);
  });
});
