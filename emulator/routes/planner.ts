// Planner routes with Planner's concurrency rules: every object carries an @odata.etag that
// changes on each write; PATCH and DELETE need If-Match (400 without it, checked in dispatch;
// 412 when stale); PATCH answers 204, or 200 with the object under `Prefer: return=representation`
// (https://learn.microsoft.com/graph/api/resources/planner-overview#planner-resource-versioning).
// Only members of the plan's group can read or write it. What Planner refuses — open-type values
// without @odata.type, malformed order hints, writes past a limit — is in planner-rules.ts.
import { GraphError, badRequest, notFound } from "../http/graph-error.ts";
import { readPreferences, respondCollection, respondEntity, respondNoContent } from "../http/responses.ts";
import { createPlannerEtag, createPlannerId } from "../state/ids.ts";
import { requireGroup, requireGroupMember, requireUser } from "../state/lookups.ts";
import { renderPlan, renderPlannerRecord } from "./planner-render.ts";
import {
  checkBucketLimit,
  checkMapSize,
  checkOpenTypeValue,
  checkOrderHint,
  checkReopen,
  checkTaskLimits,
  createServiceOrderHint,
} from "./planner-rules.ts";
import type { OpenType } from "./planner-rules.ts";
import type { GraphResponse, Route, RouteContext } from "../http/types.ts";
import type { PlannerRecord, PlannerState } from "../state/tenant-state.ts";

type Body = Record<string, unknown>;
const pageSize = 400;

function nextEtag(ctx: RouteContext, kind: string): string {
  ctx.state.revision += 1;
  return createPlannerEtag(kind, ctx.state.revision);
}

function readBody(ctx: RouteContext): Body {
  const body = ctx.request.body;
  if (typeof body !== "object" || body === null || Array.isArray(body) || Buffer.isBuffer(body))
    throw badRequest("The request body must be a JSON object.");
  return body as Body;
}

function checkEtag(ctx: RouteContext, record: PlannerRecord): void {
  const ifMatch = ctx.request.headers["if-match"];
  if (ifMatch !== record.etag) {
    throw new GraphError(
      412,
      "PreconditionFailed",
      "The If-Match header contains an invalid value or the resource has been modified since it was read.",
    );
  }
}

function respondWrite(ctx: RouteContext, record: PlannerRecord): GraphResponse {
  const wantsRepresentation = readPreferences(ctx).some((p) => p.toLowerCase() === "return=representation");
  return wantsRepresentation
    ? respondEntity(ctx, renderPlannerRecord(record))
    : { status: 204, headers: { etag: record.etag } };
}

function requirePlan(ctx: RouteContext, planId: string): PlannerState["plans"][string] {
  const plan = ctx.state.planner.plans[planId];
  if (!plan) throw notFound(`The requested item '${planId}' is not found.`, "NotFound");
  requireGroupMember(requireGroup(ctx.state, plan.groupId), ctx.user);
  return plan;
}

function requireBucket(ctx: RouteContext, id: string): PlannerState["buckets"][string] {
  const bucket = ctx.state.planner.buckets[id];
  if (!bucket) throw notFound(`The requested item '${id}' is not found.`, "NotFound");
  requirePlan(ctx, bucket.planId);
  return bucket;
}

function requireTask(ctx: RouteContext, id: string): PlannerState["tasks"][string] {
  const task = ctx.state.planner.tasks[id];
  if (!task) throw notFound(`The requested item '${id}' is not found.`, "NotFound");
  requirePlan(ctx, task.planId);
  return task;
}

function createdBy(ctx: RouteContext): Body {
  return {
    user: { id: ctx.user.id, displayName: null },
    application: { id: "5e3ce6c0-2b1f-4285-8d4b-75ee78787346", displayName: null },
  };
}

