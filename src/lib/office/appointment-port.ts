/**
 * What Meetloop needs from the Outlook appointment its task pane is open on, whatever the host
 * behind it: Office.js in Outlook (office-host.ts) or the demo's fake Office host backed by the
 * emulator's calendar. Ids here are Outlook's own (EWS format) until converted with `toRestId`.
 */
export type AppointmentMode = "organizerCompose" | "attendeeRead";

export type ItemIdResult =
  | { kind: "saved"; itemId: string }
  /** A new compose item with no id yet, and saving it failed or was refused (e.g. no subject). */
  | { kind: "notSaved"; reason: string };

export interface AppointmentPort {
  readonly mode: AppointmentMode;
  /** The item's id, saving a compose item first when it has none yet. */
  readItemId(): Promise<ItemIdResult>;
  /** Outlook's item id → the id Microsoft Graph uses for the same event. */
  toRestId(itemId: string): string;
  /** The invitation body as HTML. */
  readBodyHtml(): Promise<string>;
  /** Inserts HTML at the top of the invitation body (compose only; rejects in read mode). */
  prependBodyHtml(html: string): Promise<void>;
}
