// Errors thrown anywhere in the emulator and rendered in Graph's error shape:
// {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}
// (https://learn.microsoft.com/graph/errors).

export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
    /** A more specific code Graph puts in `innerError.code` (e.g. tooManyResources). */
    readonly innerCode?: string,
  ) {
    super(message);
    this.name = "GraphError";
  }
}

export function badRequest(message: string, code = "BadRequest"): GraphError {
  return new GraphError(400, code, message);
}

export function notFound(message: string, code = "ResourceNotFound"): GraphError {
  return new GraphError(404, code, message);
}

export function forbidden(message: string, code = "Authorization_RequestDenied"): GraphError {
  return new GraphError(403, code, message);
}

export function buildErrorBody(
  code: string,
  message: string,
  requestId: string,
  date: Date,
  innerCode?: string,
): unknown {
  return {
    error: {
      code,
      message,
      innerError: {
        ...(innerCode === undefined ? {} : { code: innerCode }),
        date: date.toISOString().replace(/\.\d{3}Z$/, ""),
        "request-id": requestId,
        "client-request-id": requestId,
      },
    },
  };
}
