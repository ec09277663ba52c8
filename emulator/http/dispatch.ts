// The single entry for a /v1.0 request, HTTP or inner $batch: authenticates the emu: bearer
// token, walks the path through Graph's metadata, checks query options and the JSON body against
// the addressed type, enforces Planner's mandatory If-Match, then runs the route handler. Every
// failure becomes a Graph-shaped error response.
import { checkObject } from "../metadata/check-body.ts";
import { checkQueryOptions } from "../metadata/check-query.ts";
import { resolveResourcePath } from "../metadata/resolve-path.ts";
import { findUser } from "../state/lookups.ts";
import { GraphError, badRequest, buildErrorBody } from "./graph-error.ts";
import { requirePermission } from "./permissions.ts";
import type { MetadataIndex } from "../metadata/types.ts";
import type { TenantState, UserState } from "../state/tenant-state.ts";
import type { GraphRequest, GraphResponse, Route } from "./types.ts";

export interface Dispatcher {
  dispatch(request: GraphRequest): GraphResponse;
  /** The signed-in user's UPN, or null if the token is missing/unknown. */
  identify(request: Pick<GraphRequest, "headers">): string | null;
}

function authenticate(state: TenantState, headers: GraphRequest["headers"]): UserState {
  const header = headers.authorization;
  if (header === undefined || header === "") {
    throw new GraphError(401, "InvalidAuthenticationToken", "Access token is empty.");
  }
  const match = /^Bearer\s+emu:(.+)$/i.exec(header.trim());
  const user = match?.[1] === undefined ? undefined : findUser(state, match[1].trim());
  // A disabled account gets no token (AADSTS50057, https://learn.microsoft.com/entra/identity-platform/reference-error-codes).
  if (!user?.accountEnabled) {
    throw new GraphError(
      401,
      "InvalidAuthenticationToken",
      "IDX14100: JWT is not well formed. The emulator expects 'Bearer emu:<userPrincipalName or user id>' naming a user of the loaded scenario.",
    );
  }
  return user;
}

const ifMatchFree = new Set(["POST", "GET", "PUT"]);

function requiresIfMatch(request: GraphRequest, navigationNeedsIt: boolean): boolean {
  if (ifMatchFree.has(request.method)) return false;
  // Every Planner update and delete needs the etag, whatever the metadata annotates
  // (https://learn.microsoft.com/graph/api/resources/planner-overview#planner-resource-versioning).
  return (
    navigationNeedsIt || /^\/(me|users\/[^/]+)?\/?planner\//i.test(request.path) || request.path.startsWith("/planner/")
  );
}

export function createDispatcher(
  getState: () => TenantState,
  index: MetadataIndex,
  routes: readonly Route[],
  now: () => Date,
): Dispatcher {
  const byKey = new Map(routes.map((r) => [`${r.method} ${r.template}`, r]));
  const templates = new Set(routes.map((r) => r.template));

  const run = (request: GraphRequest): GraphResponse => {
    const state = getState();
    const user = authenticate(state, request.headers);
    const resolved = resolveResourcePath(index, request.path, user.id);
    checkQueryOptions(index, resolved, request.query, request.method);
    const body = request.body;
    const hasJsonBody = body !== undefined && !Buffer.isBuffer(body);
    if ((request.method === "POST" || request.method === "PATCH") && hasJsonBody && resolved.target !== "operation") {
      if (typeof body !== "object" || body === null || Array.isArray(body))
        throw badRequest("The request body must be a JSON object.");
      const problem = checkObject(index, resolved.type, body as Record<string, unknown>);
      if (problem !== undefined) throw badRequest(`Invalid request body: ${problem}`);
    }
    if (
      requiresIfMatch(request, resolved.navigation?.ifMatchRequired === true) &&
      request.headers["if-match"] === undefined
    ) {
      throw badRequest("The If-Match header must be specified for this kind of request.");
    }
    const route = byKey.get(`${request.method} ${resolved.template}`);
    if (!route) {
      if (templates.has(resolved.template)) {
        throw new GraphError(
          405,
          "Request_BadRequest",
          `The HTTP method '${request.method}' is not allowed for ${request.path}.`,
        );
      }
      throw new GraphError(
        501,
        "NotImplemented",
        `The Graph emulator does not implement ${request.method} ${resolved.template} (valid in Graph v1.0 metadata).`,
      );
    }
    const isSelf = resolved.template.startsWith("users/{}") && findUser(state, resolved.keys[0] ?? "")?.id === user.id;
    requirePermission(request.method, resolved.template, user, isSelf);
    return route.handle({ state, index, request, user, resolved, keys: resolved.keys, now });
  };

  return {
    dispatch(request) {
      try {
        return run(request);
      } catch (error) {
        return renderError(error, now());
      }
    },
    identify(request) {
      try {
        return authenticate(getState(), request.headers).userPrincipalName;
      } catch (error) {
        if (error instanceof GraphError) return null;
        throw error;
      }
    },
  };
}

let requestCounter = 0;

export function renderError(error: unknown, date: Date): GraphResponse {
  const requestId = `00000000-0000-4000-8000-${String(++requestCounter).padStart(12, "0")}`;
  if (error instanceof GraphError) {
    return {
      status: error.status,
      headers: { ...error.headers },
      body: buildErrorBody(error.code, error.message, requestId, date, error.innerCode),
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  console.error("[graph-emulator] unexpected error", error);
  return { status: 500, body: buildErrorBody("generalException", `Emulator failure: ${message}`, requestId, date) };
}
