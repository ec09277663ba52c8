export { createAuth, authRedirectPath } from "./create-auth";
export type { CreateAuthOptions } from "./create-auth";
export { AuthError, isAuthError } from "./auth-error";
export type { AuthErrorKind } from "./auth-error";
export type { AuthAccount, AuthPort } from "./auth-port";
export { buildAdminConsentUrl } from "./admin-consent";
