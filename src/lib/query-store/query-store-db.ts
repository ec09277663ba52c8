// The one IndexedDB database of what the app keeps for an account: TanStack Query's persisted
// client ("clients", one record per account) and features' keyed entries ("entries", keyed by
// account and key). Opening it for an account deletes every other account's data: in a shared
// browser profile that is the previous person having signed out.
import { openDB } from "idb";
import type { DBSchema, IDBPDatabase } from "idb";
import type { PersistedClient } from "@tanstack/react-query-persist-client";

export interface QueryStoreSchema extends DBSchema {
  clients: { key: string; value: { account: string; client: PersistedClient } };
  entries: {
    key: [string, string];
    value: { account: string; key: string; value: unknown };
    indexes: { account: string };
  };
}

export type QueryStoreDb = IDBPDatabase<QueryStoreSchema>;

export const queryStoreName = "meetloop-query-store";

export function toAccountKey(tenantId: string, userObjectId: string): string {
  return `${tenantId}|${userObjectId}`;
}

export function openQueryStoreDb(): Promise<QueryStoreDb> {
  // Firefox private mode and sandboxed frames throw rather than failing the request.
  return Promise.resolve().then(() =>
    openDB<QueryStoreSchema>(queryStoreName, 2, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) db.createObjectStore("clients", { keyPath: "account" });
        if (oldVersion < 2) {
          const entries = db.createObjectStore("entries", { keyPath: ["account", "key"] });
          entries.createIndex("account", "account");
        }
      },
    }),
  );
}

export async function deleteOtherAccounts(db: QueryStoreDb, account: string): Promise<void> {
  const tx = db.transaction(["clients", "entries"], "readwrite");
  const clients = tx.objectStore("clients");
  for (const key of await clients.getAllKeys()) if (key !== account) await clients.delete(key);
  const entries = tx.objectStore("entries");
  for (const key of await entries.getAllKeys()) if (key[0] !== account) await entries.delete(key);
  await tx.done;
}

/**
 * The database opened for one account with every other account's data deleted; undefined (and the
 * error reported) when there is no store — private mode, storage disabled — which reads as a first open.
 */
export function openAccountDb(account: string, report: (error: unknown) => void): Promise<QueryStoreDb | undefined> {
  return openQueryStoreDb()
    .then(async (db) => {
      await deleteOtherAccounts(db, account);
      return db;
    })
    .catch((error: unknown) => {
      report(error);
      return undefined;
    });
}
