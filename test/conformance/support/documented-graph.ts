// A GraphClient that answers every request with Microsoft's documented example response for the
// request's operation (../fixtures), so a mapper is fed exactly what the documentation shows. A
// follow-up page (an absolute @odata.nextLink) answers an empty page. `answers` replaces the
// documented answer of an operation, e.g. an empty collection for a second call the mapper makes.
import { GraphRequestError } from "@/lib/graph";
import type { BatchRequest, BatchResponse, GraphClient, GraphResult, RequestOptions } from "@/lib/graph";
import { loadExample } from "./fixture";

export interface DocumentedAnswer {
  status: number;
  body?: unknown;
}

function etagOf(body: unknown): string | undefined {
  const etag = typeof body === "object" && body !== null ? (body as Record<string, unknown>)["@odata.etag"] : undefined;
  return typeof etag === "string" ? etag : undefined;
}

export function createDocumentedGraph(answers: Readonly<Record<string, DocumentedAnswer>> = {}): GraphClient {
  const answer = (path: string, operation: string): DocumentedAnswer => {
    if (/^https?:\/\//.test(path)) return { status: 200, body: { value: [] } };
    return answers[operation] ?? loadExample(operation).response;
  };
  const respond = <T>(path: string, options: RequestOptions): Promise<GraphResult<T>> => {
    const { status, body } = answer(path, options.operation);
    if (status >= 400)
      return Promise.reject(
        new GraphRequestError({ status, code: "Documented", message: `answered ${String(status)}` }),
      );
    const etag = etagOf(body);
    return Promise.resolve({ status, body: body as T, headers: {}, ...(etag === undefined ? {} : { etag }) });
  };
  const respondBatch = (request: BatchRequest): BatchResponse => {
    const { status, body } = answer(request.url, request.operation);
    const etag = etagOf(body);
    return { id: request.id, status, headers: {}, body, ...(etag === undefined ? {} : { etag }) };
  };
  return {
    get: (path, options) => respond(path, options),
    post: (path, _body, options) => respond(path, options),
    patch: (path, _body, options) => respond(path, options),
    put: (path, _body, options) => respond(path, options),
    delete: (path, options) => respond(path, options),
    batch: (requests) => Promise.resolve(requests.map(respondBatch)),
  };
}
