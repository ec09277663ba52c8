// Features' keyed entries for one account in the app's IndexedDB database (query-store-db.ts), beside
// TanStack Query's persisted client and under the same rule: keyed by tenant and user, every other
// account's data deleted when the store opens. A write of several entries is one transaction. Storage
// failures are reported, never thrown at the app: reads then find nothing (a first open) and
// writes are dropped.
import { openAccountDb } from "./query-store-db";
import type { QueryStoreDb } from "./query-store-db";
import type { KeyValueStore } from "./key-value-store";

export interface IdbKeyValueStoreOptions {
  /** `tenantId|userObjectId` (toAccountKey). */
  account: string;
  onError?: (error: unknown) => void;
}

export function createIdbKeyValueStore(options: IdbKeyValueStoreOptions): KeyValueStore {
  const { account } = options;
  const report = options.onError ?? (() => undefined);
  const opened: Promise<QueryStoreDb | undefined> = openAccountDb(account, report);
  return {
    async getMany(keys) {
      const db = await opened;
      if (db === undefined) return keys.map(() => undefined);
      try {
        const tx = db.transaction("entries", "readonly");
        const found = await Promise.all(keys.map((key) => tx.store.get([account, key])));
        await tx.done;
        return found.map((entry) => entry?.value);
      } catch (error) {
        report(error);
        return keys.map(() => undefined);
      }
    },
    async setMany(entries) {
      const db = await opened;
      if (db === undefined) return;
      try {
        const tx = db.transaction("entries", "readwrite");
        await Promise.all(
          entries.map(([key, value]) =>
            value === undefined ? tx.store.delete([account, key]) : tx.store.put({ account, key, value }),
          ),
        );
        await tx.done;
      } catch (error) {
        report(error);
      }
    },
  };
}
