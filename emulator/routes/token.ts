// The demo sign-in's stand-in for Entra ID's token endpoint: POST /graph/_auth/token with
// `{ "username": "<upn>", "scope": "<scope> <scope>…" }`. It grants the scopes, or refuses those the
// scenario withholds from the user the way Entra ID does, in its error response shape
// (error, error_description, error_codes, suberror — https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow#error-response-1):
// a scope only an administrator can grant with AADSTS90094, one the user declined with AADSTS65004
// (https://learn.microsoft.com/entra/identity/enterprise-apps/application-sign-in-unexpected-user-consent-error).
// The token it hands out is the emulator's usual `emu:<upn>`.
import { z } from "zod";
import { findUser } from "../state/lookups.ts";
import type { GraphResponse } from "../http/types.ts";
import type { TenantState } from "../state/tenant-state.ts";

// Delegated permissions whose "Admin consent required" is Yes in https://learn.microsoft.com/graph/permissions-reference
// (the ones a scenario is likely to withhold; any other counts as one a user may consent to).
const adminConsentPermissions = new Set([
  "GroupMember.Read.All",
  "Group.Read.All",
  "Group.ReadWrite.All",
  "Directory.Read.All",
  "Directory.ReadWrite.All",
  "User.Read.All",
  "Sites.FullControl.All",
  "OnlineMeetings.Read.All",
]);

const tokenRequestSchema = z.object({ username: z.string().min(1), scope: z.string() });

function refuse(error: string, code: number, description: string, now: Date, suberror?: string): GraphResponse {
  const traceId = `00000000-0000-4000-8000-${String(code).padStart(12, "0")}`;
  return {
    status: 400,
    body: {
      error,
      error_description: `AADSTS${String(code)}: ${description} Trace ID: ${traceId} Correlation ID: ${traceId} Timestamp: ${now.toISOString()}`,
      error_codes: [code],
      timestamp: now.toISOString(),
      trace_id: traceId,
      correlation_id: traceId,
      ...(suberror === undefined ? {} : { suberror }),
    },
  };
}

export function handleTokenRequest(state: TenantState, body: unknown, now: Date): GraphResponse {
  const parsed = tokenRequestSchema.safeParse(body);
  if (!parsed.success) {
    return refuse("invalid_request", 900144, "The request body must contain the 'username' and 'scope' fields.", now);
  }
  const user = findUser(state, parsed.data.username);
  if (user === undefined)
    return refuse("invalid_grant", 50034, "The user account does not exist in this directory.", now);
  if (!user.accountEnabled) return refuse("invalid_grant", 50057, "The user account is disabled.", now);
  const scopes = parsed.data.scope.split(/\s+/).filter((s) => s !== "");
  const withheld = scopes.filter((s) => (user.withheldScopes ?? []).includes(s));
  if (withheld.some((s) => adminConsentPermissions.has(s))) {
    return refuse(
      "invalid_grant",
      90094,
      `The app needs permission to access resources in your organization that only an admin can grant (${withheld.join(", ")}). Please ask an admin to grant permission to this app before you can use it.`,
      now,
      "consent_required",
    );
  }
  if (withheld.length > 0) {
    return refuse("access_denied", 65004, `User declined to consent to access the app (${withheld.join(", ")}).`, now);
  }
  return {
    status: 200,
    body: {
      token_type: "Bearer",
      scope: scopes.join(" "),
      expires_in: 3599,
      access_token: `emu:${user.userPrincipalName}`,
    },
  };
}
