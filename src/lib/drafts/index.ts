export { buildDraftKey, buildDraftKeyPrefix, parseDraftKey } from "./draft-key";
export type { DraftKey, DraftKeyParts, DraftKind } from "./draft-key";
export { DraftStoreError, isDraftStoreError } from "./draft-store-error";
export type { DraftStoreErrorKind } from "./draft-store-error";
export { openDraftStore, createMemoryDraftStore, defaultDraftDbName } from "./draft-store";
export type { OpenDraftStoreOptions } from "./draft-store";
export type {
  DraftChange,
  DraftChangeListener,
  DraftStatus,
  DraftStore,
  SavedDraft,
  SaveDraftOptions,
} from "./draft-types";
export { useDraft } from "./use-draft";
export type { UseDraftResult } from "./use-draft";
export type { DraftControllerOptions, DraftUpdate } from "./draft-controller";
export { DraftStoreProvider, useDraftStore } from "./drafts-context";
