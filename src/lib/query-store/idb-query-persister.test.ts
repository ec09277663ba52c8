import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import type { PersistedClient } from "@tanstack/react-query-persist-client";
import { clearQueryStore, createIdbQueryPersister, toAccountKey } from "./idb-query-persister";

function buildClient(title: string, start = new Date("2026-12-07T06:00:00Z")): PersistedClient {
  return {
    timestamp: 1,
    buster: "1",
    clientState: {
      mutations: [],
      queries: [
        {
          queryKey: ["series", "19:chat"],
          queryHash: '["series","19:chat"]',
          dehydratedAt: 1,
          state: {
            data: { title, start },
            dataUpdateCount: 1,
            dataUpdatedAt: 1,
            error: null,
            errorUpdateCount: 0,
            errorUpdatedAt: 0,
            fetchFailureCount: 0,
            fetchFailureReason: null,
            fetchMeta: null,
            isInvalidated: false,
            status: "success",
            fetchStatus: "idle",
          },
        },
      ],
    },
  };
}

function readTitle(client: PersistedClient | undefined): unknown {
  return (client?.clientState.queries[0]?.state.data as { title?: string } | undefined)?.title;
}

describe("the local query store", () => {
  it("gives back what one account stored, dates as dates, and nothing to another account", async () => {
    await clearQueryStore();
    const liNa = createIdbQueryPersister({ account: toAccountKey("tenant", "li-na") });
    await liNa.persistClient(buildClient("周例会"));
    const restored = await liNa.restoreClient();
    expect(readTitle(restored)).toBe("周例会");
    expect((restored?.clientState.queries[0]?.state.data as { start: unknown }).start).toEqual(
      new Date("2026-12-07T06:00:00Z"),
    );
    const wang = createIdbQueryPersister({ account: toAccountKey("tenant", "wang") });
    expect(await wang.restoreClient()).toBeUndefined();
  });

  it("deletes another account's data when an account opens it (the other person signed out)", async () => {
    await clearQueryStore();
    await createIdbQueryPersister({ account: "tenant|li-na" }).persistClient(buildClient("周例会"));
    await createIdbQueryPersister({ account: "tenant|wang" }).restoreClient();
    expect(await createIdbQueryPersister({ account: "tenant|li-na" }).restoreClient()).toBeUndefined();
  });

  it("keeps the newest of many quick saves", async () => {
    await clearQueryStore();
    const store = createIdbQueryPersister({ account: "tenant|li-na" });
    const saves = ["一", "二", "三", "四"].map((title) => store.persistClient(buildClient(title)));
    await Promise.all(saves.map((save) => Promise.resolve(save)));
    expect(readTitle(await store.restoreClient())).toBe("四");
    await store.removeClient();
    expect(await store.restoreClient()).toBeUndefined();
  });
});
