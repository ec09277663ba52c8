import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { callAdmin, createClient, startTestEmulator, upn } from "./support.ts";
import type { RequestLogEntry } from "../request-log.ts";
import type { StartedEmulator } from "../start-emulator.ts";

type Items = { value: { fields: { Title: string } }[] };

let emulator: StartedEmulator;
let itemsPath: string;
beforeAll(async () => {
  emulator = await startTestEmulator();
  const call = createClient(emulator, upn.admin);
  const groupId = emulator.emulator.getState().groups[0]?.id ?? "";
  const site = await call<{ id: string }>("GET", `/groups/${groupId}/sites/root`);
  const list = await call<{ id: string }>("POST", `/sites/${site.body.id}/lists`, {
    displayName: "Drops",
    columns: [],
    list: { template: "genericList" },
  });
  itemsPath = `/sites/${site.body.id}/lists/${list.body.id}/items`;
  await callAdmin(emulator, "DELETE", "/requests");
});
afterAll(async () => {
  await emulator.close();
});
afterEach(async () => {
  await callAdmin(emulator, "DELETE", "/faults");
  await callAdmin(emulator, "DELETE", "/requests");
});

async function readTitles(): Promise<string[]> {
  const items = await createClient(emulator, upn.admin)<Items>("GET", `${itemsPath}?$expand=fields`);
  return items.body.value.map((i) => i.fields.Title);
}

async function readLog(): Promise<RequestLogEntry[]> {
  return (await callAdmin(emulator, "GET", "/requests")).body.value as unknown as RequestLogEntry[];
}

describe("drop after processing", () => {
  it("creates the item, logs the status, and never answers", async () => {
    await callAdmin(emulator, "PUT", "/faults", {
      rules: [{ method: "POST", path: "/sites/*/items", drop: "after", count: 1 }],
    });
    await expect(
      createClient(emulator, upn.admin)("POST", itemsPath, { fields: { Title: "written-then-lost" } }),
    ).rejects.toThrow();
    expect(await readTitles()).toContain("written-then-lost");
    const [entry] = await readLog();
    expect(entry).toMatchObject({ method: "POST", status: 201, dropped: "after" });
  });

  it("keeps drop: true as a drop before processing", async () => {
    await callAdmin(emulator, "PUT", "/faults", {
      rules: [{ method: "POST", path: "/sites/*/items", drop: true, count: 1 }],
    });
    expect((await callAdmin(emulator, "GET", "/faults")).body.rules).toMatchObject([{ drop: "before" }]);
    await expect(
      createClient(emulator, upn.admin)("POST", itemsPath, { fields: { Title: "never-written" } }),
    ).rejects.toThrow();
    expect(await readTitles()).not.toContain("never-written");
    expect((await readLog())[0]).toMatchObject({ status: null, dropped: "before" });
    expect((await callAdmin(emulator, "PUT", "/faults", { rules: [{ path: "/me", drop: "later" }] })).status).toBe(400);
  });

  it("runs the whole batch, then drops the outer connection, for an inner drop-after", async () => {
    await callAdmin(emulator, "PUT", "/faults", {
      rules: [{ method: "POST", path: "/sites/*/items", drop: "after", count: 1 }],
    });
    const batch = {
      requests: [
        {
          id: "1",
          method: "POST",
          url: itemsPath,
          headers: { "content-type": "application/json" },
          body: { fields: { Title: "batched-1" } },
        },
        {
          id: "2",
          method: "POST",
          url: itemsPath,
          headers: { "content-type": "application/json" },
          body: { fields: { Title: "batched-2" } },
          dependsOn: ["1"],
        },
      ],
    };
    await expect(createClient(emulator, upn.admin)("POST", "/$batch", batch)).rejects.toThrow();
    expect(await readTitles()).toEqual(expect.arrayContaining(["batched-1", "batched-2"]));
    const [entry] = await readLog();
    expect(entry).toMatchObject({ url: "/$batch", status: 200, dropped: "after" });
    expect(entry?.inner?.map((i) => [i.id, i.status, i.dropped])).toEqual([
      ["1", 201, "after"],
      ["2", 201, undefined],
    ]);
  });
});

describe("an answer lost and the request sent again", () => {
  it("makes the write twice and answers once, as a browser's silent resend does", async () => {
    await callAdmin(emulator, "PUT", "/faults", {
      rules: [{ method: "POST", path: "/sites/*/items", drop: "resend", count: 1 }],
    });
    const answer = await createClient(emulator, upn.admin)("POST", itemsPath, { fields: { Title: "sent-twice" } });
    expect(answer.status).toBe(201);
    expect((await readTitles()).filter((title) => title === "sent-twice")).toHaveLength(2);
  });

  it("repeats a whole batch when the batch itself is resent", async () => {
    await callAdmin(emulator, "PUT", "/faults", {
      rules: [{ method: "POST", path: "/$batch", drop: "resend", count: 1 }],
    });
    const request = (title: string, id: string) => ({
      id,
      method: "POST",
      url: itemsPath,
      headers: { "content-type": "application/json" },
      body: { fields: { Title: title } },
    });
    const answer = await createClient(emulator, upn.admin)("POST", "/$batch", {
      requests: [request("resent-batch-1", "1"), request("resent-batch-2", "2")],
    });
    expect(answer.status).toBe(200);
    const titles = await readTitles();
    expect(titles.filter((title) => title.startsWith("resent-batch-"))).toHaveLength(4);
  });
});
