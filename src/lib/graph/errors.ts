// Graph failures as data. GraphRequestError carries what Graph said (status, error code, message,
// request-id for support); toAppError folds any failure — Graph, auth, network — into one stable
// `kind` the UI translates, keeping the raw detail for logs. Nothing here shows UI or retries.
import { isAuthError } from "@/lib/auth/auth-error";
import type { AuthErrorKind } from "@/lib/auth/auth-error";
import { findUnavailableInCloud } from "./unavailable-in-cloud";
import type { CloudFeatureArea } from "./unavailable-in-cloud";
import { isScopeName, scopeCatalog } from "./scopes";

export type AppErrorKind =
  | "unauthenticated"
  | "consentRequired"
  | "forbidden"
  | "notMember"
  | "notFound"
  | "throttled"
  | "offline"
  | "conflict"
  | "preconditionFailed"
  | "badRequest"
  | "server"
  | "unavailableInCloud"
  | "unknown";

export interface AppError {
  kind: AppErrorKind;
  message: string;
  status?: number;
  code?: string;
  requestId?: string;
  retryAfterMs?: number;
  /** Set when the failure came from the auth port, so the UI can offer "Sign in" or "Allow popups". */
  authKind?: AuthErrorKind;
  /** On consentRequired: the permissions not granted, and whether only an administrator can grant them. */
  consent?: ConsentProblem;
  /** On unavailableInCloud: the feature the configured cloud lacks (cloud-availability.ts). */
  cloudArea?: CloudFeatureArea;
  cause: unknown;
}

export interface ConsentProblem {
  scopes: string[];
  needsAdmin: boolean;
}

export interface GraphErrorDetail {
  status: number;
  code: string;
  message: string;
  requestId?: string;
  retryAfterMs?: number;
  body?: unknown;
  /** The scopes the request's token was for (its operation's, scopes.ts). */
  scopes?: readonly string[];
}

export class GraphRequestError extends Error {
  override readonly name = "GraphRequestError";
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;
  readonly retryAfterMs: number | undefined;
  readonly body: unknown;
  readonly scopes: readonly string[];

  constructor(detail: GraphErrorDetail) {
    super(detail.message);
    this.status = detail.status;
    this.code = detail.code;
    this.requestId = detail.requestId;
    this.retryAfterMs = detail.retryAfterMs;
    this.body = detail.body;
    this.scopes = detail.scopes ?? [];
  }
}

/**
 * Reads Graph's error envelope `{ error: { code, message, innerError: { "request-id" } } }`
 * (https://learn.microsoft.com/graph/errors); anything else falls back to the HTTP status.
 */
export function readGraphError(
  status: number,
  body: unknown,
  requestIdHeader?: string,
): Omit<GraphErrorDetail, "retryAfterMs"> {
  const error = readObject(readObject(body)?.error);
  const innerError = readObject(error?.innerError);
  const requestId = requestIdHeader ?? readString(innerError?.["request-id"]);
  return {
    status,
    code: readString(error?.code) ?? `http${status}`,
    message: readString(error?.message) ?? `Graph request failed with HTTP ${status}`,
    ...(requestId === undefined ? {} : { requestId }),
    body,
  };
}

export function toAppError(error: unknown, isOnline: boolean = readOnline()): AppError {
  const unavailable = findUnavailableInCloud(error);
  if (unavailable !== undefined) {
    return { kind: "unavailableInCloud", message: unavailable.message, cloudArea: unavailable.area, cause: error };
  }
  const consent = findConsentProblem(error);
  if (consent !== undefined) {
    const message = consent.scopes.join(", ");
    return {
      kind: "consentRequired",
      message,
      consent,
      ...(isAuthError(error) ? { authKind: error.kind } : {}),
      cause: error,
    };
  }
  if (error instanceof GraphRequestError) {
    return {
      kind: kindForGraphError(error),
      message: error.message,
      status: error.status,
      code: error.code,
      ...(error.requestId === undefined ? {} : { requestId: error.requestId }),
      ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
      cause: error,
    };
  }
  if (isAuthError(error)) {
    return { kind: "unauthenticated", message: error.message, authKind: error.kind, cause: error };
  }
  const message = error instanceof Error ? error.message : String(error);
  // The workspace store's own errors carry a stable `kind`; read structurally, since the store
  // is built on this module and cannot be imported here.
  const storeKind = error instanceof Error && "kind" in error ? (error as { kind: unknown }).kind : undefined;
  if (storeKind === "recordConflict") return { kind: "conflict", message, cause: error };
  if (storeKind === "notMember") return { kind: "notMember", message, cause: error };
  if (storeKind === "recordTooLarge") return { kind: "badRequest", message, cause: error };
  // fetch() rejects with a TypeError when the network fails (CORS, DNS, connection reset, offline).
  if (!isOnline || error instanceof TypeError) return { kind: "offline", message, cause: error };
  return { kind: "unknown", message, cause: error };
}

// Graph answers a non-member of a chat with 403 and an error like "Forbidden … not a member of
// the chat" rather than a distinct status; the emulator uses the same wording.
const notMemberPattern = /not (?:a )?(?:member|part) of/i;

function needsAdmin(scopes: readonly string[]): boolean {
  return scopes.some((scope) => isScopeName(scope) && scopeCatalog[scope].adminConsent);
}

/**
 * A permission the app was not granted: the auth port's consentRequired (Entra ID refused the token,
 * AADSTS65001/65004/90094), or Graph's 403 Authorization_RequestDenied "Insufficient privileges to
 * complete the operation." (https://learn.microsoft.com/graph/resolve-auth-errors) on an operation
 * whose scope only an administrator can grant — with that scope there is nothing else it can mean.
 * Looks through `cause`, as features wrap the failures they explain.
 */
function findConsentProblem(error: unknown, depth = 0): ConsentProblem | undefined {
  if (isAuthError(error) && error.kind === "consentRequired") {
    return { scopes: [...error.scopes], needsAdmin: error.needsAdmin || needsAdmin(error.scopes) };
  }
  if (
    error instanceof GraphRequestError &&
    error.status === 403 &&
    error.code === "Authorization_RequestDenied" &&
    !notMemberPattern.test(error.message) &&
    needsAdmin(error.scopes)
  ) {
    return { scopes: error.scopes.filter((scope) => needsAdmin([scope])), needsAdmin: true };
  }
  if (depth < 3 && error instanceof Error && error.cause !== undefined)
    return findConsentProblem(error.cause, depth + 1);
  return undefined;
}

function kindForGraphError(error: GraphRequestError): AppErrorKind {
  switch (error.status) {
    case 401:
      return "unauthenticated";
    case 403:
      return notMemberPattern.test(error.message) ? "notMember" : "forbidden";
    case 404:
      return "notFound";
    case 409:
      return "conflict";
    case 412:
      return "preconditionFailed";
    case 429:
      return "throttled";
    case 400:
    case 422:
      return "badRequest";
    default:
      return error.status >= 500 ? "server" : "unknown";
  }
}

// Node 20 (integration tests, scripts) has no global navigator.
function readOnline(): boolean {
  return "navigator" in globalThis ? globalThis.navigator.onLine : true;
}

function readObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined;
}

function readString(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}
