// The one Graph client the app's operations take as their first argument. It resolves paths
// against the configured v1.0 root, asks the auth port for the operation's own scopes, sends
// through the SDK middleware pipeline (create-pipeline.ts), keeps entity tags for If-Match, and
// turns non-2xx answers into GraphRequestError. It never shows UI, navigates, or swallows a failure.
// It sends no `Prefer: outlook.timezone`: Graph then returns event times in UTC
// (https://learn.microsoft.com/graph/api/user-list-events#request-headers), which the app converts
// itself, where the header would take only Windows names and a fixed list of IANA ones
// (https://learn.microsoft.com/graph/api/resources/datetimetimezone) and answers any other with
// TimeZoneNotSupportedException.
// In a national cloud it refuses, before any request, an operation the cloud does not offer
// (cloud-availability.ts): a $batch item so refused is answered in place, the others are sent.
import type { CloudName } from "@/lib/config/cloud";
import type { AuthPort } from "@/lib/auth/auth-port";
import { runBatch } from "./batch";
import type { UnavailableInCloudError } from "./unavailable-in-cloud";
import type { OperationName } from "./scopes";
import { GraphRequestError, readGraphError } from "./errors";
import { readEtag } from "./etag";
import { resolveGraphUrl, toBatchUrl } from "./graph-url";
import { findHeader, lowerCaseKeys, toHeaderRecord, withHeader } from "./headers";
import { createPipeline } from "./pipeline/create-pipeline";
import { parseRetryAfter } from "./retry-after";
import { scopesFor } from "./scopes";
import { sleep as defaultSleep } from "./sleep";
import type { Sleep } from "./sleep";
import type { BatchRequest, BatchResponse, GraphResult, HttpMethod, RequestOptions } from "./types";

export interface GraphClient {
  get<T>(path: string, options: RequestOptions): Promise<GraphResult<T>>;
  post<T>(path: string, body: unknown, options: RequestOptions): Promise<GraphResult<T>>;
  patch<T>(path: string, body: unknown, options: RequestOptions & { ifMatch?: string }): Promise<GraphResult<T>>;
  put<T>(path: string, body: BodyInit | object, options: RequestOptions): Promise<GraphResult<T>>;
  delete(path: string, options: RequestOptions & { ifMatch?: string }): Promise<GraphResult<undefined>>;
  /** `concurrency`: $batch POSTs in flight at once (default 1, one chunk of ≤ 20 after another). */
  batch(requests: BatchRequest[], options?: { signal?: AbortSignal; concurrency?: number }): Promise<BatchResponse[]>;
}

export interface GraphClientOptions {
  /** Absolute v1.0 root from readConfig, e.g. https://graph.microsoft.com/v1.0 */
  baseUrl: string;
  auth: AuthPort;
  sleep?: Sleep;
  /** Attempts per request and per $batch item, the first included. Default 5. */
  maxAttempts?: number;
  /** Cap on a single wait before a retry. Default 30 s. */
  maxDelayMs?: number;
  /** The Microsoft 365 cloud (readConfig): operations it lacks are refused. Default "global". */
  cloud?: CloudName;
}

