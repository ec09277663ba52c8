import { GraphRequestError, readGraphError } from "./errors";
import type { BatchResponse } from "./types";

/**
 * An inner `$batch` response is not an HTTP error to fetch: the outer request succeeds whatever the
 * inner statuses are (https://learn.microsoft.com/graph/json-batching), so callers read bodies here.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the body type it expects, as with client.get<T>
export function readBatchBody<T>(response: BatchResponse | undefined): T {
  if (!response) throw new Error("Graph $batch returned fewer responses than requested");
  if (response.unavailableInCloud !== undefined) throw response.unavailableInCloud;
  if (response.status >= 400) {
    throw new GraphRequestError({
      ...readGraphError(response.status, response.body, response.headers["request-id"]),
      body: response.body,
      ...(response.scopes === undefined ? {} : { scopes: response.scopes }),
    });
  }
  return response.body as T;
}
