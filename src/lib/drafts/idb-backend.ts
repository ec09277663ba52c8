// IndexedDB storage for drafts. The database is opened through an injectable IDBFactory (the
// browser's, or fake-indexeddb in tests) and wrapped with `idb` for promise-based transactions.
// Failures become DraftStoreError: opening fails fast as "unavailable" (private mode, disabled
// storage) or "blocked" (an older tab holds the database open during an upgrade), and when a
// newer tab upgrades the database under us this connection closes and later calls say "blocked".
// Every write is a read-modify-write inside one readwrite transaction, which IndexedDB runs one
// at a time per store across all tabs of the origin; that is what keeps revisions monotonic.
import { wrap } from "idb";
import type { DBSchema, IDBPDatabase, IDBPTransaction } from "idb";
import { DraftStoreError, toDraftStoreError } from "./draft-store-error";
import type { DraftBackend, DraftRecord } from "./draft-types";

interface DraftDbSchema extends DBSchema {
  drafts: { key: string; value: DraftRecord };
}

type DraftDb = IDBPDatabase<DraftDbSchema>;
type UpgradeTransaction = IDBPTransaction<DraftDbSchema, "drafts"[], "versionchange">;

/**
 * Migration `i` takes the database from version i to i + 1; the database version is their count.
 * A later migration that reshapes records walks `tx.objectStore("drafts")` with a cursor and
 * bumps each record's `schemaVersion`, inside the same upgrade transaction.
 */
const migrations: readonly ((db: DraftDb, tx: UpgradeTransaction) => void)[] = [
  (db) => {
    db.createObjectStore("drafts", { keyPath: "key" });
  },
];

export const draftDbVersion = migrations.length;

/** The `schemaVersion` written on every record by this code. */
export const draftRecordVersion = 1;

export function upgradeDraftDb(db: DraftDb, oldVersion: number, tx: UpgradeTransaction): void {
  for (let version = oldVersion; version < migrations.length; version += 1) {
    migrations[version]?.(db, tx);
  }
}

export async function openIdbBackend(dbName: string, factory: IDBFactory | undefined): Promise<DraftBackend> {
  if (!factory) throw new DraftStoreError("unavailable", "IndexedDB is not available in this browser");
  const db = await openDraftDb(dbName, factory);
  let closedError: DraftStoreError | undefined;

  db.addEventListener("versionchange", () => {
    // A newer Meetloop in another tab wants to upgrade. Holding on would leave that tab without
    // persistent drafts; closing makes this (older) tab fail loudly and ask for a reload instead.
    db.close();
    closedError = new DraftStoreError(
      "blocked",
      "Drafts were upgraded by a newer Meetloop in another tab; reload this tab",
    );
  });
  db.addEventListener("close", () => {
    // The browser closed the connection itself: storage cleared by the user, or the disk failed.
    closedError ??= new DraftStoreError("unavailable", "The browser closed the drafts database");
  });

  async function run<R>(operation: () => Promise<R>): Promise<R> {
    if (closedError) throw closedError;
    try {
      return await operation();
    } catch (error) {
      throw toDraftStoreError(error) ?? error;
    }
  }

  return {
    get: (key) => run(() => db.get("drafts", key)),
    list: (prefix) =>
      // A full scan rather than an IDBKeyRange: unsent drafts in one profile number in the tens,
      // and the global IDBKeyRange need not belong to an injected factory.
      run(async () => (await db.getAll("drafts")).filter((record) => record.key.startsWith(prefix))),
    update: (key, change) =>
      run(async () => {
        const tx = db.transaction("drafts", "readwrite");
        const next = change(await tx.store.get(key));
        if (next) await tx.store.put(next);
        await tx.done;
        return next;
      }),
    delete: (key) => run(() => db.delete("drafts", key)),
    close: () => {
      closedError ??= new DraftStoreError("unavailable", "The drafts store was closed");
      db.close();
    },
  };
}

function openDraftDb(dbName: string, factory: IDBFactory): Promise<DraftDb> {
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(dbName, draftDbVersion);
  } catch (error) {
    // Firefox private mode and sandboxed iframes throw here rather than failing the request.
    return Promise.reject(toUnavailable(error));
  }
  request.addEventListener("upgradeneeded", (event) => {
    const tx = request.transaction;
    if (!tx) return;
    upgradeDraftDb(toDraftDb(request.result), event.oldVersion, wrap(tx) as unknown as UpgradeTransaction);
  });
  return new Promise<DraftDb>((resolve, reject) => {
    let isAbandoned = false;
    request.addEventListener("blocked", () => {
      // An older tab keeps the old version open. Waiting could take forever (a tab left in the
      // background), so the store falls back to memory now and says why.
      isAbandoned = true;
      reject(new DraftStoreError("blocked", "Another Meetloop tab is holding an older drafts database open"));
    });
    wrap(request).then(
      (raw) => {
        if (!raw) {
          reject(new DraftStoreError("unavailable", "IndexedDB returned no database"));
          return;
        }
        const db = raw as unknown as DraftDb;
        // The fallback is already in use; a late connection would only hold up the next upgrade.
        if (isAbandoned) db.close();
        else resolve(db);
      },
      (error: unknown) => {
        reject(toUnavailable(error));
      },
    );
  });
}

function toDraftDb(raw: IDBDatabase): DraftDb {
  return wrap(raw) as unknown as DraftDb;
}

function toUnavailable(error: unknown): DraftStoreError {
  const classified = toDraftStoreError(error);
  if (classified) return classified;
  return new DraftStoreError("unavailable", error instanceof Error ? error.message : String(error), { cause: error });
}