function resolveContainerGroup(body: Body): string {
  const container = body.container as Body | undefined;
  const fromUrl = typeof container?.url === "string" ? /\/groups\/([^/?#]+)/.exec(container.url)?.[1] : undefined;
  const id =
    (typeof container?.containerId === "string" ? container.containerId : undefined) ??
    fromUrl ??
    (typeof body.owner === "string" ? body.owner : undefined);
  if (id === undefined)
    throw badRequest(
      "A plan needs a container: { url: 'https://graph.microsoft.com/v1.0/groups/{id}' } or { containerId, type: 'group' }.",
    );
  if (container?.type !== undefined && container.type !== "group")
    throw badRequest(
      `Container type '${JSON.stringify(container.type)}' is not supported by the emulator (only 'group').`,
    );
  return id;
}

/** The order hint the service keeps for one a client sent (checked first), or undefined if none was sent. */
function acceptOrderHint(ctx: RouteContext, path: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  checkOrderHint(path, value);
  ctx.state.revision += 1;
  return createServiceOrderHint(ctx.state.revision);
}

/**
 * PATCH semantics of Planner's open-type maps: a key set to null is removed, an object is merged
 * into the existing value; each object must declare its @odata.type, and an order hint in it is
 * replaced by the service's own value.
 */
function mergeOpenMap(
  ctx: RouteContext,
  target: Body,
  patch: unknown,
  path: string,
  type: OpenType,
  decorate: (value: Body) => Body,
  checkKey?: (key: string, value: unknown, existing: Body | undefined) => void,
): Body {
  if (typeof patch !== "object" || patch === null || Array.isArray(patch))
    throw badRequest(`${path} must be an object.`);
  const result: Body = { ...target };
  for (const [key, value] of Object.entries(patch as Body)) {
    if (key.startsWith("@odata")) continue;
    const existing = result[key] as Body | undefined;
    checkKey?.(key, value, existing);
    if (value === null) {
      Reflect.deleteProperty(result, key);
    } else if (typeof value === "object" && !Array.isArray(value)) {
      const sent = value as Body;
      checkOpenTypeValue(`${path}.${key}`, sent, type);
      const orderHint = acceptOrderHint(ctx, `${path}.${key}.orderHint`, sent.orderHint);
      result[key] = decorate({
        ...(existing ?? {}),
        ...sent,
        "@odata.type": `#microsoft.graph.${type}`,
        ...(orderHint === undefined ? {} : { orderHint }),
      });
    } else throw badRequest(`${path}.${key} must be an object or null.`);
  }
  return result;
}

const readOnlyTaskFields = [
  "createdDateTime",
  "createdBy",
  "completedBy",
  "referenceCount",
  "checklistItemCount",
  "activeChecklistItemCount",
  "hasDescription",
  "id",
];

function applyTaskChanges(ctx: RouteContext, task: PlannerRecord & { planId: string }, body: Body): void {
  for (const field of readOnlyTaskFields) if (field in body) throw badRequest(`The property '${field}' is read-only.`);
  if ("planId" in body && body.planId !== task.planId)
    throw badRequest("A task cannot be moved to another plan by changing planId.");
  const iso = ctx.now().toISOString();
  for (const [key, value] of Object.entries(body)) {
    if (key.startsWith("@odata") || key === "planId") continue;
    if (key === "assignments") {
      const assignments = mergeOpenMap(
        ctx,
        (task.assignments as Body | undefined) ?? {},
        value,
        "assignments",
        "plannerAssignment",
        (a) => ({ assignedDateTime: iso, assignedBy: createdBy(ctx), ...a }),
        (userId, value, existing) => {
          // Removing a deleted user's assignment must work: Planner keeps their id after deletion.
          if (value === null) return;
          requireUser(ctx.state, userId);
          // "the orderHint property on the assignment must be specified" (planner-overview, Tasks).
          if (existing === undefined && (value as Body | undefined)?.orderHint === undefined)
            throw badRequest(`assignments.${userId}.orderHint is required for a new assignment.`, "invalidRequest");
        },
      );
      checkMapSize("MaximumAssigneesInTasks", "assignees", assignments, ctx.state.limits.planner.assigneesPerTask);
      task.assignments = assignments;
    } else if (key === "appliedCategories") {
      if (typeof value !== "object" || value === null) throw badRequest("appliedCategories must be an object.");
      task.appliedCategories = Object.fromEntries(
        Object.entries({ ...(task.appliedCategories as Body | undefined), ...(value as Body) }).filter(
          ([, v]) => v === true,
        ),
      );
    } else if (key === "percentComplete") {
      if (typeof value !== "number" || value < 0 || value > 100)
        throw badRequest("percentComplete must be an integer from 0 to 100.");
      if (task.percentComplete === 100 && value < 100 && ctx.state.planner.tasks[task.id] !== undefined)
        checkReopen(ctx.state.planner, task.planId, ctx.state.limits.planner);
      task.percentComplete = value;
      task.completedDateTime = value === 100 ? iso : null;
      task.completedBy = value === 100 ? createdBy(ctx) : null;
    } else if (key === "priority") {
      if (typeof value !== "number" || value < 0 || value > 10)
        throw badRequest("priority must be an integer from 0 to 10.");
      task.priority = value;
    } else if (key === "bucketId") {
      if (value !== null && (typeof value !== "string" || ctx.state.planner.buckets[value]?.planId !== task.planId)) {
        throw badRequest(`The bucket '${JSON.stringify(value)}' does not belong to plan '${task.planId}'.`);
      }
      task.bucketId = value;
    } else if (key === "orderHint" || key === "assigneePriority") {
      task[key] = acceptOrderHint(ctx, key, value);
    } else {
      task[key] = value;
    }
  }
}

function createTask(ctx: RouteContext): GraphResponse {
  const body = readBody(ctx);
  if (typeof body.planId !== "string") throw badRequest("planId is required.");
  if (typeof body.title !== "string" || body.title === "") throw badRequest("title is required.");
  requirePlan(ctx, body.planId);
  checkTaskLimits(ctx.state.planner, body.planId, ctx.state.limits.planner, body.percentComplete !== 100);
  const iso = ctx.now().toISOString();
  ctx.state.revision += 1;
  const task: PlannerRecord & { planId: string } = {
    id: createPlannerId(),
    planId: body.planId,
    bucketId: null,
    title: body.title,
    orderHint: createServiceOrderHint(ctx.state.revision),
    assigneePriority: "",
    percentComplete: 0,
    priority: 5,
    startDateTime: null,
    createdDateTime: iso,
    dueDateTime: null,
    hasDescription: false,
    previewType: "automatic",
    completedDateTime: null,
    completedBy: null,
    referenceCount: 0,
    checklistItemCount: 0,
    activeChecklistItemCount: 0,
    conversationThreadId: null,
    createdBy: createdBy(ctx),
    appliedCategories: {},
    assignments: {},
    etag: "",
  };
  const { details, ...rest } = body;
  applyTaskChanges(ctx, task, rest);
  task.etag = nextEtag(ctx, "Task");
  ctx.state.planner.tasks[task.id] = task;
  const taskDetails: PlannerRecord = {
    id: task.id,
    description: "",
    previewType: "automatic",
    references: {},
    checklist: {},
    etag: nextEtag(ctx, "TaskDetails"),
  };
  ctx.state.planner.taskDetails[task.id] = taskDetails;
  if (details !== undefined && details !== null) applyDetailsChanges(ctx, task, taskDetails, details as Body);
  return respondEntity(ctx, renderPlannerRecord(task), 201);
}

// Reference keys are URLs with '%', '.', ':', '@' and '#' percent-encoded
// (https://learn.microsoft.com/graph/api/resources/plannerexternalreferences).
function checkReferenceKey(key: string): void {
  if (/[.:@#]/.test(key))
    throw badRequest(`The reference key '${key}' is not encoded: percent-encode '.', ':', '@' and '#'.`);
}

function applyDetailsChanges(ctx: RouteContext, task: PlannerRecord, details: PlannerRecord, body: Body): void {
  const iso = ctx.now().toISOString();
  const stamp = (v: Body): Body => ({ ...v, lastModifiedBy: createdBy(ctx), lastModifiedDateTime: iso });
  for (const [key, value] of Object.entries(body)) {
    if (key.startsWith("@odata")) continue;
    if (key === "references") {
      const references = mergeOpenMap(
        ctx,
        (details.references as Body | undefined) ?? {},
        value,
        "references",
        "plannerExternalReference",
        (v) => stamp({ previewPriority: createServiceOrderHint(ctx.state.revision), ...v }),
        checkReferenceKey,
      );
      checkMapSize("MaximumReferencesOnTask", "references", references, ctx.state.limits.planner.referencesPerTask);
      details.references = references;
    } else if (key === "checklist") {
      const checklist = mergeOpenMap(
        ctx,
        (details.checklist as Body | undefined) ?? {},
        value,
        "checklist",
        "plannerChecklistItem",
        (v) => stamp({ isChecked: false, orderHint: createServiceOrderHint(ctx.state.revision), ...v }),
      );
      checkMapSize(
        "MaximumChecklistItemsOnTask",
        "checklist items",
        checklist,
        ctx.state.limits.planner.checklistItemsPerTask,
      );
      details.checklist = checklist;
    } else {
      details[key] = value;
    }
  }
  const checklist = Object.values((details.checklist as Body | undefined) ?? {}) as Body[];
  task.referenceCount = Object.keys((details.references as Body | undefined) ?? {}).length;
  task.checklistItemCount = checklist.length;
  task.activeChecklistItemCount = checklist.filter((c) => c.isChecked !== true).length;
  task.hasDescription = typeof details.description === "string" && details.description !== "";
  details.etag = nextEtag(ctx, "TaskDetails");
  task.etag = nextEtag(ctx, "Task");
}

function listTasks(ctx: RouteContext, predicate: (task: PlannerRecord & { planId: string }) => boolean): GraphResponse {
  const tasks = Object.values(ctx.state.planner.tasks).filter(predicate).map(renderPlannerRecord);
  return respondCollection(ctx, tasks, { pageSize });
}

export const plannerRoutes: readonly Route[] = [
  {
    method: "POST",
    template: "planner/plans",
    handle: (ctx) => {
      const body = readBody(ctx);
      if (typeof body.title !== "string" || body.title === "") throw badRequest("title is required.");
      const group = requireGroup(ctx.state, resolveContainerGroup(body));
      requireGroupMember(group, ctx.user);
      const plan = {
        id: createPlannerId(),
        title: body.title,
        owner: group.id,
        groupId: group.id,
        createdDateTime: ctx.now().toISOString(),
        createdBy: createdBy(ctx),
        container: { containerId: group.id, type: "group", url: `https://graph.microsoft.com/v1.0/groups/${group.id}` },
        etag: nextEtag(ctx, "Plan"),
      };
      ctx.state.planner.plans[plan.id] = plan;
      return respondEntity(ctx, renderPlan(plan), 201);
    },
  },
  {
    method: "GET",
    template: "planner/plans/{}",
    handle: (ctx) => respondEntity(ctx, renderPlan(requirePlan(ctx, ctx.keys[0] ?? ""))),
  },
  {
    method: "PATCH",
    template: "planner/plans/{}",
    handle: (ctx) => {
      const plan = requirePlan(ctx, ctx.keys[0] ?? "");
      checkEtag(ctx, plan);
      const body = readBody(ctx);
      if ("container" in body || "owner" in body) throw badRequest("A plan's container cannot be changed.");
      if (typeof body.title === "string") plan.title = body.title;
      plan.etag = nextEtag(ctx, "Plan");
      return respondWrite(ctx, plan);
    },
  },
  {
    method: "DELETE",
    template: "planner/plans/{}",
    handle: (ctx) => {
      const plan = requirePlan(ctx, ctx.keys[0] ?? "");
      checkEtag(ctx, plan);
      const { planner } = ctx.state;
      for (const task of Object.values(planner.tasks)) {
        if (task.planId === plan.id) {
          Reflect.deleteProperty(planner.tasks, task.id);
          Reflect.deleteProperty(planner.taskDetails, task.id);
        }
      }
      for (const bucket of Object.values(planner.buckets))
        if (bucket.planId === plan.id) Reflect.deleteProperty(planner.buckets, bucket.id);
      Reflect.deleteProperty(planner.plans, plan.id);
      return respondNoContent();
    },
  },
  {
    method: "GET",
    template: "planner/plans/{}/buckets",
    handle: (ctx) => {
      const plan = requirePlan(ctx, ctx.keys[0] ?? "");
      return respondCollection(
        ctx,
        Object.values(ctx.state.planner.buckets)
          .filter((b) => b.planId === plan.id)
          .map(renderPlannerRecord),
        { pageSize },
      );
    },
  },
  {
    method: "GET",
    template: "planner/plans/{}/tasks",
    handle: (ctx) => {
      const plan = requirePlan(ctx, ctx.keys[0] ?? "");
      return listTasks(ctx, (t) => t.planId === plan.id);
    },
  },
  {
    method: "POST",
    template: "planner/buckets",
    handle: (ctx) => {
      const body = readBody(ctx);
      if (typeof body.planId !== "string" || typeof body.name !== "string" || body.name === "")
        throw badRequest("name and planId are required.");
      requirePlan(ctx, body.planId);
      checkBucketLimit(ctx.state.planner, body.planId, ctx.state.limits.planner);
      const orderHint = acceptOrderHint(ctx, "orderHint", body.orderHint) ?? createServiceOrderHint(ctx.state.revision);
      const bucket = {
        id: createPlannerId(),
        name: body.name,
        planId: body.planId,
        orderHint,
        etag: nextEtag(ctx, "Bucket"),
      };
      ctx.state.planner.buckets[bucket.id] = bucket;
      return respondEntity(ctx, renderPlannerRecord(bucket), 201);
    },
  },
  {
    method: "GET",
    template: "planner/buckets/{}",
    handle: (ctx) => respondEntity(ctx, renderPlannerRecord(requireBucket(ctx, ctx.keys[0] ?? ""))),
  },
  {
    method: "PATCH",
    template: "planner/buckets/{}",
    handle: (ctx) => {
      const bucket = requireBucket(ctx, ctx.keys[0] ?? "");
      checkEtag(ctx, bucket);
      const body = readBody(ctx);
      if ("planId" in body && body.planId !== bucket.planId)
        throw badRequest("A bucket cannot be moved to another plan.");
      if (typeof body.name === "string") bucket.name = body.name;
      const orderHint = acceptOrderHint(ctx, "orderHint", body.orderHint);
      if (orderHint !== undefined) bucket.orderHint = orderHint;
      bucket.etag = nextEtag(ctx, "Bucket");
      return respondWrite(ctx, bucket);
    },
  },
  {
    method: "DELETE",
    template: "planner/buckets/{}",
    handle: (ctx) => {
      const bucket = requireBucket(ctx, ctx.keys[0] ?? "");
      checkEtag(ctx, bucket);
      for (const task of Object.values(ctx.state.planner.tasks)) {
        if (task.bucketId === bucket.id) {
          Reflect.deleteProperty(ctx.state.planner.tasks, task.id);
          Reflect.deleteProperty(ctx.state.planner.taskDetails, task.id);
        }
      }
      Reflect.deleteProperty(ctx.state.planner.buckets, bucket.id);
      return respondNoContent();
    },
  },
  {
    method: "GET",
    template: "planner/buckets/{}/tasks",
    handle: (ctx) => {
      const bucket = requireBucket(ctx, ctx.keys[0] ?? "");
      return listTasks(ctx, (t) => t.bucketId === bucket.id);
    },
  },
  { method: "POST", template: "planner/tasks", handle: createTask },
  {
    method: "GET",
    template: "planner/tasks/{}",
    handle: (ctx) => respondEntity(ctx, renderPlannerRecord(requireTask(ctx, ctx.keys[0] ?? ""))),
  },
  {
    method: "PATCH",
    template: "planner/tasks/{}",
    handle: (ctx) => {
      const task = requireTask(ctx, ctx.keys[0] ?? "");
      checkEtag(ctx, task);
      applyTaskChanges(ctx, task, readBody(ctx));
      task.etag = nextEtag(ctx, "Task");
      return respondWrite(ctx, task);
    },
  },
  {
    method: "DELETE",
    template: "planner/tasks/{}",
    handle: (ctx) => {
      const task = requireTask(ctx, ctx.keys[0] ?? "");
      checkEtag(ctx, task);
      Reflect.deleteProperty(ctx.state.planner.tasks, task.id);
      Reflect.deleteProperty(ctx.state.planner.taskDetails, task.id);
      return respondNoContent();
    },
  },
  {
    method: "GET",
    template: "planner/tasks/{}/details",
    handle: (ctx) => {
      const task = requireTask(ctx, ctx.keys[0] ?? "");
      const details = ctx.state.planner.taskDetails[task.id];
      if (!details) throw notFound("The task has no details.", "NotFound");
      return respondEntity(ctx, renderPlannerRecord(details));
    },
  },
  {
    method: "PATCH",
    template: "planner/tasks/{}/details",
    handle: (ctx) => {
      const task = requireTask(ctx, ctx.keys[0] ?? "");
      const details = ctx.state.planner.taskDetails[task.id];
      if (!details) throw notFound("The task has no details.", "NotFound");
      checkEtag(ctx, details);
      applyDetailsChanges(ctx, task, details, readBody(ctx));
      return respondWrite(ctx, details);
    },
  },
  {
    method: "GET",
    template: "users/{}/planner/tasks",
    handle: (ctx) => {
      const user = requireUser(ctx.state, ctx.keys[0] ?? "");
      return listTasks(ctx, (t) => Object.hasOwn((t.assignments as Body | undefined) ?? {}, user.id));
    },
  },
  {
    method: "GET",
    template: "users/{}/planner/plans",
    handle: (ctx) => {
      const user = requireUser(ctx.state, ctx.keys[0] ?? "");
      const groups = new Set(ctx.state.groups.filter((g) => g.memberIds.includes(user.id)).map((g) => g.id));
      return respondCollection(
        ctx,
        Object.values(ctx.state.planner.plans)
          .filter((p) => groups.has(p.groupId))
          .map(renderPlan),
        { pageSize },
      );
    },
  },
];
