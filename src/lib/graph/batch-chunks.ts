import type { BatchRequest } from "./types";

/** Graph executes at most 20 requests per $batch (https://learn.microsoft.com/graph/json-batching). */
export const maxBatchSize = 20;

/**
 * Splits requests into $batch payloads of at most `maxSize`, in request order, never separating
 * requests linked by dependsOn: Graph only resolves dependsOn within one payload.
 */
export function chunkRequests(requests: readonly BatchRequest[], maxSize: number = maxBatchSize): BatchRequest[][] {
  const chunks: BatchRequest[][] = [];
  let current: BatchRequest[] = [];
  for (const group of groupByDependency(requests)) {
    if (group.length > maxSize) {
      throw new Error(
        `A dependsOn chain of ${group.length} requests (${group[0]?.id ?? ""}…) exceeds the ${maxSize}-request $batch limit`,
      );
    }
    if (current.length + group.length > maxSize) {
      chunks.push(current);
      current = [];
    }
    current.push(...group);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Connected groups of requests under dependsOn, each in request order, ordered by first member. */
export function groupByDependency(requests: readonly BatchRequest[]): BatchRequest[][] {
  validateRequests(requests);
  const root = new Map<string, string>(requests.map((request) => [request.id, request.id]));
  const findRoot = (id: string): string => {
    let current = id;
    for (let parent = root.get(current); parent !== undefined && parent !== current; parent = root.get(current))
      current = parent;
    return current;
  };
  for (const request of requests) {
    for (const dependency of request.dependsOn ?? []) root.set(findRoot(request.id), findRoot(dependency));
  }
  const groups = new Map<string, BatchRequest[]>();
  for (const request of requests) {
    const key = findRoot(request.id);
    groups.set(key, [...(groups.get(key) ?? []), request]);
  }
  return [...groups.values()];
}

function validateRequests(requests: readonly BatchRequest[]): void {
  const ids = new Set<string>();
  for (const request of requests) {
    if (ids.has(request.id)) throw new Error(`Duplicate $batch request id "${request.id}"`);
    ids.add(request.id);
  }
  for (const request of requests) {
    const unknown = request.dependsOn?.find((dependency) => !ids.has(dependency));
    if (unknown !== undefined) throw new Error(`$batch request "${request.id}" depends on unknown id "${unknown}"`);
  }
}
