// Runs a list of Graph requests through JSON $batch: chunks of ≤ 20 that keep dependsOn chains
// together, then per-item recovery. Graph throttles the requests inside a batch individually and
// reports 429/503 on just those items, with their own Retry-After; requests that depended on a
// failed one come back 424 Failed Dependency (https://learn.microsoft.com/graph/json-batching,
// https://learn.microsoft.com/graph/throttling#throttling-and-batching). So after each round we
// re-send only the throttled items plus the 424s that were waiting on them, after the largest
// Retry-After among them, for a bounded number of rounds. The outer POST's own 429/503 is
// retried by the pipeline's throttling middleware.
// A round's chunks go one after the other by default; `concurrency` > 1 sends that many $batch
// POSTs at once (each is one HTTP request to Graph; throttling still applies per inner request,
// https://learn.microsoft.com/graph/throttling#throttling-and-batching). Chunks never split a
// dependsOn chain, so concurrent chunks have no ordering between them.
import { chunkRequests } from "./batch-chunks";
import { sendChunksPooled } from "./batch-pool";
import { backoffDelay, parseRetryAfter } from "./retry-after";
import type { Sleep } from "./sleep";
import type { BatchRequest, BatchResponse } from "./types";

export interface BatchPolicy {
  /** Rounds in total, the first included. */
  maxAttempts: number;
  maxDelayMs: number;
  sleep: Sleep;
  signal?: AbortSignal;
  /** $batch POSTs in flight at once within a round. Default 1: chunks are sent in order. */
  concurrency?: number;
}

export type SendBatch = (chunk: BatchRequest[]) => Promise<BatchResponse[]>;

const failedDependency = 424;

export async function runBatch(
  requests: readonly BatchRequest[],
  send: SendBatch,
  policy: BatchPolicy,
): Promise<BatchResponse[]> {
  const latest = new Map<string, BatchResponse>();
  let pending: BatchRequest[] = [...requests];
  for (let attempt = 1; pending.length > 0; attempt++) {
    const answers = await sendChunksPooled(chunkRequests(pending), policy.concurrency ?? 1, send);
    for (const response of answers.flat()) latest.set(response.id, response);
    const retries = selectRetries(pending, latest);
    if (retries.length === 0 || attempt >= policy.maxAttempts) break;
    await policy.sleep(computeWait(retries, latest, attempt, policy.maxDelayMs), policy.signal);
    pending = detachSettledDependencies(retries);
  }
  return requests.map((request) => {
    const response = latest.get(request.id);
    if (response === undefined) throw new Error(`$batch returned no response for request "${request.id}"`);
    return response;
  });
}

/** Throttled items, plus every 424 whose dependency is itself being re-sent (transitively). */
export function selectRetries(
  pending: readonly BatchRequest[],
  responses: ReadonlyMap<string, BatchResponse>,
): BatchRequest[] {
  const statusOf = (id: string) => responses.get(id)?.status;
  const retryIds = new Set(pending.filter((request) => isThrottled(statusOf(request.id))).map((request) => request.id));
  let isGrowing = true;
  while (isGrowing) {
    isGrowing = false;
    for (const request of pending) {
      if (retryIds.has(request.id) || statusOf(request.id) !== failedDependency) continue;
      if (request.dependsOn?.some((dependency) => retryIds.has(dependency)) === true) {
        retryIds.add(request.id);
        isGrowing = true;
      }
    }
  }
  return pending.filter((request) => retryIds.has(request.id));
}

// A request that already succeeded is not re-sent, and Graph rejects a dependsOn naming an id
// absent from the payload, so links to settled requests are dropped.
function detachSettledDependencies(retries: readonly BatchRequest[]): BatchRequest[] {
  const ids = new Set(retries.map((request) => request.id));
  return retries.map((request) => {
    if (request.dependsOn === undefined) return request;
    const { dependsOn, ...rest } = request;
    const remaining = dependsOn.filter((dependency) => ids.has(dependency));
    return remaining.length === 0 ? rest : { ...rest, dependsOn: remaining };
  });
}

function computeWait(
  retries: readonly BatchRequest[],
  responses: ReadonlyMap<string, BatchResponse>,
  attempt: number,
  maxDelayMs: number,
): number {
  const waits = retries
    .map((request) => parseRetryAfter(responses.get(request.id)?.headers["retry-after"]))
    .filter((wait) => wait !== undefined);
  const wait = waits.length > 0 ? Math.max(...waits) : backoffDelay(attempt - 1);
  return Math.min(wait, maxDelayMs);
}

function isThrottled(status: number | undefined): boolean {
  return status === 429 || status === 503;
}
