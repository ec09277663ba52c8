// Reading many groups' sites and lists in a few round trips: each round is one or more $batch POSTs
// (https://learn.microsoft.com/graph/json-batching — at most 20 requests per POST, several POSTs in
// flight), each answer read on its own so one unreadable group costs only its own line. A
// collection's further pages (rare at these sizes) are read with plain GETs.
import * as z from "zod/mini";
import { readBatchBody } from "@/lib/graph";
import type { BatchRequest, BatchResponse, GraphClient, OperationName } from "@/lib/graph";

export const collectionSchema = z.object({ value: z.array(z.unknown()), "@odata.nextLink": z.optional(z.string()) });

export const idRefSchema = z.object({ id: z.string() });

/** $batch POSTs in flight at once when a round has more than 20 requests. */
const batchConcurrency = 4;

export function runRound(client: GraphClient, requests: BatchRequest[]): Promise<BatchResponse[]> {
  return requests.length === 0 ? Promise.resolve([]) : client.batch(requests, { concurrency: batchConcurrency });
}

export function isAbsent(answer: BatchResponse | undefined, statuses: readonly number[]): boolean {
  return answer !== undefined && statuses.includes(answer.status);
}

type Report = (reason: string, error: Error | undefined) => void;

function reportFailure(report: Report, error: unknown): void {
  report(error instanceof Error ? error.message : String(error), error instanceof Error ? error : undefined);
}

/** A failed answer becomes a line reported through `report`, not a failure of the whole read. */
export function tryRead<T>(
  answer: BatchResponse | undefined,
  read: (body: unknown) => T,
  report: Report,
): T | undefined {
  try {
    return read(readBatchBody(answer));
  } catch (error) {
    reportFailure(report, error);
    return undefined;
  }
}

export function tryReadPages(
  client: GraphClient,
  answer: BatchResponse | undefined,
  operation: OperationName,
  report: Report,
): Promise<unknown[] | undefined> {
  return readAllPages(client, answer, operation).catch((error: unknown) => {
    reportFailure(report, error);
    return undefined;
  });
}

/** The collection a $batch item answered, with every further page. */
export async function readAllPages(
  client: GraphClient,
  answer: BatchResponse | undefined,
  operation: OperationName,
): Promise<unknown[]> {
  let page = collectionSchema.parse(readBatchBody(answer));
  const items = [...page.value];
  while (page["@odata.nextLink"] !== undefined) {
    page = collectionSchema.parse((await client.get<unknown>(page["@odata.nextLink"], { operation })).body);
    items.push(...page.value);
  }
  return items;
}
