// JSON batching (https://learn.microsoft.com/graph/json-batching): at most 20 requests with
// unique ids, relative URLs, `dependsOn` honoured (a request whose dependency failed gets 424
// Failed Dependency), a Content-Type required on requests with a body. Each inner request goes
// through the same dispatch, fault rules and log as a top-level one. An inner "drop before" fault
// drops the whole connection at once; an inner "drop after" lets the batch finish (its writes
// happen) and then drops the connection, since a batch has only one HTTP response to lose.
import { GraphError, badRequest, buildErrorBody } from "../http/graph-error.ts";
import type { GraphRequest, GraphResponse, RequestOutcome } from "../http/types.ts";
import type { InnerLogEntry } from "../request-log.ts";

const maxRequests = 20;

interface InnerRequestSpec {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  readonly dependsOn: readonly string[];
}

function readSpecs(body: unknown): InnerRequestSpec[] {
  const requests = (body as { requests?: unknown } | undefined)?.requests;
  if (!Array.isArray(requests)) throw badRequest("Invalid batch payload: 'requests' must be an array.");
  if (requests.length === 0) throw badRequest("Invalid batch payload: 'requests' is empty.");
  if (requests.length > maxRequests)
    throw badRequest(`Invalid batch payload: a batch holds at most ${maxRequests} requests (got ${requests.length}).`);
  const specs = requests.map((raw: unknown, i): InnerRequestSpec => {
    const r = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
    if (typeof r.id !== "string" || r.id === "")
      throw badRequest(`Invalid batch payload: requests[${i}].id must be a non-empty string.`);
    if (typeof r.method !== "string") throw badRequest(`Invalid batch payload: requests[${i}].method is required.`);
    if (typeof r.url !== "string" || /^https?:/i.test(r.url))
      throw badRequest(`Invalid batch payload: requests[${i}].url must be a relative URL such as "/me".`);
    const headers = Object.fromEntries(
      Object.entries((r.headers ?? {}) as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), String(v)]),
    );
    if (r.body !== undefined && headers["content-type"] === undefined) {
      throw badRequest(`Write request id : ${r.id} does not contain Content-Type header or body.`);
    }
    const dependsOn = r.dependsOn === undefined ? [] : r.dependsOn;
    if (!Array.isArray(dependsOn) || dependsOn.some((d) => typeof d !== "string"))
      throw badRequest(`Invalid batch payload: requests[${i}].dependsOn must be an array of ids.`);
    return {
      id: r.id,
      method: r.method.toUpperCase(),
      url: r.url,
      headers,
      body: r.body,
      dependsOn: dependsOn as string[],
    };
  });
  const ids = new Set<string>();
  for (const spec of specs) {
    if (ids.has(spec.id)) throw badRequest(`Invalid batch payload: duplicate request id '${spec.id}'.`);
    ids.add(spec.id);
  }
  for (const spec of specs) {
    const unknown = spec.dependsOn.find((d) => !ids.has(d));
    if (unknown !== undefined)
      throw badRequest(`Invalid batch payload: request '${spec.id}' depends on unknown id '${unknown}'.`);
  }
  return specs;
}

function toInnerRequest(outer: GraphRequest, spec: InnerRequestSpec): GraphRequest {
  const url = new URL(spec.url.startsWith("/") ? spec.url : `/${spec.url}`, "http://batch.invalid");
  return {
    method: spec.method,
    path: url.pathname,
    query: url.searchParams,
    // Inner requests inherit the outer request's token.
    headers: {
      ...spec.headers,
      ...(outer.headers.authorization === undefined ? {} : { authorization: outer.headers.authorization }),
    },
    body: spec.body,
    baseUrl: outer.baseUrl,
  };
}

function toInnerBody(body: unknown): unknown {
  return Buffer.isBuffer(body) ? body.toString("base64") : body;
}

export function executeBatch(
  outer: GraphRequest,
  runInner: (request: GraphRequest) => RequestOutcome,
  log: InnerLogEntry[],
  now: () => Date,
): RequestOutcome {
  if (outer.headers["content-type"]?.includes("application/json") !== true) {
    throw new GraphError(415, "BadRequest", "A $batch request must have Content-Type: application/json.");
  }
  const specs = readSpecs(outer.body);
  const statuses = new Map<string, number>();
  const responses: unknown[] = [];
  const pending = [...specs];
  let dropAfter = false;
  while (pending.length > 0) {
    const index = pending.findIndex((s) => s.dependsOn.every((d) => statuses.has(d)));
    if (index < 0) throw badRequest("Invalid batch payload: dependsOn forms a cycle.");
    const [spec] = pending.splice(index, 1);
    if (!spec) break;
    const failed = spec.dependsOn.find((d) => (statuses.get(d) ?? 0) >= 400);
    let response: GraphResponse;
    let dropped = false;
    if (failed !== undefined) {
      response = {
        status: 424,
        headers: { "content-type": "application/json" },
        body: buildErrorBody(
          "FailedDependency",
          `The request depends on request '${failed}', which failed.`,
          `batch-${spec.id}`,
          now(),
        ),
      };
    } else {
      const outcome = runInner(toInnerRequest(outer, spec));
      if (outcome.kind === "drop-before") {
        log.push({
          id: spec.id,
          method: spec.method,
          url: spec.url,
          status: null,
          body: spec.body ?? null,
          dropped: "before",
        });
        return outcome;
      }
      dropped = outcome.kind === "drop-after";
      response = outcome.response;
    }
    dropAfter ||= dropped;
    statuses.set(spec.id, response.status);
    log.push({
      id: spec.id,
      method: spec.method,
      url: spec.url,
      status: response.status,
      body: spec.body ?? null,
      ...(dropped ? { dropped: "after" as const } : {}),
    });
    responses.push({
      id: spec.id,
      status: response.status,
      headers: {
        "content-type": Buffer.isBuffer(response.body) ? "application/octet-stream" : "application/json",
        ...response.headers,
      },
      ...(response.body === undefined ? {} : { body: toInnerBody(response.body) }),
    });
  }
  const response: GraphResponse = { status: 200, body: { responses } };
  return dropAfter ? { kind: "drop-after", response } : { kind: "respond", response };
}
