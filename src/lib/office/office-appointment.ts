/// <reference types="office-js" />
// The appointment port over Office.js' current item (`Office.context.mailbox.item`). The organizer
// opens the pane in compose (meetingDetailsOrganizer), an attendee in read (meetingDetailsAttendee):
// only a compose appointment has `saveAsync` and an `organizer` object with `getAsync`
// (https://learn.microsoft.com/javascript/api/outlook/office.appointmentcompose), a read one has
// `itemId` (https://learn.microsoft.com/javascript/api/outlook/office.appointmentread).
import type { AppointmentMode, AppointmentPort, ItemIdResult } from "./appointment-port";

type Item = Office.AppointmentCompose & Office.AppointmentRead;

export function readAppointmentMode(item: Partial<Item>): AppointmentMode {
  return typeof item.saveAsync === "function" && typeof item.itemId !== "string" ? "organizerCompose" : "attendeeRead";
}

function toPromise<T>(call: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    call((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(toError(result.error));
    });
  });
}

function toError(error: Office.Error): Error {
  const wrapped = new Error(`${error.name}: ${error.message}`);
  wrapped.name = error.name;
  return wrapped;
}

/**
 * A compose item has an id once saved: `getItemIdAsync` answers `ItemNotSaved` until then, and
 * `saveAsync` saves it and answers its id (Mailbox 1.8,
 * https://learn.microsoft.com/javascript/api/outlook/office.appointmentcompose#outlook-office-appointmentcompose-getitemidasync-member(1)).
 * In cached mode the id may not be known to the server for a while: Graph then answers 404.
 */
async function readComposeItemId(item: Item): Promise<ItemIdResult> {
  try {
    return {
      kind: "saved",
      itemId: await toPromise<string>((cb) => {
        item.getItemIdAsync(cb);
      }),
    };
  } catch (error) {
    if (!(error instanceof Error) || error.name !== "ItemNotSaved") throw error;
  }
  try {
    return {
      kind: "saved",
      itemId: await toPromise<string>((cb) => {
        item.saveAsync(cb);
      }),
    };
  } catch (error) {
    return { kind: "notSaved", reason: error instanceof Error ? error.message : String(error) };
  }
}

export function createOfficeAppointment(mailbox: Office.Mailbox): AppointmentPort {
  const item = mailbox.item as Item;
  const mode = readAppointmentMode(item);
  return {
    mode,
    readItemId: () =>
      mode === "organizerCompose"
        ? readComposeItemId(item)
        : Promise.resolve<ItemIdResult>({ kind: "saved", itemId: item.itemId }),
    // Outlook on iOS and Android already gives REST-format ids
    // (https://learn.microsoft.com/office/dev/add-ins/outlook/use-rest-api#get-the-item-id).
    toRestId: (itemId) =>
      ["OutlookIOS", "OutlookAndroid"].includes(mailbox.diagnostics.hostName)
        ? itemId
        : mailbox.convertToRestId(itemId, Office.MailboxEnums.RestVersion.v2_0),
    readBodyHtml: () =>
      toPromise<string>((cb) => {
        item.body.getAsync(Office.CoercionType.Html, cb);
      }),
    prependBodyHtml: async (html) => {
      if (mode !== "organizerCompose")
        throw new Error("The invitation can only be changed by its organizer, in compose mode.");
      await toPromise<unknown>((cb) => {
        item.body.prependAsync(html, { coercionType: Office.CoercionType.Html }, cb);
      });
    },
  };
}
