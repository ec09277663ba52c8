import { describe, expect, it } from "vitest";
import { createMemoryKeyValueStore } from "@/lib/query-store/key-value-store";
import { readKeptLists, readKeptTasks, writeKept } from "./series-store";

describe("what follow-up keeps of a series", () => {
  it("reads back the items and links written together, per list and series", async () => {
    const store = createMemoryKeyValueStore();
    await writeKept(store, "19:a", {
      lists: [
        {
          listId: "l1",
          deltaLink: "https://graph/delta?token=1",
          items: new Map([["7", { raw: { id: "7" }, ok: true }]]),
        },
      ],
      tasks: {
        planId: "p",
        kept: { listedAt: "2026-12-01T00:00:00Z", tasks: new Map([["t", { id: "t" }]]), gone: ["x"] },
      },
    });
    const [l1, l2] = await readKeptLists(store, "19:a", ["l1", "l2"]);
    expect(l1).toEqual({
      deltaLink: "https://graph/delta?token=1",
      items: new Map([["7", { raw: { id: "7" }, ok: true }]]),
    });
    expect(l2).toBeUndefined();
    expect(await readKeptLists(store, "19:other", ["l1"])).toEqual([undefined]);
    expect(await readKeptTasks(store, "p")).toEqual({
      listedAt: "2026-12-01T00:00:00Z",
      tasks: new Map([["t", { id: "t" }]]),
      gone: ["x"],
    });
  });

  it("moves a link on without rewriting the items it covers", async () => {
    const store = createMemoryKeyValueStore();
    const items = new Map([["7", { raw: { id: "7" }, ok: true }]]);
    await writeKept(store, "19:a", { lists: [{ listId: "l1", deltaLink: "a", items }] });
    await writeKept(store, "19:a", { lists: [{ listId: "l1", deltaLink: "b" }] });
    expect(await readKeptLists(store, "19:a", ["l1"])).toEqual([{ deltaLink: "b", items }]);
  });

  it("reads entries of another shape version as absent: a cold open", async () => {
    const store = createMemoryKeyValueStore();
    await store.setMany([
      ["follow-up|list|l1|19:a|link", { v: 0, deltaLink: "a" }],
      ["follow-up|list|l1|19:a|items", { v: 0, items: [] }],
      ["follow-up|tasks|p", { v: 0 }],
    ]);
    expect(await readKeptLists(store, "19:a", ["l1"])).toEqual([undefined]);
    expect(await readKeptTasks(store, "p")).toBeUndefined();
  });
});
