import type { UnavailableInCloudError } from "./unavailable-in-cloud";
import type { OperationName } from "./scopes";

export interface RequestOptions {
  /** Names the operation; its entry in operationScopes decides the token's scopes. */
  operation: OperationName;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface GraphResult<T> {
  status: number;
  body: T;
  /** From the ETag header or the body's @odata.etag: pass it back as If-Match. */
  etag?: string;
  /** Response headers, names lower-cased. */
  headers: Record<string, string>;
}

export type HttpMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

export interface BatchRequest {
  /** Unique within one batch() call; responses come back in request order with the same id. */
  id: string;
  operation: OperationName;
  method: HttpMethod;
  /** Relative to the v1.0 root, e.g. /me/events/{id}. */
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** Ids of requests in the same batch() call that must run first. */
  dependsOn?: string[];
}

export interface BatchResponse {
  id: string;
  status: number;
  /** Inner response headers, names lower-cased. */
  headers: Record<string, string>;
  body: unknown;
  etag?: string;
  /** The scopes of the request's operation, so a failure can name the permission it lacked. */
  scopes?: readonly string[];
  /** Set when the item was never sent: the configured cloud lacks its operation (readBatchBody throws it). */
  unavailableInCloud?: UnavailableInCloudError;
}
