export interface AuthAccount {
  upn: string;
  name?: string;
}

export interface AuthPort {
  /** A bearer token for Microsoft Graph carrying at least `scopes`. Throws AuthError. */
  getToken(scopes: string[]): Promise<string>;
  /**
   * Asks now, silently, for one token carrying all of `scopes`, so the first screen's requests
   * (each asking for its own part of them) share a single request to the identity provider
   * instead of one each. Never prompts; a failure only leaves each request to ask for itself.
   */
  warmUp?(scopes: readonly string[]): void;
  /** The signed-in account once known (after the first token in MSAL modes). */
  account?: AuthAccount;
}
