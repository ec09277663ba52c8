// Entry script of the popup's redirect page (auth-redirect.html). MSAL Browser v5 no longer reads
// the response out of the popup from the opener; the page the identity provider redirects to must
// hand it back with broadcastResponseToMainFrame
// (https://learn.microsoft.com/entra/msal/javascript/browser/redirect-bridge).
// NOTE: serve that page without a Cross-Origin-Opener-Policy header, or the popup loses its opener.
import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

broadcastResponseToMainFrame().catch((error: unknown) => {
  document.body.textContent = "Sign-in could not be completed. Close this window and try again.";
  console.error("Meetloop: sign-in redirect failed", error);
});
