// What a warm open shows before Graph answers: the series, the tab's workspace group, the
// workspace's lists and the series configuration, kept per tenant and user in the local store
// (lib/query-store). Restored data counts as fresh so that nothing is read from Graph before the
// series is on screen; once it is (the series-ready mark), the series and its configuration are
// revalidated together in one round trip (features/series/api/refresh-series.ts) and update in place.
import type { Query, QueryClient } from "@tanstack/react-query";
import type { PersistedClient, PersistQueryClientOptions, Persister } from "@tanstack/react-query-persist-client";
import type { HostContext } from "@/lib/teams";
import { createIdbQueryPersister, toAccountKey } from "@/lib/query-store/idb-query-persister";
import { createIdbKeyValueStore } from "@/lib/query-store/idb-key-value-store";
import type { KeyValueStore } from "@/lib/query-store/key-value-store";
import { seriesReadyMark } from "@/features/series";

/** Query key roots kept between opens. */
const keptRoots: readonly string[] = ["series", "series-config", "workspace", "tab-group"];

/**
 * What a warm open reads again once the series is shown. A workspace's lists and the tab's group do
 * not move (workspace-query.ts never refetches them either); a list deleted since surfaces as the
 * error of the read that needs it.
 */
const revalidatedRoots: readonly string[] = ["series", "series-config"];

/** Bump when the shape of a kept query's data changes: older stores are then discarded. */
const storeVersion = "1";

const maxAgeMs = 14 * 24 * 60 * 60_000;

function isKept(query: Pick<Query, "queryKey" | "state">): boolean {
  return query.state.status === "success" && keptRoots.includes(String(query.queryKey[0]));
}

/**
 * TanStack saves on every change of the query cache, and the save of the series' answer would run
 * (a structured clone and an IndexedDB write) before React draws the series. Saves wait for the
 * browser's next idle moment instead, so they fall after the first screen; only the newest
 * snapshot waits (the store coalesces writes too).
 */
function deferToIdle(persistClient: Persister["persistClient"]): Persister["persistClient"] {
  let newest: PersistedClient | undefined;
  let saved: Promise<void> | undefined;
  return (client) => {
    newest = client;
    saved ??= new Promise<void>((resolve) => {
      const save = () => {
        const latest = newest;
        newest = undefined;
        saved = undefined;
        resolve(latest === undefined ? undefined : persistClient(latest));
      };
      // The deadline keeps a page that is never idle (a long render) from never saving.
      if (typeof requestIdleCallback === "function") requestIdleCallback(save, { timeout: 2000 });
      else setTimeout(save, 0);
    });
    return saved;
  };
}

/**
 * Keeping needs to know whose data it is: the host names the tenant and user (Teams does at once);
 * a plain browser does not before sign-in, and keeps nothing.
 */
export function createPersistOptions(
  context: Pick<HostContext, "tenantId" | "userObjectId">,
): Omit<PersistQueryClientOptions, "queryClient"> | undefined {
  if (context.tenantId === undefined || context.userObjectId === undefined) return undefined;
  const persister = createIdbQueryPersister({
    account: toAccountKey(context.tenantId, context.userObjectId),
    onError: (error: unknown) => {
      console.warn("The local store is unavailable; Meetloop reads Microsoft 365 on every open.", error);
    },
  });
  return {
    persister: {
      ...persister,
      persistClient: deferToIdle(persister.persistClient),
      async restoreClient() {
        const client = await persister.restoreClient();
        const now = Date.now();
        // Fresh until revalidated after the series is shown (revalidateRestored).
        for (const query of client?.clientState.queries ?? []) query.state.dataUpdatedAt = now;
        return client;
      },
    },
    maxAge: maxAgeMs,
    buster: storeVersion,
    dehydrateOptions: { shouldDehydrateQuery: isKept },
  };
}

/**
 * The keyed local store (follow-up's records and sync links), under the same rule and keying as the
 * persisted queries: only when the host names the tenant and user.
 */
export function createLocalStore(context: Pick<HostContext, "tenantId" | "userObjectId">): KeyValueStore | undefined {
  if (context.tenantId === undefined || context.userObjectId === undefined) return undefined;
  return createIdbKeyValueStore({
    account: toAccountKey(context.tenantId, context.userObjectId),
    onError: (error: unknown) => {
      console.warn("The local store is unavailable; Meetloop reads Microsoft 365 on every open.", error);
    },
  });
}

function whenSeriesShown(): Promise<void> {
  if (performance.getEntriesByName(seriesReadyMark).length > 0) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(seriesReadyMark).length === 0) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: "mark" });
  });
}

/** After a restore: revalidate what was restored, once the series is on screen. */
export async function revalidateRestored(queryClient: QueryClient): Promise<void> {
  const restored = queryClient
    .getQueryCache()
    .findAll()
    .filter((query) => isKept(query) && revalidatedRoots.includes(String(query.queryKey[0])))
    .map((query) => query.queryHash);
  if (restored.length === 0) return;
  await whenSeriesShown();
  await queryClient.invalidateQueries({ predicate: (query) => restored.includes(query.queryHash) });
}
