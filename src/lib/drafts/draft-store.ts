// The local drafts store (docs/architecture.md §2 "Local"): whatever a user types into a report, the minutes or
// an agenda is written to IndexedDB as they type, so a reload, a crash or a lost network never
// loses it. Opening never fails: when IndexedDB is unusable (private mode, disabled, blocked by
// an older tab) the store runs on a Map with `isPersistent: false` and keeps the reason in
// `error`, so the UI can warn that drafts will not survive a reload. A write that hits the quota
// rejects with DraftStoreError("quotaExceeded") but the draft is kept in memory for this page, so
// the next read still sees it. Changes reach other tabs through a BroadcastChannel.
import { toDraftKey } from "./draft-key";
import type { DraftKey } from "./draft-key";
import { openDraftChannel, defaultDraftChannelName } from "./draft-channel";
import type { DraftChannel } from "./draft-channel";
import { DraftStoreError, isDraftStoreError, toDraftStoreError } from "./draft-store-error";
import { draftRecordVersion, openIdbBackend } from "./idb-backend";
import { createMemoryBackend } from "./memory-backend";
import type {
  DraftBackend,
  DraftChange,
  DraftChangeListener,
  DraftRecord,
  DraftStore,
  SavedDraft,
} from "./draft-types";

export const defaultDraftDbName = "meetloop-drafts";

export interface OpenDraftStoreOptions {
  dbName?: string;
  /** Defaults to the page's `indexedDB`; tests pass fake-indexeddb's. */
  factory?: IDBFactory;
  /** Defaults to "meetloop-drafts"; tests use their own so parallel files do not hear each other. */
  channelName?: string;
  /** Reads the clock for `updatedAt`; tests pin it. */
  now?: () => number;
}

/** Opens the drafts store; never rejects (see the header for the fallback). */
export async function openDraftStore(options: OpenDraftStoreOptions = {}): Promise<DraftStore> {
  const dbName = options.dbName ?? defaultDraftDbName;
  let factory: IDBFactory | undefined;
  try {
    factory = "factory" in options ? options.factory : readGlobalIndexedDb();
  } catch (error) {
    // Some sandboxed iframes throw a SecurityError on merely reading window.indexedDB.
    const reason = new DraftStoreError("unavailable", error instanceof Error ? error.message : String(error), {
      cause: error,
    });
    return createDraftStore(createMemoryBackend(), { ...options, dbName, isPersistent: false, error: reason });
  }
  try {
    const backend = await openIdbBackend(dbName, factory);
    return createDraftStore(backend, { ...options, dbName, isPersistent: true });
  } catch (error) {
    if (!isDraftStoreError(error)) throw error;
    return createDraftStore(createMemoryBackend(), { ...options, dbName, isPersistent: false, error });
  }
}

/** A store that never touches IndexedDB: for Storybook-like demos and tests of callers. */
export function createMemoryDraftStore(options: { error?: DraftStoreError; now?: () => number } = {}): DraftStore {
  return createDraftStore(createMemoryBackend(), {
    dbName: "memory",
    isPersistent: false,
    error: options.error,
    now: options.now,
    hasChannel: false,
  });
}

interface CreateDraftStoreOptions {
  dbName: string;
  isPersistent: boolean;
  error?: DraftStoreError;
  channelName?: string;
  now?: () => number;
  /** Memory stores are per page: broadcasting their changes would tell other tabs about drafts they cannot read. */
  hasChannel?: boolean;
}

