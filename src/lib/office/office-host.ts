/// <reference types="office-js" />
// Host port for the Outlook task pane (`?frame=outlook`), backed by Office.js. Microsoft requires
// add-ins to load Office.js from its CDN, not from a bundle
// (https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn),
// so this module adds the script tag itself; it is reached only through a dynamic import from
// connect-host.ts for that frame, so the Teams start-up never downloads it. `Office.onReady` must
// have answered before MSAL's nested app authentication starts: Office.js installs the bridge it
// talks through (https://learn.microsoft.com/office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in).
import type { HostPort, HostTheme } from "@/lib/teams/host-port";
import { createOfficeAppointment } from "./office-appointment";
import { mapOfficeContext, readOfficeTheme } from "./map-office-context";

export const officeScriptUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export class NotInOutlookError extends Error {
  constructor(host: string) {
    super(`Office.js answered, but not from Outlook (host: ${host}).`);
    this.name = "NotInOutlookError";
  }
}

function loadOfficeScript(doc: Document): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement("script");
    script.src = officeScriptUrl;
    script.addEventListener("load", () => {
      resolve();
    });
    script.addEventListener("error", () => {
      reject(new Error(`Office.js could not be loaded from ${officeScriptUrl}`));
    });
    doc.head.append(script);
  });
}

/** Loads Office.js and waits for Office.onReady; rejects outside Outlook (a plain browser answers with no host). */
export async function initializeOffice(doc: Document = document): Promise<void> {
  await loadOfficeScript(doc);
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Outlook) throw new NotInOutlookError(String(info.host));
}

export function createOfficeHost(timeZone: string): HostPort {
  const { mailbox } = Office.context;
  const context = mapOfficeContext({
    displayLanguage: Office.context.displayLanguage,
    // Optional: `officeTheme` arrived in Outlook with Mailbox 1.14.
    bodyBackgroundColor: (Office.context.officeTheme as Office.OfficeTheme | undefined)?.bodyBackgroundColor,
    emailAddress: mailbox.userProfile.emailAddress,
    timeZone,
  });
  return {
    context,
    onThemeChange: subscribeToTheme,
    openLink: (url) => {
      window.open(url, "_blank", "noopener,noreferrer");
      return Promise.resolve();
    },
    appointment: createOfficeAppointment(mailbox),
  };
}

/**
 * Outlook tells theme changes through the mailbox's OfficeThemeChanged event
 * (https://learn.microsoft.com/javascript/api/office/office.officetheme); hosts that do not support
 * it answer the registration with an error, and the pane keeps its first theme.
 */
function subscribeToTheme(cb: (theme: HostTheme) => void): () => void {
  const handler = (args: Office.OfficeThemeChangedEventArgs) => {
    cb(readOfficeTheme(args.officeTheme.bodyBackgroundColor));
  };
  const { mailbox } = Office.context;
  mailbox.addHandlerAsync(Office.EventType.OfficeThemeChanged, handler, (result) => {
    if (result.status === Office.AsyncResultStatus.Failed)
      console.info("Meetloop: Outlook does not report theme changes here.", result.error.message);
  });
  return () => {
    mailbox.removeHandlerAsync(Office.EventType.OfficeThemeChanged);
  };
}
