export interface AuthAccount {
  upn: string;
  name?: string;
}

export interface AuthPort {
  /** A bearer token for Microsoft Graph carrying at least `scopes`. Throws AuthError. */
  getToken(scopes: string[]): Promise<string>;
  /** The signed-in account once known (after the first token in MSAL modes). */
  account?: AuthAccount;
}