/** The store over any backend; exported for tests that need a backend which fails on purpose. */
export function createDraftStore(backend: DraftBackend, options: CreateDraftStoreOptions): DraftStore {
  const now = options.now ?? Date.now;
  const listeners = new Map<string, Set<DraftChangeListener>>();
  // Drafts whose last write hit the quota: newer than what IndexedDB holds, kept for this page.
  const unpersisted = new Map<string, DraftRecord>();
  const hasChannel = options.hasChannel ?? options.isPersistent;
  const channel: DraftChannel | undefined = hasChannel
    ? openDraftChannel(options.channelName ?? defaultDraftChannelName, options.dbName, (change) => {
        notifyLocal(change);
      })
    : undefined;

  function notifyLocal(change: DraftChange): void {
    for (const listener of [...(listeners.get(change.key) ?? [])]) listener(change);
  }

  function publish(change: DraftChange): void {
    notifyLocal(change);
    channel?.post(change);
  }

  async function updateRecord(
    key: DraftKey,
    change: (current: DraftRecord | undefined) => DraftRecord | undefined,
  ): Promise<DraftRecord | undefined> {
    let computed: DraftRecord | undefined;
    try {
      const next = await backend.update(key, (stored) => {
        computed = change(pickNewer(stored, unpersisted.get(key)));
        return computed;
      });
      unpersisted.delete(key);
      return next;
    } catch (error) {
      const storeError = toDraftStoreError(error);
      if (storeError?.kind === "quotaExceeded" && computed) {
        unpersisted.set(key, structuredClone(computed));
        // Other views of this key in this page should still see the text the user typed.
        notifyLocal({ type: "saved", key, draft: toSavedDraft(computed) });
      }
      throw storeError ?? error;
    }
  }

  async function readRecord(key: DraftKey): Promise<DraftRecord | undefined> {
    const stored = await backend.get(key);
    const pending = unpersisted.get(key);
    return pickNewer(stored, pending && structuredClone(pending));
  }

  return {
    isPersistent: options.isPersistent,
    error: options.error,

    async saveDraft<T>(key: DraftKey, value: T, saveOptions: { baseEtag?: string; origin?: string } = {}) {
      const record = await updateRecord(key, (current) => ({
        schemaVersion: draftRecordVersion,
        key,
        value,
        updatedAt: now(),
        revision: (current?.revision ?? 0) + 1,
        ...buildEtagField(saveOptions.baseEtag ?? current?.baseEtag),
        // Typing while a submit is in flight must not hide that the submit may have landed: the
        // draft stays "submitting" until markSubmitted, which sees the later revision.
        ...(current?.status === "submitting"
          ? { status: "submitting", submittingRevision: current.submittingRevision }
          : { status: "editing" }),
      }));
      if (!record) throw new Error("saveDraft: the backend wrote nothing");
      const draft = toSavedDraft<T>(record);
      publish({ type: "saved", key, draft, origin: saveOptions.origin });
      return draft;
    },

    async getDraft<T>(key: DraftKey) {
      const record = await readRecord(key);
      return record && toSavedDraft<T>(record);
    },

    async listDrafts(prefix: string) {
      const stored = await backend.list(prefix);
      const byKey = new Map(stored.map((record) => [record.key, record]));
      for (const [key, record] of unpersisted) {
        if (key.startsWith(prefix)) byKey.set(key, pickNewer(byKey.get(key), structuredClone(record)) ?? record);
      }
      return [...byKey.keys()].sort().flatMap((key) => {
        const record = byKey.get(key);
        return record ? [toSavedDraft<unknown>(record)] : [];
      });
    },

    async deleteDraft(key: DraftKey, deleteOptions: { origin?: string } = {}) {
      await backend.delete(key);
      unpersisted.delete(key);
      publish({ type: "deleted", key, origin: deleteOptions.origin });
    },

    async markSubmitting<T>(key: DraftKey) {
      const record = await updateRecord(
        key,
        (current) =>
          current && {
            ...current,
            status: "submitting",
            revision: current.revision + 1,
            updatedAt: now(),
            submittingRevision: current.revision + 1,
          },
      );
      if (!record) return undefined;
      const draft = toSavedDraft<T>(record);
      publish({ type: "saved", key, draft });
      return draft;
    },

    async markSubmitted<T>(key: DraftKey, result: { etag: string }) {
      const record = await updateRecord(key, (current) => {
        if (!current) return undefined;
        // Edits saved after markSubmitting were not in the request that produced this etag.
        // Without markSubmitting first there is nothing to compare, so the stored value counts as sent.
        const hasLaterEdits =
          current.submittingRevision !== undefined && current.submittingRevision !== current.revision;
        const next: DraftRecord = {
          ...current,
          status: hasLaterEdits ? "editing" : "submitted",
          baseEtag: result.etag,
          revision: current.revision + 1,
          updatedAt: now(),
        };
        delete next.submittingRevision;
        return next;
      });
      if (!record) return undefined;
      const draft = toSavedDraft<T>(record);
      publish({ type: "saved", key, draft });
      return draft;
    },

    subscribe(key: DraftKey, listener: DraftChangeListener) {
      const forKey = listeners.get(key) ?? new Set<DraftChangeListener>();
      forKey.add(listener);
      listeners.set(key, forKey);
      return () => {
        forKey.delete(listener);
        if (forKey.size === 0) listeners.delete(key);
      };
    },

    close() {
      channel?.close();
      listeners.clear();
      backend.close();
    },
  };
}

function pickNewer(stored: DraftRecord | undefined, pending: DraftRecord | undefined): DraftRecord | undefined {
  if (!pending) return stored;
  if (!stored) return pending;
  return pending.revision >= stored.revision ? pending : stored;
}

function buildEtagField(baseEtag: string | undefined): { baseEtag?: string } {
  return baseEtag === undefined ? {} : { baseEtag };
}

function toSavedDraft<T>(record: DraftRecord): SavedDraft<T> {
  return {
    key: toDraftKey(record.key),
    // The record holds whatever the caller saved under this key; the key decides its type.
    value: record.value as T,
    updatedAt: new Date(record.updatedAt),
    revision: record.revision,
    status: record.status,
    ...buildEtagField(record.baseEtag),
  };
}

function readGlobalIndexedDb(): IDBFactory | undefined {
  return typeof indexedDB === "undefined" ? undefined : indexedDB;
}
