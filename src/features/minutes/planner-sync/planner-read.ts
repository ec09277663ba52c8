// Reads for a publish: the plan's buckets, the tasks of the occurrence's bucket(s), tasks and
// task details by id, and the Planner user ids of the owners. Graph shapes are checked and mapped
// to our types here; etags are kept for If-Match (every Planner PATCH needs one:
// https://learn.microsoft.com/graph/api/resources/planner-overview#planner-resource-versioning).
import * as z from "zod/mini";
import { GraphRequestError, readBatchBody } from "@/lib/graph";
import type { BatchRequest, GraphClient } from "@/lib/graph";
import { toPlannerTask } from "@/meeting/api/planner/planner-task";
import { lookUpAddresses } from "@/meeting/api/directory/people-by-address";
import { pickUserForAddress } from "@/meeting/model/directory/people-by-address";
import type { AddressableUser } from "@/meeting/model/directory/people-by-address";
import type { ExistingDetails, ExistingTask } from "./types";

/**
 * $batch POSTs a publish keeps in flight at once: 200 items' requests (10 chunks of 20, Graph's
 * batch limit: https://learn.microsoft.com/graph/json-batching) go together in each step. Graph
 * throttles per request inside a batch, not per batch
 * (https://learn.microsoft.com/graph/throttling#throttling-and-batching); a 429 item is retried
 * after its Retry-After by lib/graph, so a wider pool costs nothing where the tenant is quiet.
 */
export const publishConcurrency = 10;

const etagField = { "@odata.etag": z.string() };

// Only id and name are read: Create plannerBucket's documented answer carries no @odata.etag
// (https://learn.microsoft.com/graph/api/planner-post-buckets), and no bucket is ever written back.
const bucketSchema = z.object({ id: z.string(), name: z.string() });
const detailsSchema = z.object({
  ...etagField,
  description: z.optional(z.nullable(z.string())),
  references: z.optional(
    z.nullable(z.record(z.string(), z.nullable(z.object({ alias: z.optional(z.nullable(z.string())) })))),
  ),
});
const userSchema = z.object({ id: z.string() });
const pageOf = <T extends z.ZodMiniType>(item: T) =>
  z.object({ value: z.array(item), "@odata.nextLink": z.optional(z.string()) });

export interface PlannerBucket {
  id: string;
  name: string;
}

export function parseTask(body: unknown): ExistingTask {
  return toPlannerTask(body);
}

function toExistingDetails(body: z.infer<typeof detailsSchema>): ExistingDetails {
  const references: Record<string, string> = {};
  for (const [key, value] of Object.entries(body.references ?? {})) if (value) references[key] = value.alias ?? "";
  return { etag: body["@odata.etag"], description: body.description ?? "", references };
}

async function readAllPages<T extends z.ZodMiniType>(
  client: GraphClient,
  path: string,
  item: T,
  operation: "listPlannerBuckets" | "listPlannerTasks",
  signal?: AbortSignal,
): Promise<z.infer<T>[]> {
  const items: z.infer<T>[] = [];
  const schema = pageOf(item);
  for (let next: string | undefined = path; next !== undefined;) {
    const { body } = await client.get<unknown>(next, { operation, ...(signal ? { signal } : {}) });
    const page = schema.parse(body);
    items.push(...page.value);
    next = page["@odata.nextLink"];
  }
  return items;
}

export async function listBuckets(client: GraphClient, planId: string, signal?: AbortSignal): Promise<PlannerBucket[]> {
  const buckets = await readAllPages(
    client,
    `/planner/plans/${encodeURIComponent(planId)}/buckets`,
    bucketSchema,
    "listPlannerBuckets",
    signal,
  );
  return buckets.map((bucket) => ({ id: bucket.id, name: bucket.name }));
}

export async function createBucket(
  client: GraphClient,
  planId: string,
  name: string,
  signal?: AbortSignal,
): Promise<PlannerBucket> {
  // orderHint " !" puts the newest occurrence's bucket first (planner-order-hint-format).
  const { body } = await client.post<unknown>(
    "/planner/buckets",
    { name, planId, orderHint: " !" },
    { operation: "createPlannerBucket", ...(signal ? { signal } : {}) },
  );
  const bucket = bucketSchema.parse(body);
  return { id: bucket.id, name: bucket.name };
}

