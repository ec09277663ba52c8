// Emulator sign-in for demo builds: the Graph emulator accepts `Bearer emu:<userPrincipalName>`
// and acts as that persona. A scope is handed out as Entra ID would after consent: the emulator's
// token endpoint grants it, or refuses it with Entra's error (AADSTS65001/65004/90094) when the
// scenario withholds it from the persona — so "consent refused" looks here as it does in a tenant.
// Loaded only behind `isDemoBuild` through a dynamic import, so a production bundle does not contain it.
import { toAuthError } from "./auth-error";
import type { AuthPort } from "./auth-port";

/** The token endpoint's answer, in the shape of Entra's (error, error_description, suberror). */
interface TokenAnswer {
  access_token?: string;
  error?: string;
  error_description?: string;
  suberror?: string;
}

export function createDemoAuth(userPrincipalName: string, tokenEndpoint: string): AuthPort {
  const token = `emu:${userPrincipalName}`;
  const granted = new Set<string>();
  // Requests for the same scopes at once (a screen's first queries) share one answer.
  const pending = new Map<string, Promise<string>>();

  const acquire = async (missing: readonly string[]): Promise<string> => {
    const answer = await requestToken(tokenEndpoint, userPrincipalName, missing).catch((error: unknown) => {
      throw toAuthError(error, { scopes: missing });
    });
    if (answer.error !== undefined) {
      throw toAuthError(
        {
          errorCode: answer.error,
          ...(answer.error_description === undefined ? {} : { errorMessage: answer.error_description }),
          ...(answer.suberror === undefined ? {} : { subError: answer.suberror }),
        },
        { scopes: missing },
      );
    }
    for (const scope of missing) granted.add(scope);
    return answer.access_token ?? token;
  };

  return {
    account: { upn: userPrincipalName },
    getToken(scopes) {
      const missing = scopes.filter((scope) => !granted.has(scope)).sort();
      if (missing.length === 0) return Promise.resolve(token);
      const key = missing.join(" ");
      const existing = pending.get(key);
      if (existing !== undefined) return existing;
      const request = acquire(missing).finally(() => pending.delete(key));
      pending.set(key, request);
      return request;
    },
  };
}

async function requestToken(endpoint: string, username: string, scopes: readonly string[]): Promise<TokenAnswer> {
  const response = await fetch(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, scope: scopes.join(" ") }),
  });
  const answer = (await response.json()) as TokenAnswer;
  return response.ok || answer.error !== undefined ? answer : { error: `http${String(response.status)}` };
}
