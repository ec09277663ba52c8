// The Graph-shaped error an injected status fault answers with: the code and wording real Graph
// uses for that status (https://learn.microsoft.com/graph/errors), plus Retry-After on 429/503
// as throttling guidance describes (https://learn.microsoft.com/graph/throttling).
import { renderError } from "./dispatch.ts";
import { GraphError } from "./graph-error.ts";
import type { GraphResponse } from "./types.ts";

const faultCodes: Readonly<Record<number, readonly [string, string]>> = {
  429: ["TooManyRequests", "Too many requests. Retry after the interval in the Retry-After header."],
  503: [
    "ServiceUnavailable",
    "The service is temporarily unavailable. Retry after the interval in the Retry-After header.",
  ],
  412: ["PreconditionFailed", "The resource has been modified since it was read (injected fault)."],
  500: ["InternalServerError", "An internal server error occurred (injected fault)."],
};

export function renderFault(
  fault: { readonly status?: number; readonly retryAfter?: number },
  now: Date,
): GraphResponse {
  const status = fault.status ?? 500;
  const [code, message] = faultCodes[status] ?? ["InternalServerError", "Injected fault."];
  const retryAfter = fault.retryAfter ?? (status === 429 || status === 503 ? 1 : undefined);
  return renderError(
    new GraphError(status, code, message, retryAfter === undefined ? {} : { "retry-after": String(retryAfter) }),
    now,
  );
}
