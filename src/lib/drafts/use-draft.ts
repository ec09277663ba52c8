import { useState, useSyncExternalStore } from "react";
import { createDraftController } from "./draft-controller";
import type { DraftControllerOptions, DraftUpdate } from "./draft-controller";
import type { DraftKey } from "./draft-key";
import type { DraftStoreError } from "./draft-store-error";
import type { DraftStore } from "./draft-types";

export interface UseDraftResult<T> {
  value: T;
  /** Saves on every change; rapid keystrokes are coalesced into one write about 300 ms later. */
  setValue: (next: DraftUpdate<T>) => void;
  /** "loading" until the stored draft has been read; edits made meanwhile are kept and merged. */
  status: "loading" | "ready";
  savedAt?: Date;
  isPersistent: boolean;
  /** The last storage failure, or why the store is not persistent. */
  error?: DraftStoreError;
}

/**
 * Binds a form field (or a whole form object) to the draft under `key`. `initial` is the value
 * shown until the stored draft arrives and when there is none; it is never written by itself,
 * so mounting a form can never overwrite a newer draft. Changing `store` or `key` starts a new
 * session; a new `initial` on every render is fine (only the first one per key is used).
 */
export function useDraft<T>(
  store: DraftStore,
  key: DraftKey,
  initial: T,
  options?: DraftControllerOptions,
): UseDraftResult<T> {
  const [session, setSession] = useState(() => ({
    store,
    key,
    controller: createDraftController(store, key, initial, options),
  }));
  let { controller } = session;
  if (session.store !== store || session.key !== key) {
    // Adjusting state while rendering (React docs, "storing information from previous renders"):
    // the controller has no side effects until subscribed, so a discarded one costs nothing.
    controller = createDraftController(store, key, initial, options);
    setSession({ store, key, controller });
  }
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  if (snapshot.fatalError) throw snapshot.fatalError;
  return {
    value: snapshot.value,
    setValue: controller.setValue,
    status: snapshot.status,
    savedAt: snapshot.savedAt,
    isPersistent: store.isPersistent,
    error: snapshot.error ?? store.error,
  };
}
