// The HTTP pipeline every Graph request goes through, built from @microsoft/microsoft-graph-client
// middleware: our scoped auth → the SDK's TelemetryHandler (client-request-id, SdkVersion) → our
// throttling retry → the SDK's HTTPMessageHandler (fetch).
//
// WHY not Client.api(): its GraphRequest re-parses every path. It treats any "https://" inside the
// path as an absolute URL — including one inside a $filter on onlineMeeting/joinUrl — and rebuilds
// the query from a key map (duplicate keys collapse); it serializes ArrayBuffer bodies with Node's
// Buffer, which browsers lack. We build the URL ourselves (graph-url.ts) and hand the SDK a
// finished request, keeping its middleware model and its telemetry.
// NOTE: the two middleware modules, not the package's entry: the package declares no
// `sideEffects: false`, so its entry would bring the whole SDK (its Client, request builder and
// polyfills, unused here) into the JavaScript the first screen waits for.
import { HTTPMessageHandler } from "@microsoft/microsoft-graph-client/lib/es/src/middleware/HTTPMessageHandler";
import { TelemetryHandler } from "@microsoft/microsoft-graph-client/lib/es/src/middleware/TelemetryHandler";
import type { Middleware } from "@microsoft/microsoft-graph-client/lib/es/src/middleware/IMiddleware";
import type { AuthPort } from "@/lib/auth/auth-port";
import { ScopedAuthMiddleware } from "./auth-middleware";
import type { ScopedContext } from "./scoped-context";
import { ThrottleRetryMiddleware } from "./throttle-middleware";
import type { RetryPolicy } from "./throttle-middleware";

export interface PipelineRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: BodyInit;
  scopes: readonly string[];
  signal?: AbortSignal;
}

export type SendRequest = (request: PipelineRequest) => Promise<Response>;

export function createPipeline(auth: AuthPort, retry: RetryPolicy): SendRequest {
  const first = linkMiddleware([
    new ScopedAuthMiddleware(auth),
    new TelemetryHandler(),
    new ThrottleRetryMiddleware(retry),
    new HTTPMessageHandler(),
  ]);
  return async (request) => {
    const context: ScopedContext = {
      request: request.url,
      scopes: request.scopes,
      options: {
        method: request.method,
        headers: { ...request.headers },
        ...(request.body === undefined ? {} : { body: request.body }),
        ...(request.signal === undefined ? {} : { signal: request.signal }),
      },
    };
    await first.execute(context);
    if (context.response === undefined)
      throw new Error(`Graph pipeline produced no response for ${request.method} ${request.url}`);
    return context.response;
  };
}

function linkMiddleware(chain: [Middleware, ...Middleware[]]): Middleware {
  chain.reduce((previous, current) => {
    previous.setNext?.(current);
    return current;
  });
  return chain[0];
}
