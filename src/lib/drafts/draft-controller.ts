// The editing session behind `useDraft`, in plain TypeScript so its ordering rules are testable
// without React: load first, keep edits typed before the load and merge them over what loaded,
// write a trailing ~300 ms after the last keystroke (and at least every second while typing),
// write at once when the page is hidden or the last subscriber leaves, and take in changes from
// other tabs only while nothing typed here is waiting to be written.
import { isDraftStoreError } from "./draft-store-error";
import type { DraftStoreError } from "./draft-store-error";
import type { DraftKey } from "./draft-key";
import type { DraftChange, DraftStore, SavedDraft } from "./draft-types";

export interface DraftSnapshot<T> {
  value: T;
  status: "loading" | "ready";
  savedAt?: Date;
  error?: DraftStoreError;
  /** A failure that is a bug rather than storage (a value that cannot be cloned): rethrown in render. */
  fatalError?: Error;
}

export interface DraftControllerOptions {
  /** Trailing delay after the last change before writing. */
  delayMs?: number;
  /** Longest a change waits while the user keeps typing, so a crash loses at most this much. */
  maxWaitMs?: number;
}

export type DraftUpdate<T> = T | ((previous: T) => T);

export interface DraftController<T> {
  getSnapshot: () => DraftSnapshot<T>;
  /** The first subscriber starts the session (load, listeners); the last one leaving flushes and stops it. */
  subscribe: (onChange: () => void) => () => void;
  setValue: (next: DraftUpdate<T>) => void;
  /** Writes a waiting change now. */
  flush: () => void;
}

let controllerCount = 0;

