// An appointment port with no Office.js behind it: the demo's fake Office host (app/demo) and the
// tests. The item is an event of the emulator's calendar, found by `findItemId` and handed over in
// Outlook's own (EWS) id format; `toRestId` converts it back by the documented rule (item-ids.ts),
// as Office.js' convertToRestId does. The invitation body lives in memory.
import type { AppointmentMode, AppointmentPort, ItemIdResult } from "./appointment-port";
import { convertEwsIdToRestId } from "./item-ids";

export interface InMemoryAppointmentOptions {
  mode: AppointmentMode;
  /** The item's EWS-format id, once saved. */
  findItemId: () => Promise<string>;
  /** A new compose item: it has no id until `save()` is called, as Outlook's getItemIdAsync answers ItemNotSaved. */
  isNew?: boolean;
  bodyHtml: string;
  /** The body the item really has, read once before the body is first read or changed; until then `bodyHtml`. */
  loadBodyHtml?: () => Promise<string>;
}

export interface InMemoryAppointment extends AppointmentPort {
  /** The invitation body as the add-in left it. */
  readonly bodyHtml: string;
  /** False for a new compose item until `save()`. */
  readonly isSaved: boolean;
  /** Saves a new item (what the user does with Outlook's Save button). */
  save(): void;
  /** Called after each change of the body. */
  onBodyChange(listener: (html: string) => void): () => void;
}

export const notSavedReason = "The new meeting has not been saved yet.";

export function createInMemoryAppointment(options: InMemoryAppointmentOptions): InMemoryAppointment {
  let bodyHtml = options.bodyHtml;
  let isSaved = options.isNew !== true;
  const listeners = new Set<(html: string) => void>();
  const notify = () => {
    for (const listener of listeners) listener(bodyHtml);
  };
  let loading: Promise<void> | undefined;
  const load = (): Promise<void> => {
    const { loadBodyHtml } = options;
    if (loadBodyHtml === undefined) return Promise.resolve();
    // A failed read is not kept: the next read tries again.
    loading ??= loadBodyHtml().then(
      (html) => {
        bodyHtml = html;
        notify();
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  return {
    mode: options.mode,
    get bodyHtml() {
      return bodyHtml;
    },
    get isSaved() {
      return isSaved;
    },
    save: () => {
      isSaved = true;
    },
    readItemId: async (): Promise<ItemIdResult> =>
      isSaved ? { kind: "saved", itemId: await options.findItemId() } : { kind: "notSaved", reason: notSavedReason },
    toRestId: convertEwsIdToRestId,
    readBodyHtml: () => load().then(() => bodyHtml),
    prependBodyHtml: async (html) => {
      if (options.mode !== "organizerCompose")
        throw new Error("The invitation can only be changed by its organizer, in compose mode.");
      await load();
      bodyHtml = html + bodyHtml;
      notify();
    },
    onBodyChange: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
