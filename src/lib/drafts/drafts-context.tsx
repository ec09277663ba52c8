import { createContext, useContext } from "react";
import type { ReactNode } from "react";
import type { DraftStore } from "./draft-types";

const DraftStoreContext = createContext<DraftStore | null>(null);

/** Provides the one drafts store opened at start-up (see `openDraftStore`). */
export function DraftStoreProvider({ store, children }: { store: DraftStore; children: ReactNode }) {
  return <DraftStoreContext.Provider value={store}>{children}</DraftStoreContext.Provider>;
}

export function useDraftStore(): DraftStore {
  const store = useContext(DraftStoreContext);
  if (!store) throw new Error("useDraftStore must be used inside <DraftStoreProvider>");
  return store;
}
