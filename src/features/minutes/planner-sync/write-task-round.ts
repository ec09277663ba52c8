// The publish's write round for the tasks themselves (publish-action-items.ts): creates ‖ task
// PATCHes with If-Match ‖ reads of the details etags still unknown, in concurrent $batch chunks of
// ≤ 20 (https://learn.microsoft.com/graph/json-batching). A task PATCH answered 412 (someone
// changed the task since it was listed) is read again and re-sent, bounded (planner-write.ts).
import type { GraphClient } from "@/lib/graph";
import type { DetailsUpdate, PublishPlan } from "./plan-publish";
import { detailsRequest, parseDetails, parseTask, publishConcurrency } from "./planner-read";
import { createTaskRequest, detailsPatchBody, patchRequest, patchWithEtags, toError } from "./planner-write";
import type { EtagWrite } from "./planner-write";
import type { ExistingTask } from "./types";

export interface TaskOutcome {
  created: Map<string, ExistingTask>;
  updated: Set<string>;
  detailEtags: Map<string, string>;
  failures: Map<string, Error>;
}

/** Creates ‖ task PATCHes ‖ reads of the details etags still unknown: one round of $batch chunks. */
export async function writeTasks(
  client: GraphClient,
  planId: string,
  bucketId: string,
  plan: PublishPlan,
  signal: AbortSignal | undefined,
): Promise<TaskOutcome> {
  const outcome: TaskOutcome = {
    created: new Map(),
    updated: new Set(),
    detailEtags: new Map(),
    failures: new Map(),
  };
  const detailReads = plan.detailUpdates.filter((update) => update.etag === undefined);
  const requests = [
    ...plan.creates.map((desired, i) => createTaskRequest(`create-${i}`, planId, bucketId, desired)),
    ...plan.taskUpdates.map((update, i) =>
      patchRequest(`patch-${i}`, {
        key: update.actionId,
        url: taskUrl(update.taskId),
        body: update.patch,
        etag: update.etag,
        kind: "task",
      }),
    ),
    ...detailReads.map((update, i) => detailsRequest(update.taskId, `details-${i}`)),
  ];
  const responses = new Map(
    (await client.batch(requests, { concurrency: publishConcurrency, ...(signal ? { signal } : {}) })).map((r) => [
      r.id,
      r,
    ]),
  );
  plan.creates.forEach((desired, i) => {
    const response = responses.get(`create-${i}`);
    if (response?.status === 201 || response?.status === 200)
      outcome.created.set(desired.actionId, parseTask(response.body));
    else outcome.failures.set(desired.actionId, toError(response));
  });
  const stale: EtagWrite[] = [];
  plan.taskUpdates.forEach((update, i) => {
    const response = responses.get(`patch-${i}`);
    if (response !== undefined && response.status < 300) outcome.updated.add(update.actionId);
    else if (response?.status === 412)
      stale.push({ key: update.actionId, url: taskUrl(update.taskId), body: update.patch, kind: "task" });
    else outcome.failures.set(update.actionId, toError(response));
  });
  detailReads.forEach((update, i) => {
    const response = responses.get(`details-${i}`);
    if (response !== undefined && response.status < 300)
      outcome.detailEtags.set(update.actionId, parseDetails(response.body).etag);
  });
  // Someone changed the task since we listed it: read it again and re-send (bounded).
  for (const [actionId, error] of await patchWithEtags(client, stale, signal)) outcome.failures.set(actionId, error);
  for (const write of stale) if (!outcome.failures.has(write.key)) outcome.updated.add(write.key);
  return outcome;
}

export const hasEtag = (update: DetailsUpdate): update is DetailsUpdate & { etag: string } => update.etag !== undefined;

export function toDetailsWrite(update: DetailsUpdate): EtagWrite {
  return {
    key: update.actionId,
    url: detailsUrl(update.taskId),
    body: detailsPatchBody(update.details),
    kind: "details",
    ...(update.etag === undefined ? {} : { etag: update.etag }),
  };
}

const taskUrl = (taskId: string) => `/planner/tasks/${encodeURIComponent(taskId)}`;
export const detailsUrl = (taskId: string) => `${taskUrl(taskId)}/details`;