interface WireBatchItem {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

// NOTE: a hand-written guard, not a zod schema: the client is in the start-up chunk.
function isWireBatchItem(item: unknown): item is WireBatchItem {
  if (typeof item !== "object" || item === null) return false;
  const candidate = item as Record<string, unknown>;
  const headers = candidate.headers;
  return (
    typeof candidate.id === "string" &&
    typeof candidate.status === "number" &&
    (headers === undefined ||
      (typeof headers === "object" && headers !== null && Object.values(headers).every((v) => typeof v === "string")))
  );
}

function readBatchEnvelope(body: unknown): WireBatchItem[] | string {
  const responses = typeof body === "object" && body !== null ? (body as { responses?: unknown }).responses : undefined;
  if (!Array.isArray(responses)) return "no responses array";
  const items: unknown[] = responses;
  const bad = items.findIndex((item) => !isWireBatchItem(item));
  return bad === -1 ? (items as WireBatchItem[]) : `responses[${String(bad)}] is not {id, status, headers?, body?}`;
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const sleep = options.sleep ?? defaultSleep;
  const maxAttempts = options.maxAttempts ?? 5;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const cloud = options.cloud ?? "global";
  // Every operation is offered in the global cloud: the table is loaded only for another one.
  const availability = cloud === "global" ? undefined : import("./cloud-availability");
  const checkAvailability = async (operation: OperationName) =>
    availability === undefined ? undefined : (await availability).checkAvailability(cloud, operation);
  const send = createPipeline(options.auth, { maxRetries: maxAttempts - 1, maxDelayMs, sleep });

  const request = async <T>(
    method: HttpMethod,
    path: string,
    body: unknown,
    requestOptions: RequestOptions & { ifMatch?: string },
  ) => {
    const refused = await checkAvailability(requestOptions.operation);
    if (refused !== undefined) throw refused;
    let headers = withHeader(requestOptions.headers ?? {}, "Accept", "application/json");
    if (requestOptions.ifMatch !== undefined) headers = withHeader(headers, "If-Match", requestOptions.ifMatch);
    const encoded = encodeBody(body, headers);
    const scopes = scopesFor(requestOptions.operation);
    const response = await send({
      url: resolveGraphUrl(baseUrl, path),
      method,
      headers: encoded.headers,
      ...(encoded.body === undefined ? {} : { body: encoded.body }),
      scopes,
      ...(requestOptions.signal === undefined ? {} : { signal: requestOptions.signal }),
    });
    return readResult<T>(response, scopes);
  };

  const toWireRequest = (item: BatchRequest) => {
    let headers = item.headers ?? {};
    if (item.body !== undefined && findHeader(headers, "Content-Type") === undefined)
      headers = withHeader(headers, "Content-Type", "application/json");
    return {
      id: item.id,
      method: item.method,
      url: toBatchUrl(baseUrl, item.url),
      ...(Object.keys(headers).length === 0 ? {} : { headers }),
      ...(item.body === undefined ? {} : { body: item.body }),
      ...(item.dependsOn === undefined ? {} : { dependsOn: item.dependsOn }),
    };
  };

  const sendBatch = (signal: AbortSignal | undefined) => async (chunk: BatchRequest[]) => {
    const scopes = [...new Set(chunk.flatMap((item) => scopesFor(item.operation)))];
    const response = await send({
      url: `${baseUrl}/$batch`,
      method: "POST",
      headers: { Accept: "application/json", "Content-Type": "application/json" },
      body: JSON.stringify({ requests: chunk.map(toWireRequest) }),
      scopes,
      ...(signal === undefined ? {} : { signal }),
    });
    const result = await readResult<unknown>(response, scopes);
    const scopesById = new Map(chunk.map((item) => [item.id, scopesFor(item.operation)]));
    return readBatchResponses(result.body, result.status).map((item) => {
      const itemScopes = scopesById.get(item.id);
      return itemScopes === undefined ? item : { ...item, scopes: itemScopes };
    });
  };

  return {
    get: (path, requestOptions) => request("GET", path, undefined, requestOptions),
    post: (path, body, requestOptions) => request("POST", path, body, requestOptions),
    patch: (path, body, requestOptions) => request("PATCH", path, body, requestOptions),
    put: (path, body, requestOptions) => request("PUT", path, body, requestOptions),
    delete: (path, requestOptions) => request("DELETE", path, undefined, requestOptions),
    batch: async (requests, batchOptions = {}) => {
      const refused = await refuseUnavailable(requests, checkAvailability);
      const toSend = requests.filter((item) => !refused.has(item.id));
      const answers =
        toSend.length === 0
          ? []
          : await runBatch(toSend, sendBatch(batchOptions.signal), {
              maxAttempts,
              maxDelayMs,
              sleep,
              ...(batchOptions.signal === undefined ? {} : { signal: batchOptions.signal }),
              ...(batchOptions.concurrency === undefined ? {} : { concurrency: batchOptions.concurrency }),
            });
      const byId = new Map(answers.map((answer) => [answer.id, answer]));
      return requests.map((item) => {
        const error = refused.get(item.id);
        if (error !== undefined) return answerRefused(item, error);
        const answer = byId.get(item.id);
        if (answer === undefined) throw new Error(`$batch returned no response for request "${item.id}"`);
        return answer;
      });
    },
  };
}

/**
 * The batch items the cloud lacks, and those depending on them (Graph would refuse a dependsOn
 * naming an id missing from the batch), each with the refusal of the operation it waits on.
 */
async function refuseUnavailable(
  requests: readonly BatchRequest[],
  checkAvailability: (operation: OperationName) => Promise<UnavailableInCloudError | undefined>,
): Promise<Map<string, UnavailableInCloudError>> {
  const refused = new Map<string, UnavailableInCloudError>();
  for (const item of requests) {
    const error = await checkAvailability(item.operation);
    if (error !== undefined) refused.set(item.id, error);
  }
  for (let grew = refused.size > 0; grew;) {
    grew = false;
    for (const item of requests) {
      const blocker = item.dependsOn?.map((id) => refused.get(id)).find((error) => error !== undefined);
      if (!refused.has(item.id) && blocker !== undefined) {
        refused.set(item.id, blocker);
        grew = true;
      }
    }
  }
  return refused;
}

/** The answer of an item never sent: a 400 as the cloud would give, carrying the refusal itself. */
function answerRefused(item: BatchRequest, error: UnavailableInCloudError): BatchResponse {
  return {
    id: item.id,
    status: 400,
    headers: {},
    body: { error: { code: "UnavailableInCloud", message: error.message } },
    scopes: scopesFor(item.operation),
    unavailableInCloud: error,
  };
}

function encodeBody(
  body: unknown,
  headers: Record<string, string>,
): { body?: BodyInit; headers: Record<string, string> } {
  if (body === undefined) return { headers };
  if (isBodyInit(body)) return { body, headers };
  const withType =
    findHeader(headers, "Content-Type") === undefined
      ? withHeader(headers, "Content-Type", "application/json")
      : headers;
  return { body: JSON.stringify(body), headers: withType };
}

function isBodyInit(body: unknown): body is BodyInit {
  return (
    typeof body === "string" ||
    body instanceof Blob ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    body instanceof FormData ||
    body instanceof URLSearchParams ||
    body instanceof ReadableStream
  );
}

async function readResult<T>(response: Response, scopes: readonly string[]): Promise<GraphResult<T>> {
  const headers = toHeaderRecord(response.headers);
  const body = await readBody(response);
  if (!response.ok) {
    const retryAfterMs = parseRetryAfter(headers["retry-after"]);
    throw new GraphRequestError({
      ...readGraphError(response.status, body, headers["request-id"]),
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      scopes,
    });
  }
  const etag = readEtag(headers, body);
  // NOTE: the body is the caller's claim about T; operations validate it at their boundary.
  return { status: response.status, body: body as T, headers, ...(etag === undefined ? {} : { etag }) };
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 205) return undefined;
  const type = response.headers.get("content-type") ?? "";
  if (type.includes("json")) {
    const text = await response.text();
    return text === "" ? undefined : parseJsonOrText(text);
  }
  if (type.startsWith("text/") || type === "") {
    const text = await response.text();
    return text === "" ? undefined : text;
  }
  return response.blob();
}

function parseJsonOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (error instanceof SyntaxError) return text;
    throw error;
  }
}

function readBatchResponses(body: unknown, status: number): BatchResponse[] {
  const parsed = readBatchEnvelope(body);
  if (typeof parsed === "string") {
    throw new GraphRequestError({
      status,
      code: "InvalidBatchResponse",
      message: `$batch answered without a valid responses array: ${parsed}`,
      body,
    });
  }
  return parsed.map((item) => {
    const headers = lowerCaseKeys(item.headers);
    const etag = readEtag(headers, item.body);
    return { id: item.id, status: item.status, headers, body: item.body, ...(etag === undefined ? {} : { etag }) };
  });
}
