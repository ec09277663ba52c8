// A small keyed store for data a feature keeps between opens (beside TanStack Query's persisted
// client, which keeps whole query results): values are structured-cloneable, reads and writes take
// several keys at once, and a write of several entries lands whole or not at all, so a feature can
// keep a sync cursor and the data it covers consistent. The in-memory store serves tests, benches
// and a browser that names no account; idb-key-value-store.ts keeps one account's entries in IndexedDB.

export interface KeyValueStore {
  /** The values at `keys`, undefined where none is kept. */
  getMany(keys: readonly string[]): Promise<unknown[]>;
  /** Writes every entry, or none of them (undefined deletes the key). */
  setMany(entries: readonly (readonly [string, unknown])[]): Promise<void>;
}

export function createMemoryKeyValueStore(): KeyValueStore {
  const entries = new Map<string, unknown>();
  return {
    getMany(keys) {
      return Promise.resolve(keys.map((key) => structuredClone(entries.get(key))));
    },
    setMany(written) {
      for (const [key, value] of written) {
        if (value === undefined) entries.delete(key);
        else entries.set(key, structuredClone(value));
      }
      return Promise.resolve();
    },
  };
}
