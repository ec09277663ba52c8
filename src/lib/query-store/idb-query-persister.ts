// The local store of what the app last read for one account: TanStack Query's persisted client
// (only the queries the app chooses to keep), in IndexedDB, one record per tenant and user. Records
// are structured clones, so dates stay dates. Another account's record is deleted when an account
// opens the store: in a shared browser profile that is the previous person having signed out, and
// their meetings must not stay on the machine. Writes are coalesced: while one is in flight only
// the newest snapshot waits. Storage failures (private mode, quota) are reported, never thrown at
// the app — without the store the app reads Graph as on a first open.
import type { PersistedClient, Persister } from "@tanstack/react-query-persist-client";
import { openAccountDb, openQueryStoreDb } from "./query-store-db";
import type { QueryStoreDb } from "./query-store-db";

export { queryStoreName, toAccountKey } from "./query-store-db";

export interface QueryStoreOptions {
  /** `tenantId|userObjectId`: the store never answers one account with another's data. */
  account: string;
  onError?: (error: unknown) => void;
}

export function createIdbQueryPersister(options: QueryStoreOptions): Persister {
  const { account } = options;
  const report = options.onError ?? (() => undefined);
  // Without a store (private mode, storage disabled) every method does nothing: a first open.
  const opened: Promise<QueryStoreDb | undefined> = openAccountDb(account, report);
  let newest: PersistedClient | undefined;
  let isWriteQueued = false;
  let writes: Promise<void> = Promise.resolve();

  async function writeNewest(): Promise<void> {
    isWriteQueued = false;
    const client = newest;
    newest = undefined;
    if (client !== undefined) await (await opened)?.put("clients", { account, client });
  }

  return {
    persistClient(client) {
      newest = client;
      if (!isWriteQueued) {
        isWriteQueued = true;
        writes = writes.then(writeNewest).catch(report);
      }
      return writes;
    },
    async restoreClient() {
      const db = await opened;
      return db === undefined ? undefined : (await db.get("clients", account))?.client;
    },
    async removeClient() {
      await (await opened)?.delete("clients", account);
    },
  };
}

/** Deletes every account's record and kept entries: what signing out of Meetloop in this browser does. */
export async function clearQueryStore(): Promise<void> {
  const db = await openQueryStoreDb();
  await db.clear("clients");
  await db.clear("entries");
  db.close();
}
