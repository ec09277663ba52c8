// Writes for a publish, all through JSON $batch: task creation, and PATCHes of tasks and task
// details with If-Match. Planner answers 412 when the etag is stale — someone changed the object
// since we read it — and the remedy is to read it again and retry with the new etag
// (https://learn.microsoft.com/graph/api/resources/planner-overview#412-precondition-failed).
// Our PATCH bodies set absolute values, so re-sending one after a re-read is safe.
import { GraphRequestError, readBatchBody } from "@/lib/graph";
import type { BatchRequest, BatchResponse, GraphClient } from "@/lib/graph";
import { assignment } from "./plan-publish";
import { isTouched } from "./copy-repair";
import { publishConcurrency, readTasks } from "./planner-read";
import type { DesiredTask, DetailsContent } from "./types";

/** Rounds of read-then-PATCH for one object before its write counts as failed. */
export const maxEtagAttempts = 3;

// NOTE: the details cannot ride in the create: plannerTask documents `details` as read-only
// (https://learn.microsoft.com/graph/api/resources/plannertask) and Create plannerTask's body is a
// plannerTask without it (https://learn.microsoft.com/graph/api/planner-post-tasks). Nor can one
// $batch chain create → details read → details write: `dependsOn` only orders requests, and no
// request can name an id another one's answer will hold (https://learn.microsoft.com/graph/json-batching).
// So a new task costs three dependent rounds: create, read the details' etag, PATCH them.
export function createTaskRequest(id: string, planId: string, bucketId: string, desired: DesiredTask): BatchRequest {
  const { title, assigneeId, dueDateTime, priority } = desired.fields;
  return {
    id,
    method: "POST",
    url: "/planner/tasks",
    operation: "createPlannerTask",
    body: { planId, bucketId, title, assignments: { [assigneeId]: assignment() }, dueDateTime, priority },
  };
}

/** DELETE with If-Match, as Planner requires (https://learn.microsoft.com/graph/api/plannertask-delete). */
export function deleteTaskRequest(id: string, task: { id: string; etag: string }): BatchRequest {
  return {
    id,
    method: "DELETE",
    url: `/planner/tasks/${encodeURIComponent(task.id)}`,
    operation: "deletePlannerTask",
    headers: { "If-Match": task.etag },
  };
}

/**
 * Deletes extra copies that nobody has worked on. A 412 means the copy changed since it was read:
 * it is read again and deleted only if it is still untouched (bounded, as for PATCHes). Answers
 * how many are gone (404 counts: an earlier attempt removed it).
 */
export async function deleteUntouchedTasks(
  client: GraphClient,
  tasks: readonly { id: string; etag: string }[],
  signal?: AbortSignal,
): Promise<number> {
  const options = { concurrency: publishConcurrency, ...(signal ? { signal } : {}) };
  let removed = 0;
  let pending = [...tasks];
  for (let attempt = 1; pending.length > 0 && attempt <= maxEtagAttempts; attempt++) {
    const answers = await client.batch(
      pending.map((task, i) => deleteTaskRequest(`delete-${i}`, task)),
      options,
    );
    const stale = pending.filter((_, i) => answers[i]?.status === 412);
    removed += answers.filter((answer) => answer.status === 204 || answer.status === 404).length;
    if (stale.length === 0 || attempt === maxEtagAttempts) break;
    pending = (
      await readTasks(
        client,
        stale.map((task) => task.id),
        signal,
      )
    ).filter((task) => !isTouched(task));
  }
  return removed;
}

export function detailsPatchBody(details: DetailsContent): Record<string, unknown> {
  return {
    description: details.description,
    references: {
      [details.referenceKey]: {
        "@odata.type": "microsoft.graph.plannerExternalReference",
        alias: details.referenceAlias,
        type: "Other",
      },
    },
  };
}

export interface EtagWrite {
  key: string;
  /** The object's URL: read for its etag, then PATCHed. */
  url: string;
  body: unknown;
  /** Unknown → read before the first PATCH. */
  etag?: string;
  kind: "task" | "details";
}

const operations = {
  task: { read: "getPlannerTask", write: "updatePlannerTask" },
  details: { read: "getPlannerTaskDetails", write: "updatePlannerTaskDetails" },
} as const;

// NOTE: no `Prefer: return=representation`: Planner then answers 200 with the whole object instead
// of 204 (plannertaskdetails-update), and nothing after a write needs the object or its new etag.
export function patchRequest(id: string, write: EtagWrite & { etag: string }): BatchRequest {
  return {
    id,
    method: "PATCH",
    url: write.url,
    operation: operations[write.kind].write,
    headers: { "If-Match": write.etag },
    body: write.body,
  };
}

/**
 * PATCHes each object with If-Match, reading the etag first where it is unknown and again after a
 * 412, for at most maxEtagAttempts rounds. Answers the error of each write that did not succeed.
 */
export async function patchWithEtags(
  client: GraphClient,
  writes: readonly EtagWrite[],
  signal?: AbortSignal,
): Promise<Map<string, Error>> {
  const failures = new Map<string, Error>();
  const options = { concurrency: publishConcurrency, ...(signal ? { signal } : {}) };
  let pending = [...writes];
  for (let attempt = 1; pending.length > 0; attempt++) {
    const unread = pending.filter((write) => write.etag === undefined);
    const read = await client.batch(
      unread.map((write, i) => ({
        id: `read-${i}`,
        method: "GET",
        url: write.url,
        operation: operations[write.kind].read,
      })),
      options,
    );
    const etags = new Map(unread.map((write, i) => [write.key, etagOf(read[i])]));
    const ready: (EtagWrite & { etag: string })[] = [];
    for (const write of pending) {
      const etag = write.etag ?? etags.get(write.key);
      if (etag instanceof Error) failures.set(write.key, etag);
      else if (etag !== undefined) ready.push({ ...write, etag });
    }
    const answers = await client.batch(
      ready.map((write, i) => patchRequest(`write-${i}`, write)),
      options,
    );
    pending = [];
    ready.forEach((write, i) => {
      const answer = answers[i];
      if (answer?.status === 412 && attempt < maxEtagAttempts) pending.push({ ...write, etag: undefined });
      else if (answer === undefined || answer.status >= 300) failures.set(write.key, toError(answer));
    });
  }
  return failures;
}

function etagOf(response: BatchResponse | undefined): string | Error {
  if (response === undefined || response.status >= 300) return toError(response);
  return response.etag ?? new Error(`Planner answered ${response.id} without an etag`);
}

export function toError(response: BatchResponse | undefined): Error {
  try {
    readBatchBody(response);
  } catch (error) {
    if (error instanceof Error) return error;
    throw error;
  }
  return new GraphRequestError({
    status: response?.status ?? 0,
    code: "UnexpectedStatus",
    message: `Planner answered ${String(response?.status)}`,
  });
}
