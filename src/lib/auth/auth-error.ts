export type AuthErrorKind = "consentRequired" | "popupBlocked" | "signInFailed" | "notConfigured";

export interface AuthErrorOptions {
  cause?: unknown;
  /** The scopes the failed token was for: on consentRequired, the permissions not granted. */
  scopes?: readonly string[];
  /** Only an administrator can grant them (AADSTS90093/90094/90095, or the scope itself requires it). */
  needsAdmin?: boolean;
}

/** Every failure of the auth port; the UI maps `kind` to a message and, where useful, a button. */
export class AuthError extends Error {
  override readonly name = "AuthError";
  readonly kind: AuthErrorKind;
  readonly scopes: readonly string[];
  readonly needsAdmin: boolean;

  constructor(kind: AuthErrorKind, message: string, options: AuthErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.scopes = options.scopes ?? [];
    this.needsAdmin = options.needsAdmin ?? false;
  }
}

export function isAuthError(error: unknown): error is AuthError {
  return error instanceof AuthError;
}

/** The fields MSAL errors (AuthError, BrowserAuthError, ServerError, …) all carry. */
interface MsalErrorLike {
  errorCode: string;
  subError?: string;
  errorMessage?: string;
}

// Browser error codes from @azure/msal-browser BrowserAuthErrorCodes: the popup never opened.
const popupBlockedCodes = new Set(["popup_window_error", "empty_window_error"]);
// The scopes are not granted: AADSTS65001 arrives as invalid_grant (or interaction_required) with
// subError consent_required, a declined consent prompt as access_denied.
const consentCodes = new Set(["consent_required", "access_denied"]);
// Entra ID's own codes in the message (https://learn.microsoft.com/entra/identity-platform/reference-error-codes,
// https://learn.microsoft.com/entra/identity/enterprise-apps/application-sign-in-unexpected-user-consent-error):
// 65001 nobody consented, 65004 the user declined, 90093/90094 only an administrator can grant the
// permissions, 90095 an approval request went to the administrators.
const consentMessage = /AADSTS(65001|65004|90093|90094|90095)\b/;
const adminMessage = /AADSTS(90093|90094|90095)\b/;

/** Whether an MSAL failure says the scopes are not consented (rather than, say, MFA or a lost session). */
export function isConsentFailure(error: unknown): boolean {
  if (!isMsalErrorLike(error)) return false;
  return (
    consentCodes.has(error.errorCode) ||
    error.subError === "consent_required" ||
    consentMessage.test(error.errorMessage ?? "")
  );
}

/**
 * Classifies an MSAL failure by its error code, so this stays testable without loading MSAL.
 * Codes: https://learn.microsoft.com/entra/msal/javascript/browser/errors
 */
export function toAuthError(error: unknown, request: { scopes?: readonly string[] } = {}): AuthError {
  if (error instanceof AuthError) return error;
  if (!isMsalErrorLike(error)) {
    return new AuthError("signInFailed", error instanceof Error ? error.message : String(error), { cause: error });
  }
  const message = error.errorMessage ?? error.errorCode;
  if (popupBlockedCodes.has(error.errorCode)) return new AuthError("popupBlocked", message, { cause: error });
  if (isConsentFailure(error)) {
    return new AuthError("consentRequired", message, {
      cause: error,
      ...(request.scopes === undefined ? {} : { scopes: request.scopes }),
      needsAdmin: adminMessage.test(message),
    });
  }
  return new AuthError("signInFailed", message, { cause: error });
}

function isMsalErrorLike(error: unknown): error is MsalErrorLike {
  return typeof error === "object" && error !== null && "errorCode" in error && typeof error.errorCode === "string";
}
