import type { DraftBackend, DraftRecord } from "./draft-types";

/**
 * Drafts in a Map, for when IndexedDB cannot be opened. Records are structured-cloned in and out,
 * as IndexedDB does, so a value that works here also works persistently and callers that mutate
 * what they read cannot change what is stored.
 */
export function createMemoryBackend(): DraftBackend {
  const records = new Map<string, DraftRecord>();
  return {
    get: (key) => Promise.resolve(cloneRecord(records.get(key))),
    list: (prefix) =>
      Promise.resolve(
        [...records.keys()]
          .filter((key) => key.startsWith(prefix))
          .sort()
          .flatMap((key) => cloneRecord(records.get(key)) ?? []),
      ),
    update: (key, change) => {
      try {
        const next = change(cloneRecord(records.get(key)));
        if (next) records.set(key, structuredClone(next));
        return Promise.resolve(cloneRecord(next));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    delete: (key) => {
      records.delete(key);
      return Promise.resolve();
    },
    close: () => {
      records.clear();
    },
  };
}

function cloneRecord(record: DraftRecord | undefined): DraftRecord | undefined {
  return record === undefined ? undefined : structuredClone(record);
}
