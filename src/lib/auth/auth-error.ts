export type AuthErrorKind = "consentRequired" | "popupBlocked" | "signInFailed" | "notConfigured";

/** Every failure of the auth port; the UI maps `kind` to a message and, where useful, a button. */
export class AuthError extends Error {
  override readonly name = "AuthError";
  readonly kind: AuthErrorKind;

  constructor(kind: AuthErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.kind = kind;
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
// The scopes are not granted: AADSTS65001 arrives as invalid_grant with subError consent_required,
// a declined consent prompt as access_denied.
const consentCodes = new Set(["consent_required", "access_denied"]);

/**
 * Classifies an MSAL failure by its error code, so this stays testable without loading MSAL.
 * Codes: https://learn.microsoft.com/entra/msal/javascript/browser/errors
 */
export function toAuthError(error: unknown): AuthError {
  if (error instanceof AuthError) return error;
  if (!isMsalErrorLike(error)) {
    return new AuthError("signInFailed", error instanceof Error ? error.message : String(error), { cause: error });
  }
  const message = error.errorMessage ?? error.errorCode;
  if (popupBlockedCodes.has(error.errorCode)) return new AuthError("popupBlocked", message, { cause: error });
  if (consentCodes.has(error.errorCode) || error.subError === "consent_required") {
    return new AuthError("consentRequired", message, { cause: error });
  }
  return new AuthError("signInFailed", message, { cause: error });
}

function isMsalErrorLike(error: unknown): error is MsalErrorLike {
  return typeof error === "object" && error !== null && "errorCode" in error && typeof error.errorCode === "string";
}
