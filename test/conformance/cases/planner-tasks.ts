// Planner tasks and task details: listing, creating, reading, updating and deleting them, with
// Planner's etags.
import { expect } from "vitest";
import { listBucketTasks, parseDetails, parseTask } from "@/features/minutes/planner-sync/planner-read";
import { deleteUntouchedTasks, patchWithEtags } from "@/features/minutes/planner-sync/planner-write";
import { getTaskDescription, getTaskState, updateTaskProgress } from "@/features/personal/api/task-progress";
import { toPlannerTask } from "@/meeting/api/planner/planner-task";
import { createDocumentedGraph } from "../support/documented-graph";
import { adaptRequest, itemsOf, responseOf } from "./types";
import type { ConformanceCase } from "./types";
import type { Session } from "../support/session";

const documentedPlan = "xqQg5FS2LkCp935s-FIFm2QAFkHM";
const documentedTask = "01gzSlKkIUSUl6DF_EilrmQAKDhh";
const documentedAssignee = "fbab97d0-4932-4511-b675-204639209557";
const documentedEtag = 'W/"JzEtVGFzayAgQEBAQEBAQEBAQEBAQEBAWCc="';
const graphExplorer = "https%3A//developer%2Emicrosoft%2Ecom/en-us/graph/graph-explorer";
const checklistItem = "d280ed1a-9f6b-4f9c-a962-fb4d00dc50ff";
// Assignments are keyed by user id, references by URL, checklist items by GUID: data, not names.
const assignments = { assignments: "values" } as const;

/** A new task whose details hold the reference and checklist item the documented examples show. */
async function createTaskWithDetails(session: Session): Promise<{ taskId: string; detailsEtag: string }> {
  const task = await session.createTask();
  const path = `/planner/tasks/${task.id}/details`;
  const read = async (): Promise<string> =>
    String((((await session.call({ method: "GET", path })).body ?? {}) as Record<string, unknown>)["@odata.etag"]);
  const written = await session.call({
    method: "PATCH",
    path,
    headers: { "if-match": await read() },
    body: {
      description: "核对备货清单",
      references: {
        [graphExplorer]: {
          "@odata.type": "#microsoft.graph.plannerExternalReference",
          alias: "Graph Explorer",
          type: "Other",
        },
      },
      checklist: {
        [checklistItem]: { "@odata.type": "#microsoft.graph.plannerChecklistItem", title: "Try reading task details" },
      },
    },
  });
  if (written.status >= 300) throw new Error(`Setup PATCH ${path} answered ${String(written.status)}`);
  return { taskId: task.id, detailsEtag: await read() };
}

