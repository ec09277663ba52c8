// Shapes shared by the HTTP front door, the $batch executor and the route handlers. A request is
// normalised once (v1.0-relative path, parsed JSON body, lower-case headers) so an inner $batch
// request and a real HTTP request go through exactly the same dispatch.
import type { ResolvedPath } from "../metadata/resolve-path.ts";
import type { MetadataIndex } from "../metadata/types.ts";
import type { TenantState, UserState } from "../state/tenant-state.ts";

export interface GraphRequest {
  readonly method: string;
  /** Path below /graph/v1.0, without the query: "/me/events". */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON, or the raw bytes for non-JSON uploads, or undefined when there is no body. */
  readonly body: unknown;
  /** Absolute base used for nextLink/@odata.context: "http://127.0.0.1:4000/graph/v1.0". */
  readonly baseUrl: string;
}

export interface GraphResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** JSON-serialisable value, or a Buffer sent as is. */
  readonly body?: unknown;
}

export interface RouteContext {
  readonly state: TenantState;
  readonly index: MetadataIndex;
  readonly request: GraphRequest;
  readonly user: UserState;
  readonly resolved: ResolvedPath;
  readonly keys: readonly string[];
  readonly now: () => Date;
}

export type RouteHandler = (ctx: RouteContext) => GraphResponse;

export interface Route {
  readonly method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** Resolved path template, e.g. "users/{}/events/{}/instances". */
  readonly template: string;
  readonly handle: RouteHandler;
}

/**
 * What the front door does with a request once fault rules have had their say: answer it, drop
 * the connection before running it, or run it and then drop the connection instead of answering.
 */
export type RequestOutcome =
  | { readonly kind: "respond"; readonly response: GraphResponse }
  | { readonly kind: "drop-before" }
  | { readonly kind: "drop-after"; readonly response: GraphResponse };
