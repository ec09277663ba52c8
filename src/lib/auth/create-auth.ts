// Chooses the auth port for this run: the emulator sign-in in demo builds with a persona, MSAL
// nested app auth inside Microsoft 365 hosts (Teams and Outlook), the standard MSAL SPA client in a plain browser.
// Each implementation is behind a dynamic import so the first paint downloads none of them,
// and the demo one is behind the VITE_DEMO build constant so production builds do not emit it.
import type { AppConfig } from "@/lib/config/read-config";
import type { HostContext } from "@/lib/teams/host-port";
import { AuthError } from "./auth-error";
import type { AuthPort } from "./auth-port";

/**
 * Path of the popup's redirect page: `https://<host>/auth-redirect.html` is the SPA redirect URI
 * docs/deploy.md registers (Entra matches it exactly; scripts/sign-in-docs.test.ts keeps them equal).
 */
export const authRedirectPath = "/auth-redirect.html";

export interface CreateAuthOptions {
  /** The first screen's scopes (graph `signInScopes()`), consented to in the first sign-in. */
  signInScopes?: readonly string[];
  /** Scopes only an administrator can grant (graph `adminConsentScopes()`). */
  adminConsentScopes?: readonly string[];
  origin?: string;
}

/**
 * `host.context` needs only which host it is and, in a browser, the persona or account to hint: in
 * Microsoft 365 hosts nested app auth signs in the host's own user, so auth can be created before
 * the host's context is read.
 */
export async function createAuth(
  config: AppConfig,
  host: { context: Pick<HostContext, "host" | "userPrincipalName"> },
  options: CreateAuthOptions = {},
): Promise<AuthPort> {
  const persona = host.context.userPrincipalName;
  // NOTE: the literal comparison must sit here, beside the import(); see config/demo-build.ts.
  if (import.meta.env.VITE_DEMO === "true" && config.isDemo && persona !== undefined) {
    const { createDemoAuth } = await import("./demo-auth");
    return createDemoAuth(persona, new URL("../_auth/token", `${config.graphBaseUrl}/`).href);
  }
  if (config.aadClientId === undefined) {
    return createUnconfiguredAuth(
      config.isDemo
        ? "Demo mode signs in as a persona: open the app with ?as=<userPrincipalName>."
        : "VITE_AAD_CLIENT_ID is not set, so there is no app registration to sign in with.",
    );
  }
  const { createMsalAuth } = await import("./msal-auth");
  return createMsalAuth({
    // Outlook offers nested app auth as Teams does, once Office.onReady has answered (office-host.ts;
    // https://learn.microsoft.com/office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in);
    // where a host gives no bridge, msal-auth.ts falls back to the standard client's popup.
    mode: host.context.host === "browser" ? "standard" : "nested",
    clientId: config.aadClientId,
    authority: config.aadAuthority,
    redirectUri: new URL(authRedirectPath, options.origin ?? window.location.origin).href,
    ...(persona === undefined ? {} : { loginHint: persona }),
    ...(options.signInScopes === undefined ? {} : { signInScopes: options.signInScopes }),
    ...(options.adminConsentScopes === undefined ? {} : { adminConsentScopes: options.adminConsentScopes }),
  });
}

function createUnconfiguredAuth(reason: string): AuthPort {
  return { getToken: () => Promise.reject(new AuthError("notConfigured", reason)) };
}
