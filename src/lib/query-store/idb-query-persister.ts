// The local store of what the app last read for one account: TanStack Query's persisted client
// (only the queries the app chooses to keep), in IndexedDB, one record per tenant and user. Records
// are structured clones, so dates stay dates. Another account's record is deleted when an account
// opens the store: in a shared browser profile that is the previous person having signed out, and
// their meetings must not stay on the machine. Writes are coalesced: while one is in flight only
// the newest snapshot waits. Storage failures (private mode, quota) are reported, never thrown at
// the app — without the store the app reads Graph as on a first open.
import { openDB } from "idb";
import type { DBSchema, IDBPDatabase } from "idb";
import type { PersistedClient, Persister } from "@tanstack/react-query-persist-client";

interface QueryStoreSchema extends DBSchema {
  clients: { key: string; value: { account: string; client: PersistedClient } };
}

type QueryStoreDb = IDBPDatabase<QueryStoreSchema>;

export const queryStoreName = "meetloop-query-store";

export interface QueryStoreOptions {
  /** `tenantId|userObjectId`: the store never answers one account with another's data. */
  account: string;
  onError?: (error: unknown) => void;
}

export function toAccountKey(tenantId: string, userObjectId: string): string {
  return `${tenantId}|${userObjectId}`;
}

function openStore(): Promise<QueryStoreDb> {
  // Firefox private mode and sandboxed frames throw rather than failing the request.
  return Promise.resolve().then(() =>
    openDB<QueryStoreSchema>(queryStoreName, 1, {
      upgrade(db) {
        db.createObjectStore("clients", { keyPath: "account" });
      },
    }),
  );
}

async function deleteOtherAccounts(db: QueryStoreDb, account: string): Promise<void> {
  const tx = db.transaction("clients", "readwrite");
  for (const key of await tx.store.getAllKeys()) if (key !== account) await tx.store.delete(key);
  await tx.done;
}

export function createIdbQueryPersister(options: QueryStoreOptions): Persister {
  const { account } = options;
  const report = options.onError ?? (() => undefined);
  // Without a store (private mode, storage disabled) every method does nothing: a first open.
  const opened: Promise<QueryStoreDb | undefined> = openStore()
    .then(async (db) => {
      await deleteOtherAccounts(db, account);
      return db;
    })
    .catch((error: unknown) => {
      report(error);
      return undefined;
    });
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

/** Deletes every account's record: what signing out of Meetloop in this browser does. */
export async function clearQueryStore(): Promise<void> {
  const db = await openStore();
  await db.clear("clients");
  db.close();
}