/** Every task of a bucket, all pages (plannerbucket-list-tasks). */
export async function listBucketTasks(
  client: GraphClient,
  bucketId: string,
  signal?: AbortSignal,
): Promise<ExistingTask[]> {
  const tasks = await readAllPages(
    client,
    `/planner/buckets/${encodeURIComponent(bucketId)}/tasks`,
    z.unknown(),
    "listPlannerTasks",
    signal,
  );
  return tasks.map(parseTask);
}

/** Tasks by id in one $batch; a deleted task (404) is absent from the answer. */
export async function readTasks(
  client: GraphClient,
  taskIds: readonly string[],
  signal?: AbortSignal,
): Promise<ExistingTask[]> {
  if (taskIds.length === 0) return [];
  const requests = taskIds.map((id, i): BatchRequest => ({
    id: `task-${i}`,
    method: "GET",
    url: `/planner/tasks/${encodeURIComponent(id)}`,
    operation: "getPlannerTask",
  }));
  const responses = await client.batch(requests, { concurrency: publishConcurrency, ...(signal ? { signal } : {}) });
  return responses.filter((response) => response.status !== 404).map((response) => parseTask(readBatchBody(response)));
}

export function detailsRequest(taskId: string, id: string): BatchRequest {
  return {
    id,
    method: "GET",
    url: `/planner/tasks/${encodeURIComponent(taskId)}/details`,
    operation: "getPlannerTaskDetails",
  };
}

export function parseDetails(body: unknown): ExistingDetails {
  return toExistingDetails(detailsSchema.parse(body));
}

interface ReadDetailsOptions {
  signal?: AbortSignal | undefined;
  /** A deleted task's details (404) are left out of the answer instead of failing the read. */
  skipMissing?: boolean;
}

/** Task details by task id in one $batch. */
export async function readDetails(
  client: GraphClient,
  taskIds: readonly string[],
  { signal, skipMissing = false }: ReadDetailsOptions = {},
): Promise<Map<string, ExistingDetails>> {
  if (taskIds.length === 0) return new Map();
  const responses = await client.batch(
    taskIds.map((taskId, i) => detailsRequest(taskId, `details-${i}`)),
    { concurrency: publishConcurrency, ...(signal ? { signal } : {}) },
  );
  return new Map(
    taskIds.flatMap((taskId, i) => {
      const response = responses[i];
      if (skipMissing && response?.status === 404) return [];
      return [[taskId, parseDetails(readBatchBody(response))] as const];
    }),
  );
}

/** A bucket's tasks, or undefined when the bucket is gone (404): someone deleted it. */
export async function listBucketTasksIfPresent(
  client: GraphClient,
  bucketId: string,
  signal?: AbortSignal,
): Promise<ExistingTask[] | undefined> {
  try {
    return await listBucketTasks(client, bucketId, signal);
  } catch (error) {
    if (error instanceof GraphRequestError && error.status === 404) return undefined;
    throw error;
  }
}

/**
 * Planner assigns by user id; the minutes hold UPNs. One $batch of GET /users/{upn}?$select=id.
 * Minutes written before people were resolved may hold the address a calendar showed (the mail or
 * an alias, not the UPN): those 404s are looked up once more by address (docs/architecture.md §4).
 */
export async function resolveUserIds(
  client: GraphClient,
  upns: readonly string[],
  signal?: AbortSignal,
): Promise<Map<string, string>> {
  const unique = [...new Set(upns.map((upn) => upn.toLowerCase()))];
  if (unique.length === 0) return new Map();
  const requests = unique.map((upn, i): BatchRequest => ({
    id: `user-${i}`,
    method: "GET",
    url: `/users/${encodeURIComponent(upn)}?$select=id`,
    operation: "getUser",
  }));
  const responses = await client.batch(requests, { concurrency: publishConcurrency, ...(signal ? { signal } : {}) });
  const missing = unique.filter((_, i) => responses[i]?.status === 404);
  const byAddress =
    missing.length === 0 ? new Map<string, AddressableUser[]>() : await lookUpAddresses(client, missing);
  return new Map(
    unique.map((upn, i) => {
      const response = responses[i];
      if (response?.status !== 404) return [upn, userSchema.parse(readBatchBody(response)).id];
      const user = pickUserForAddress(byAddress.get(upn) ?? [], upn);
      if (user === undefined) throw new Error(`The action item owner ${upn} is not a user of this organisation`);
      return [upn, user.id];
    }),
  );
}
