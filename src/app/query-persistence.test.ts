import "fake-indexeddb/auto";
import { QueryClient, dehydrate } from "@tanstack/react-query";
import { afterEach, describe, expect, it } from "vitest";
import { seriesReadyMark } from "@/features/series";
import { createLocalStore, createPersistOptions, revalidateRestored } from "./query-persistence";

function buildClientWith(keys: readonly (readonly string[])[]): QueryClient {
  const client = new QueryClient();
  for (const key of keys) client.setQueryData(key, { kept: key.join("/") });
  return client;
}

function listInvalidated(client: QueryClient): string[] {
  return client
    .getQueryCache()
    .findAll()
    .filter((query) => query.state.isInvalidated)
    .map((query) => String(query.queryKey[0]));
}

afterEach(() => {
  performance.clearMarks(seriesReadyMark);
});

describe("keeping queries between opens", () => {
  it("keeps nothing for a host that does not say whose data it is", () => {
    expect(createPersistOptions({})).toBeUndefined();
    expect(createPersistOptions({ tenantId: "t" })).toBeUndefined();
    expect(createPersistOptions({ tenantId: "t", userObjectId: "u" })).toBeDefined();
  });

  it("keeps follow-up's records in IndexedDB under the same rule: only when the host names tenant and user", async () => {
    expect(createLocalStore({})).toBeUndefined();
    expect(createLocalStore({ tenantId: "t" })).toBeUndefined();
    const store = createLocalStore({ tenantId: "t", userObjectId: "u" });
    await store?.setMany([["k", { kept: true }]]);
    expect(await createLocalStore({ tenantId: "t", userObjectId: "u" })?.getMany(["k"])).toEqual([{ kept: true }]);
    expect(await createLocalStore({ tenantId: "t", userObjectId: "other" })?.getMany(["k"])).toEqual([undefined]);
  });

  it("keeps the series, its configuration, the workspace and the tab's group, and nothing else", () => {
    const options = createPersistOptions({ tenantId: "t", userObjectId: "u" });
    const client = buildClientWith([
      ["series", "19:a"],
      ["series-config", "19:a", "g"],
      ["workspace", "g"],
      ["tab-group", "19:a"],
      ["reports", "19:a"],
    ]);
    const kept = client
      .getQueryCache()
      .findAll()
      .filter((query) => options?.dehydrateOptions?.shouldDehydrateQuery?.(query) === true)
      .map((query) => String(query.queryKey[0]));
    expect(kept).toEqual(["series", "series-config", "workspace", "tab-group"]);
  });

  it("saves the newest snapshot once the browser is idle, and the next open restores it", async () => {
    const account = { tenantId: "t", userObjectId: "idle" };
    const persister = createPersistOptions(account)?.persister;
    const snapshot = (name: string) => ({
      timestamp: Date.now(),
      buster: "1",
      clientState: dehydrate(buildClientWith([["series", name]])),
    });
    const first = persister?.persistClient(snapshot("older"));
    const second = persister?.persistClient(snapshot("newest"));
    expect(second).toBe(first);
    await second;
    const restored = await createPersistOptions(account)?.persister.restoreClient();
    expect(restored?.clientState.queries.map((query) => query.queryKey)).toEqual([["series", "newest"]]);
  });

  it("reads the series and its configuration again only once the series is on screen", async () => {
    const client = buildClientWith([
      ["series", "19:a"],
      ["series-config", "19:a", "g"],
      ["workspace", "g"],
    ]);
    const revalidated = revalidateRestored(client);
    await Promise.resolve();
    expect(listInvalidated(client)).toEqual([]);
    performance.mark(seriesReadyMark);
    await revalidated;
    expect(listInvalidated(client)).toEqual(["series", "series-config"]);
  });
});
