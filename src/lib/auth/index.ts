export { createAuth, authRedirectPath } from "./create-auth.ts";
export type { CreateAuthOptions } from "./create-auth.ts";
export { AuthError, isAuthError } from "./auth-error.ts";
export type { AuthErrorKind } from "./auth-error.ts";
export type { AuthAccount, AuthPort } from "./auth-port.ts";
