// Nested app authentication with only the part of MSAL it runs: the nested app operating context
// and controller (the same two classes @azure/msal-browser's createNestablePublicClientApplication
// puts together, src/app/PublicClientApplication.ts), without the standard controller's redirect,
// popup, iframe and broker code the package's entry brings along — about 170 KB less JavaScript
// before the first screen in Teams. The controller is itself an IPublicClientApplication
// (controllers/IController.ts). Nested app auth: the host signs the user in and answers MSAL's
// token requests through `window.nestedAppAuthBridge`, which teams-js installs once app.initialize
// has been answered (https://learn.microsoft.com/microsoftteams/platform/concepts/authentication/nested-authentication).
// The paths resolve through the `msal-browser-internals/*` alias (vite.config.ts, tsconfig.json);
// msal-nested.test.ts checks they still name the classes the package's own factory uses.
import { NestedAppAuthController } from "msal-browser-internals/controllers/NestedAppAuthController";
import { NestedAppOperatingContext } from "msal-browser-internals/operatingcontext/NestedAppOperatingContext";
import type { Configuration, IPublicClientApplication } from "@azure/msal-browser";

/** A nested app auth client, or undefined when this host offers no nested app auth bridge. */
export async function createNestedClient(configuration: Configuration): Promise<IPublicClientApplication | undefined> {
  const context = new NestedAppOperatingContext(configuration);
  await context.initialize();
  if (!context.isAvailable()) return undefined;
  const controller = new NestedAppAuthController(context);
  await controller.initialize();
  return controller;
}
