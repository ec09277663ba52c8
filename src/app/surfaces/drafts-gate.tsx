import { Spinner } from "@fluentui/react-components";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { ReactNode } from "react";
import { DraftStoreProvider, openDraftStore } from "@/lib/drafts";

/**
 * Opens the local drafts store (IndexedDB) when a view that types first needs it, not at start-up:
 * the series view needs no drafts, and the store's code stays out of the start-up chunk.
 */
export function DraftsGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation("common");
  const store = useQuery({
    queryKey: ["draft-store"],
    queryFn: () => openDraftStore(),
    staleTime: Infinity,
    gcTime: Infinity,
  });
  if (!store.data) return <Spinner label={t("loading")} />;
  return <DraftStoreProvider store={store.data}>{children}</DraftStoreProvider>;
}