export function createDraftController<T>(
  store: DraftStore,
  key: DraftKey,
  initial: T,
  options: DraftControllerOptions = {},
): DraftController<T> {
  const delayMs = options.delayMs ?? 300;
  const maxWaitMs = options.maxWaitMs ?? 1000;
  controllerCount += 1;
  // Tells this session's own change notices apart from other tabs' and other views'.
  const origin = `${Math.random().toString(36).slice(2)}-${controllerCount}`;

  let snapshot: DraftSnapshot<T> = { value: initial, status: "loading" };
  const subscribers = new Set<() => void>();
  let isActive = false;
  let isLoaded = false;
  let isLoading = false;
  let pending: { value: T } | undefined;
  let firstPendingAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writesInFlight = 0;
  let isRefreshDue = false;
  let lastRevision: number | undefined;
  let detach: (() => void) | undefined;

  function update(patch: Partial<DraftSnapshot<T>>): void {
    snapshot = { ...snapshot, ...patch };
    for (const onChange of [...subscribers]) onChange();
  }

  function reportError(error: unknown): void {
    if (isDraftStoreError(error)) update({ error });
    else update({ fatalError: error instanceof Error ? error : new Error(String(error)) });
  }

  function start(): void {
    isActive = true;
    const unsubscribeStore = store.subscribe(key, onStoreChange);
    const onPageHide = () => {
      flush();
    };
    const onVisibilityChange = () => {
      if (document.visibilityState === "hidden") flush();
    };
    // pagehide and a hidden tab are the last moments a mobile or Teams WebView reliably runs code.
    if (typeof window !== "undefined") window.addEventListener("pagehide", onPageHide);
    if (typeof document !== "undefined") document.addEventListener("visibilitychange", onVisibilityChange);
    detach = () => {
      unsubscribeStore();
      if (typeof window !== "undefined") window.removeEventListener("pagehide", onPageHide);
      if (typeof document !== "undefined") document.removeEventListener("visibilitychange", onVisibilityChange);
    };
    if (!isLoaded) {
      if (!isLoading) load();
    } else {
      // Restarted (StrictMode, a hidden Activity shown again): another tab may have written meanwhile.
      refresh();
    }
  }

  function stop(): void {
    isActive = false;
    detach?.();
    detach = undefined;
    // Before the load finishes there is nothing to merge over yet; the load writes on arrival.
    flush();
  }

  function load(): void {
    isLoading = true;
    store.getDraft<T>(key).then(
      (draft) => {
        isLoading = false;
        isLoaded = true;
        lastRevision = draft?.revision;
        const loadedValue = draft ? draft.value : snapshot.value;
        if (pending) {
          pending = { value: mergeEdits(initial, pending.value, loadedValue) };
          update({ value: pending.value, status: "ready", savedAt: draft?.updatedAt });
          scheduleWrite();
        } else {
          update({ value: loadedValue, status: "ready", savedAt: draft?.updatedAt });
        }
      },
      (error: unknown) => {
        isLoading = false;
        isLoaded = true;
        update({ status: "ready" });
        reportError(error);
        if (pending) scheduleWrite();
      },
    );
  }

  function setValue(next: DraftUpdate<T>): void {
    const value = isUpdater(next) ? next(snapshot.value) : next;
    if (Object.is(value, snapshot.value)) return;
    if (!pending) firstPendingAt = Date.now();
    pending = { value };
    update({ value });
    if (isLoaded) scheduleWrite();
  }

  function scheduleWrite(): void {
    if (!isActive) {
      flush();
      return;
    }
    if (timer !== undefined) clearTimeout(timer);
    const wait = Math.min(delayMs, Math.max(0, firstPendingAt + maxWaitMs - Date.now()));
    timer = setTimeout(flush, wait);
  }

  function flush(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!pending || !isLoaded) return;
    const { value } = pending;
    pending = undefined;
    writesInFlight += 1;
    store.saveDraft(key, value, { origin }).then(
      (draft) => {
        writesInFlight -= 1;
        lastRevision = draft.revision;
        update({ savedAt: draft.updatedAt, error: undefined });
        settle();
      },
      (error: unknown) => {
        writesInFlight -= 1;
        // The text stays in `value` (and, on quota, in the store's memory); the next edit retries.
        reportError(error);
        settle();
      },
    );
  }

  function onStoreChange(change: DraftChange): void {
    if (change.origin === origin) return;
    // Re-read rather than trust the notice: notices from several tabs can arrive out of order.
    refresh();
  }

  function settle(): void {
    if (writesInFlight > 0 || pending || !isRefreshDue) return;
    isRefreshDue = false;
    refresh();
  }

  function refresh(): void {
    if (!isLoaded || writesInFlight > 0 || pending) {
      // What is typed here is written last and wins (last writer wins); look again afterwards.
      isRefreshDue = isLoaded;
      return;
    }
    store.getDraft<T>(key).then((draft) => {
      if (writesInFlight > 0 || pending) {
        isRefreshDue = true;
        return;
      }
      adopt(draft);
    }, reportError);
  }

  function adopt(draft: SavedDraft<T> | undefined): void {
    if (!draft) {
      // Deleted elsewhere (submitted from another tab, say): keep showing the text, unsaved.
      lastRevision = undefined;
      if (snapshot.savedAt) update({ savedAt: undefined });
      return;
    }
    if (draft.revision === lastRevision) return;
    lastRevision = draft.revision;
    update({ value: draft.value, savedAt: draft.updatedAt });
  }

  return {
    getSnapshot: () => snapshot,
    subscribe: (onChange) => {
      subscribers.add(onChange);
      if (!isActive) start();
      return () => {
        subscribers.delete(onChange);
        if (subscribers.size === 0 && isActive) stop();
      };
    },
    setValue,
    flush,
  };
}

/**
 * Puts edits typed before the stored draft arrived over it. For form objects only the fields the
 * user changed from `initial` are taken, so a stored answer to another question survives; for
 * anything else (text, lists) what was typed wins whole.
 */
export function mergeEdits<T>(initial: T, edited: T, loaded: T): T {
  if (!isPlainObject(initial) || !isPlainObject(edited) || !isPlainObject(loaded)) return edited;
  const merged: Record<string, unknown> = { ...loaded };
  for (const [field, value] of Object.entries(edited)) {
    if (!Object.is(value, initial[field])) merged[field] = value;
  }
  // Same shape as `loaded`, which is a T, with some fields taken from `edited`, also a T.
  return merged as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function isUpdater<T>(next: DraftUpdate<T>): next is (previous: T) => T {
  // Drafts are structured-cloned, so a draft value itself is never a function.
  return typeof next === "function";
}