export const plannerTaskCases: ConformanceCase[] = [
  {
    operation: "listPlannerTasks",
    request: async (session, example) => {
      await session.createTask();
      return adaptRequest(example, { "{plan-id}": session.ids.planId });
    },
    dictionaries: { "value[]/assignments": "values" },
    map: async () => {
      const [task] = await listBucketTasks(createDocumentedGraph(), "gcrYAaAkgU2EQUvpkNNXLGQAGTtu");
      expect(task).toMatchObject({ id: documentedTask, title: "title-value", assigneeIds: [documentedAssignee] });
      return `listBucketTasks → 1 task assigned to ${documentedAssignee}`;
    },
  },
  {
    operation: "createPlannerTask",
    request: (session, example) =>
      adaptRequest(example, {
        [documentedPlan]: session.ids.planId,
        hsOf2dhOJkqyYYZEtdzDe2QAIUCR: session.ids.bucketId,
        [documentedAssignee]: session.ids.colleagueId,
      }),
    dictionaries: assignments,
    map: (example) => {
      const task = parseTask(responseOf(example));
      expect(task).toMatchObject({ id: documentedTask, bucketId: "hsOf2dhOJkqyYYZEtdzDe2QAIUCR", etag: "" });
      expect(task.assigneeIds).toEqual([documentedAssignee]);
      return "parseTask → the task, its bucket and assignee (no etag shown: read before the first write)";
    },
  },
  {
    operation: "getPlannerTask",
    request: async (session, example) => {
      const task = await session.createTask();
      return adaptRequest(example, { [documentedTask]: task.id });
    },
    dictionaries: assignments,
    map: async (example) => {
      expect(toPlannerTask(responseOf(example))).toMatchObject({
        priority: 5,
        percentComplete: 0,
        title: "title-value",
      });
      const state = await getTaskState(createDocumentedGraph(), documentedTask);
      expect(state).toEqual({
        id: documentedTask,
        etag: "",
        title: "title-value",
        percentComplete: 0,
        completedDateTime: null,
      });
      return "toPlannerTask → priority 5, not started; getTaskState → the same";
    },
  },
  {
    operation: "updatePlannerTask",
    // The stored page answers the plain PATCH with the task; Planner answers 204 unless the request
    // prefers return=representation (as plannertaskdetails-update.md documents), which the app sends.
    request: async (session, example) => {
      const task = await session.createTask();
      return adaptRequest(
        example,
        { "{task-id}": task.id, [documentedAssignee]: session.ids.colleagueId, [documentedEtag]: task.etag },
        { headers: { prefer: "return=representation" } },
      );
    },
    dictionaries: { ...assignments, appliedCategories: "values" },
    map: async () => {
      const state = await updateTaskProgress(
        createDocumentedGraph(),
        { id: documentedTask, etag: documentedEtag },
        "inProgress",
      );
      expect(state).toMatchObject({ id: documentedTask, title: "title-value" });
      return "updateTaskProgress → the task as Planner returned it";
    },
  },
  {
    operation: "deletePlannerTask",
    request: async (session, example) => {
      const task = await session.createTask();
      return adaptRequest(example, { "{id}": task.id, [documentedEtag]: task.etag });
    },
    map: async () => {
      const removed = await deleteUntouchedTasks(createDocumentedGraph(), [
        { id: documentedTask, etag: documentedEtag },
      ]);
      expect(removed).toBe(1);
      return "deleteUntouchedTasks → 1 removed (204)";
    },
  },
  {
    operation: "getPlannerTaskDetails",
    request: async (session, example) => {
      const { taskId } = await createTaskWithDetails(session);
      return adaptRequest(example, { "{task-id}": taskId });
    },
    dictionaries: { references: "values", checklist: "values" },
    map: async (example) => {
      const description = await getTaskDescription(createDocumentedGraph(), documentedTask);
      expect(description).toBe(responseOf(example).description);
      // The publish PATCHes details with If-Match, so it needs their etag, which this shortened
      // example does not show: it refuses them rather than write without one.
      expect(() => parseDetails(responseOf(example))).toThrow(/@odata\.etag/);
      return "getTaskDescription → the description; parseDetails refuses: no @odata.etag shown";
    },
  },
  {
    operation: "updatePlannerTaskDetails",
    request: async (session, example) => {
      const { taskId, detailsEtag } = await createTaskWithDetails(session);
      return adaptRequest(example, { "{task-id}": taskId, [documentedEtag]: detailsEtag });
    },
    dictionaries: { references: "values", checklist: "values" },
    map: async () => {
      const failures = await patchWithEtags(createDocumentedGraph(), [
        {
          key: "details",
          url: `/planner/tasks/${documentedTask}/details`,
          body: {},
          etag: documentedEtag,
          kind: "details",
        },
      ]);
      expect([...failures.keys()]).toEqual([]);
      return "patchWithEtags → written (the publish reads only the status)";
    },
  },
  {
    operation: "listMyPlannerTasks",
    request: async (session, example) => {
      await session.createTask();
      return adaptRequest(example, {});
    },
    dictionaries: { "value[]/assignments": "values" },
    map: (example) => {
      const tasks = itemsOf(example).map(toPlannerTask);
      expect(tasks.map((t) => [t.planId, t.assigneeIds])).toEqual([[documentedPlan, [documentedAssignee]]]);
      return "toPlannerTask → 1 task with its plan and assignee";
    },
  },
];
