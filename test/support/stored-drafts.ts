// Reads the app's local drafts store (IndexedDB, src/lib/drafts) from inside a page, so a test can
// wait until what was typed has been written there before it reloads, rather than sleeping.
import type { Page } from "playwright-core";
import { defaultDraftDbName } from "@/lib/drafts";
import type { DraftKind } from "@/lib/drafts";

/** The values of every draft of `kind` the page's origin holds; [] before the app created its database. */
export function readStoredDrafts(page: Page, kind: DraftKind): Promise<unknown[]> {
  return page.evaluate(
    async ({ dbName, kind }) => {
      const db = await new Promise<IDBDatabase | undefined>((resolve, reject) => {
        const request = indexedDB.open(dbName);
        // No database yet: abort, so this read does not create an empty one the app would not upgrade.
        request.onupgradeneeded = () => {
          request.transaction?.abort();
        };
        request.onsuccess = () => {
          resolve(request.result);
        };
        request.onerror = () => {
          if (request.error?.name === "AbortError") resolve(undefined);
          else reject(request.error ?? new Error(`Opening ${dbName} failed`));
        };
      });
      if (!db) return [];
      try {
        if (!db.objectStoreNames.contains("drafts")) return [];
        const records = await new Promise<{ key: string; value: unknown }[]>((resolve, reject) => {
          const request = db.transaction("drafts", "readonly").objectStore("drafts").getAll();
          request.onsuccess = () => {
            resolve(request.result as { key: string; value: unknown }[]);
          };
          request.onerror = () => {
            reject(request.error ?? new Error("Reading the drafts failed"));
          };
        });
        // Keys are draft/v1/<user>/<series>/<occurrence>/<kind>/<item> (src/lib/drafts/draft-key.ts).
        return records.filter((record) => record.key.split("/")[5] === kind).map((record) => record.value);
      } finally {
        // Closed at once: an open connection would hold up the app's next database upgrade.
        db.close();
      }
    },
    { dbName: defaultDraftDbName, kind },
  );
}
