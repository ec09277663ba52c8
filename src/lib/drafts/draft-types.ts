import type { DraftKey } from "./draft-key";
import type { DraftStoreError } from "./draft-store-error";

/**
 * editing: typed, not sent. submitting: a submit is in flight — after a crash in this state the
 * caller must check the server before sending again. submitted: the server has it (etag kept).
 */
export type DraftStatus = "editing" | "submitting" | "submitted";

export interface SavedDraft<T> {
  key: DraftKey;
  value: T;
  updatedAt: Date;
  /** Grows by one on every write to this key, from any tab; starts again at 1 after a delete. */
  revision: number;
  /** The etag of the server item this draft edits (or, once submitted, the etag it produced), for If-Match. */
  baseEtag?: string;
  status: DraftStatus;
}

export interface SaveDraftOptions {
  /** Sets the etag the edit is based on; left out, the stored one is kept. */
  baseEtag?: string;
  /** Echoed in the change notification, so a writer can recognise its own writes. */
  origin?: string;
}

export type DraftChange =
  | { type: "saved"; key: DraftKey; draft: SavedDraft<unknown>; origin?: string }
  | { type: "deleted"; key: DraftKey; origin?: string };

export type DraftChangeListener = (change: DraftChange) => void;

export interface DraftStore {
  /** False when IndexedDB could not be opened: drafts live in this page only. */
  readonly isPersistent: boolean;
  /** Why the store is not persistent; undefined when it is. */
  readonly error?: DraftStoreError;
  saveDraft<T>(key: DraftKey, value: T, options?: SaveDraftOptions): Promise<SavedDraft<T>>;
  getDraft<T>(key: DraftKey): Promise<SavedDraft<T> | undefined>;
  /** Every draft whose key starts with `prefix` (see `buildDraftKeyPrefix`), in key order. */
  listDrafts(prefix: string): Promise<SavedDraft<unknown>[]>;
  deleteDraft(key: DraftKey, options?: { origin?: string }): Promise<void>;
  /** Resolves undefined when there is no draft to submit. */
  markSubmitting<T>(key: DraftKey): Promise<SavedDraft<T> | undefined>;
  /**
   * Records the server's etag. The draft becomes `submitted` only if nobody edited it after
   * `markSubmitting`; otherwise it stays `editing` on top of the new etag, so later keystrokes
   * are not mistaken for sent ones.
   */
  markSubmitted<T>(key: DraftKey, result: { etag: string }): Promise<SavedDraft<T> | undefined>;
  /** Changes to `key` made here or in another tab; returns the unsubscribe function. */
  subscribe(key: DraftKey, listener: DraftChangeListener): () => void;
  close(): void;
}

/** The stored shape. Changing it means a new entry in the migrations of idb-backend.ts. */
export interface DraftRecord {
  schemaVersion: number;
  key: string;
  value: unknown;
  /** Epoch milliseconds. */
  updatedAt: number;
  revision: number;
  baseEtag?: string;
  status: DraftStatus;
  /** The revision that `markSubmitting` sent, to tell at `markSubmitted` whether edits followed. */
  submittingRevision?: number;
}

/** Storage underneath the store: IndexedDB, or a Map when IndexedDB cannot be used. */
export interface DraftBackend {
  get(key: string): Promise<DraftRecord | undefined>;
  list(prefix: string): Promise<DraftRecord[]>;
  /**
   * Reads the record, lets `change` compute the next one and writes it, all in one transaction,
   * so two tabs writing the same key never hand out the same revision. `change` must be
   * synchronous; returning undefined leaves the record as it is.
   */
  update(
    key: string,
    change: (current: DraftRecord | undefined) => DraftRecord | undefined,
  ): Promise<DraftRecord | undefined>;
  delete(key: string): Promise<void>;
  close(): void;
}
