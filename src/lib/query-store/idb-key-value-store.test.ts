import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { clearQueryStore, createIdbQueryPersister } from "./idb-query-persister";
import { createIdbKeyValueStore } from "./idb-key-value-store";
import { createMemoryKeyValueStore } from "./key-value-store";
import { toAccountKey } from "./query-store-db";

describe("keyed entries in IndexedDB", () => {
  it("keeps entries per account and deletes another account's when one opens", async () => {
    await clearQueryStore();
    const first = createIdbKeyValueStore({ account: toAccountKey("t", "u1") });
    await first.setMany([
      ["a", { n: 1, at: new Date("2026-12-07T06:00:00Z") }],
      ["b", [1, 2]],
    ]);
    expect(await first.getMany(["a", "b", "c"])).toEqual([
      { n: 1, at: new Date("2026-12-07T06:00:00Z") },
      [1, 2],
      undefined,
    ]);
    await first.setMany([["a", undefined]]);
    expect(await first.getMany(["a"])).toEqual([undefined]);

    const second = createIdbKeyValueStore({ account: toAccountKey("t", "u2") });
    expect(await second.getMany(["b"])).toEqual([undefined]);
    const again = createIdbKeyValueStore({ account: toAccountKey("t", "u1") });
    expect(await again.getMany(["b"])).toEqual([undefined]);
  });

  it("is cleared with the query store on sign-out, and a persister's open keeps its own account's entries", async () => {
    await clearQueryStore();
    const account = toAccountKey("t", "u1");
    const store = createIdbKeyValueStore({ account });
    await store.setMany([["a", 1]]);
    await createIdbQueryPersister({ account }).restoreClient();
    expect(await store.getMany(["a"])).toEqual([1]);
    await clearQueryStore();
    expect(await createIdbKeyValueStore({ account }).getMany(["a"])).toEqual([undefined]);
  });
});

describe("keyed entries in memory", () => {
  it("returns copies, so a caller's later change does not reach the store", async () => {
    const store = createMemoryKeyValueStore();
    const value = { n: 1 };
    await store.setMany([["a", value]]);
    value.n = 2;
    expect(await store.getMany(["a"])).toEqual([{ n: 1 }]);
  });
});
