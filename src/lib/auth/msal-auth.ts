// MSAL-backed auth port, loaded by dynamic import so MSAL stays out of the first-paint chunk.
// In Teams, Outlook and the Microsoft 365 app it uses nested app authentication (the host signs
// the user in; https://learn.microsoft.com/microsoftteams/platform/concepts/authentication/nested-authentication);
// in a plain browser the standard SPA client. Both try silently first and fall back to a popup
// when MSAL says interaction is required. Consent is incremental: the first interactive sign-in
// asks for the first screen's scopes, every later request for its own scopes only; a scope only an
// administrator can grant is never put to the user in a popup they could not complete — its
// consent failure leaves at once. Every failure leaves as a typed AuthError naming the scopes.
import { BrowserAuthErrorCodes, InteractionRequiredAuthError } from "@azure/msal-browser";
import type { AccountInfo, AuthenticationResult, Configuration, IPublicClientApplication } from "@azure/msal-browser";
import { AuthError, isConsentFailure, toAuthError } from "./auth-error";
import { createNestedClient } from "./msal-nested";
import type { AuthAccount, AuthPort } from "./auth-port";

export type MsalMode = "nested" | "standard";

export interface MsalAuthOptions {
  mode: MsalMode;
  clientId: string;
  authority: string;
  redirectUri: string;
  loginHint?: string;
  /** What the first screen needs, consented to in the first interactive sign-in (one prompt). */
  signInScopes?: readonly string[];
  /** Scopes only an administrator can grant: their consent failure goes to the consent page, not a popup. */
  adminConsentScopes?: readonly string[];
}

export function createMsalAuth(options: MsalAuthOptions): AuthPort {
  let application: Promise<IPublicClientApplication> | undefined;
  let account: AccountInfo | undefined;
  // MSAL allows one interaction at a time (interaction_in_progress), so popups queue up here.
  let interactionQueue: Promise<unknown> = Promise.resolve();
  let warming: { scopes: ReadonlySet<string>; settled: Promise<void> } | undefined;

  const getApplication = (): Promise<IPublicClientApplication> => {
    application ??= createApplication(options).catch((error: unknown) => {
      application = undefined;
      throw toAuthError(error);
    });
    return application;
  };

  const remember = (result: AuthenticationResult): string => {
    account = result.account;
    return result.accessToken;
  };

  const acquireInteractively = (pca: IPublicClientApplication, scopes: string[]): Promise<string> => {
    const interaction = interactionQueue.then(async () => {
      const known = findAccount(pca, options.loginHint);
      // Another queued popup may have consented to these scopes already: try silently first.
      if (known !== undefined) {
        try {
          return remember(await pca.acquireTokenSilent({ scopes, account: known }));
        } catch (error) {
          if (!isInteractionRequired(error)) throw error;
        }
      }
      return remember(await pca.acquireTokenPopup(buildPopupRequest(options, scopes, known)));
    });
    // The queue only orders popups; each caller still receives its own failure through `interaction`.
    interactionQueue = interaction.catch(() => undefined);
    return interaction;
  };

  return {
    get account(): AuthAccount | undefined {
      return account === undefined ? undefined : toAuthAccount(account);
    },
    warmUp(scopes) {
      const settled = getApplication()
        .then(async (pca) => {
          const known = findAccount(pca, options.loginHint);
          if (known === undefined && options.mode !== "nested") return;
          remember(
            await pca.acquireTokenSilent({ scopes: [...scopes], ...(known === undefined ? {} : { account: known }) }),
          );
        })
        .catch((error: unknown) => {
          // Not a failure of any request yet: each one asks for its own scopes (and may prompt).
          console.info("Meetloop: the start-up token was not given silently", error);
        });
      warming = { scopes: new Set(scopes), settled };
    },
    async getToken(scopes) {
      // A request the warm-up covers waits for it, then MSAL answers from its cache (a token is
      // cached with the scopes it was granted for, and serves any subset of them).
      const warm = warming;
      if (warm !== undefined && scopes.every((scope) => warm.scopes.has(scope))) await warm.settled;
      try {
        const pca = await getApplication();
        const known = findAccount(pca, options.loginHint);
        // Nested app auth can answer without a cached account (the host knows the user); the
        // standard client cannot, and would only throw no_account_error.
        if (known !== undefined || options.mode === "nested") {
          try {
            return remember(
              await pca.acquireTokenSilent({ scopes, ...(known === undefined ? {} : { account: known }) }),
            );
          } catch (error) {
            if (!isInteractionRequired(error)) throw error;
            const adminOnly = scopes.filter((scope) => options.adminConsentScopes?.includes(scope));
            if (isConsentFailure(error) && adminOnly.length > 0) {
              throw new AuthError("consentRequired", "Only an administrator can grant these permissions.", {
                cause: error,
                scopes: adminOnly,
                needsAdmin: true,
              });
            }
          }
        }
        return await acquireInteractively(pca, scopes);
      } catch (error) {
        throw toAuthError(error, { scopes });
      }
    },
  };
}

async function createApplication(options: MsalAuthOptions): Promise<IPublicClientApplication> {
  const configuration: Configuration = {
    auth: { clientId: options.clientId, authority: options.authority, redirectUri: options.redirectUri },
  };
  if (options.mode === "nested") {
    const nested = await createNestedClient(configuration);
    if (nested !== undefined) return nested;
  }
  // As createNestablePublicClientApplication does: a host without nested app auth gets the
  // standard client, so the popup sign-in still works there.
  const { createStandardPublicClientApplication } = await import("./msal-standard");
  return createStandardPublicClientApplication(configuration);
}

function findAccount(pca: IPublicClientApplication, loginHint: string | undefined): AccountInfo | undefined {
  const active = pca.getActiveAccount();
  if (active !== null) return active;
  const accounts = pca.getAllAccounts();
  const hinted = accounts.find((candidate) => candidate.username.toLowerCase() === loginHint?.toLowerCase());
  const chosen = hinted ?? accounts[0];
  if (chosen !== undefined) pca.setActiveAccount(chosen);
  return chosen;
}

function buildPopupRequest(options: MsalAuthOptions, scopes: string[], account: AccountInfo | undefined) {
  // Only the first interactive sign-in (no account yet) adds the first screen's scopes.
  const extraScopes =
    account === undefined ? (options.signInScopes?.filter((scope) => !scopes.includes(scope)) ?? []) : [];
  return {
    scopes,
    ...(account === undefined ? {} : { account }),
    ...(options.loginHint === undefined ? {} : { loginHint: options.loginHint }),
    ...(extraScopes.length === 0 ? {} : { extraScopesToConsent: extraScopes }),
  };
}

function isInteractionRequired(error: unknown): boolean {
  return (
    error instanceof InteractionRequiredAuthError ||
    (typeof error === "object" &&
      error !== null &&
      "errorCode" in error &&
      error.errorCode === BrowserAuthErrorCodes.noAccountError)
  );
}

function toAuthAccount(account: AccountInfo): AuthAccount {
  return { upn: account.username, ...(account.name === undefined ? {} : { name: account.name }) };
}
