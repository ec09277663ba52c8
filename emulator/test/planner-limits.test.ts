// Planner's limits, open types and order hints as Graph enforces them (emulator/state/limits.ts,
// emulator/routes/planner-rules.ts). Limits are lowered through /graph/_admin/limits so a few
// objects reach them; every test resets them.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadScenarioFile, defaultScenarioPath } from "../scenario/load.ts";
import { callAdmin, createClient, startTestEmulator, upn } from "./support.ts";
import type { StartedEmulator } from "../start-emulator.ts";

type ErrorBody = { error: { code: string; message: string } };
type Task = { id: string; "@odata.etag": string; percentComplete: number };
type Bucket = { id: string; "@odata.etag": string; orderHint: string };

let emulator: StartedEmulator;
let planId: string;
let userIds: string[];

beforeAll(async () => {
  emulator = await startTestEmulator();
  planId = Object.keys(emulator.emulator.getState().planner.plans)[0] ?? "";
  const group = emulator.emulator
    .getState()
    .groups.find((g) => g.id === emulator.emulator.getState().planner.plans[planId]?.groupId);
  userIds = group?.memberIds ?? [];
});
afterEach(async () => {
  await callAdmin(emulator, "DELETE", "/limits");
});
afterAll(async () => {
  await emulator.close();
});

const assignment = { "@odata.type": "#microsoft.graph.plannerAssignment", orderHint: " !" };

function countInPlan(kind: "buckets" | "tasks", active = false): number {
  const planner = emulator.emulator.getState().planner;
  return Object.values(planner[kind]).filter(
    (record) => record.planId === planId && (!active || record.percentComplete !== 100),
  ).length;
}

async function createTask(body: Record<string, unknown> = {}) {
  return createClient(emulator, upn.admin)<Task & ErrorBody>("POST", "/planner/tasks", {
    planId,
    title: "核对库存差异",
    ...body,
  });
}

describe("Planner limits", () => {
  it("defaults to Microsoft's documented limits and takes lower ones from the admin endpoint", async () => {
    const limits = await callAdmin(emulator, "GET", "/limits");
    expect(limits.body).toEqual({
      planner: {
        bucketsPerPlan: 200,
        tasksPerPlan: 9000,
        activeTasksPerPlan: 3000,
        assigneesPerTask: 20,
        checklistItemsPerTask: 20,
        referencesPerTask: 15,
      },
      sharePoint: { listViewThreshold: 5000, indexColumnsOnCreate: true },
    });
    const lowered = await callAdmin(emulator, "PUT", "/limits", { planner: { bucketsPerPlan: 3 } });
    expect(lowered.body).toMatchObject({ planner: { bucketsPerPlan: 3, tasksPerPlan: 9000 } });
    expect((await callAdmin(emulator, "PUT", "/limits", { planner: { buckets: 3 } })).status).toBe(400);
  });

  it("answers 403 MaximumBucketsInProject for the bucket past the plan's limit", async () => {
    await callAdmin(emulator, "PUT", "/limits", { planner: { bucketsPerPlan: countInPlan("buckets") + 1 } });
    const call = createClient(emulator, upn.admin);
    expect((await call("POST", "/planner/buckets", { name: "2026-12 周例会", planId, orderHint: " !" })).status).toBe(
      201,
    );
    const refused = await call<ErrorBody>("POST", "/planner/buckets", {
      name: "2027-01 周例会",
      planId,
      orderHint: " !",
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("MaximumBucketsInProject");
  });

  it("answers 403 MaximumTasksInProject for the task past the plan's limit", async () => {
    await callAdmin(emulator, "PUT", "/limits", { planner: { tasksPerPlan: countInPlan("tasks") + 1 } });
    expect((await createTask()).status).toBe(201);
    const refused = await createTask();
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("MaximumTasksInProject");
  });

  it("counts tasks that are not completed against the active-task limit, also when one is reopened", async () => {
    const done = await createTask({ percentComplete: 100 });
    expect(done.status).toBe(201);
    await callAdmin(emulator, "PUT", "/limits", { planner: { activeTasksPerPlan: countInPlan("tasks", true) + 1 } });
    expect((await createTask()).status).toBe(201);
    const refused = await createTask();
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("MaximumActiveTasksInProject");
    expect((await createTask({ percentComplete: 100 })).status).toBe(201);
    const reopened = await createClient(emulator, upn.admin)<ErrorBody>(
      "PATCH",
      `/planner/tasks/${done.body.id}`,
      { percentComplete: 50 },
      { "if-match": done.body["@odata.etag"] },
    );
    expect(reopened.status).toBe(403);
    expect(reopened.body.error.code).toBe("MaximumActiveTasksInProject");
  });

  it("limits assignees, checklist items and references per task", async () => {
    await callAdmin(emulator, "PUT", "/limits", {
      planner: { assigneesPerTask: 1, checklistItemsPerTask: 1, referencesPerTask: 1 },
    });
    const [first, second] = userIds;
    const two = await createTask({ assignments: { [first ?? ""]: assignment, [second ?? ""]: assignment } });
    expect(two.status).toBe(403);
    expect(two.body.error.code).toBe("MaximumAssigneesInTasks");
    const task = await createTask({ assignments: { [first ?? ""]: assignment } });
    expect(task.status).toBe(201);
    const call = createClient(emulator, upn.admin);
    const details = await call<{ "@odata.etag": string }>("GET", `/planner/tasks/${task.body.id}/details`);
    const item = { "@odata.type": "#microsoft.graph.plannerChecklistItem", title: "核对" };
    const checklist = await call<ErrorBody>(
      "PATCH",
      `/planner/tasks/${task.body.id}/details`,
      { checklist: { c1: item, c2: item } },
      { "if-match": details.body["@odata.etag"] },
    );
    expect(checklist.body.error.code).toBe("MaximumChecklistItemsOnTask");
    const reference = { "@odata.type": "microsoft.graph.plannerExternalReference", alias: "纪要" };
    const references = await call<ErrorBody>(
      "PATCH",
      `/planner/tasks/${task.body.id}/details`,
      { references: { "https%3A//a%2Eexample/1": reference, "https%3A//a%2Eexample/2": reference } },
      { "if-match": details.body["@odata.etag"] },
    );
    expect(references.status).toBe(403);
    expect(references.body.error.code).toBe("MaximumReferencesOnTask");
  });

  it("takes limits from the scenario", async () => {
    const other = createClient(emulator, upn.admin);
    emulator.emulator.loadScenario({
      ...loadScenarioFile(defaultScenarioPath),
      limits: { planner: { tasksPerPlan: 0 } },
    });
    try {
      const refused = await other<ErrorBody>("POST", "/planner/tasks", { planId, title: "x" });
      expect(refused.body.error.code).toBe("MaximumTasksInProject");
    } finally {
      emulator.emulator.loadScenario(loadScenarioFile(defaultScenarioPath));
    }
  });
});

describe("Planner open types", () => {
  it("needs @odata.type and an orderHint on a new assignment; takes the type with or without '#'", async () => {
    const [first] = userIds;
    const untyped = await createTask({ assignments: { [first ?? ""]: { orderHint: " !" } } });
    expect(untyped.status).toBe(400);
    expect(untyped.body.error.message).toContain("@odata.type");
    const noHint = await createTask({
      assignments: { [first ?? ""]: { "@odata.type": "#microsoft.graph.plannerAssignment" } },
    });
    expect(noHint.status).toBe(400);
    expect(noHint.body.error.message).toContain("orderHint");
    const bare = await createTask({
      assignments: { [first ?? ""]: { "@odata.type": "microsoft.graph.plannerAssignment", orderHint: " !" } },
    });
    expect(bare.status).toBe(201);
  });

  it("needs @odata.type and a property on checklist items and references", async () => {
    const task = await createTask();
    const call = createClient(emulator, upn.admin);
    const details = await call<{ "@odata.etag": string }>("GET", `/planner/tasks/${task.body.id}/details`);
    const patch = (body: unknown) =>
      call<ErrorBody>("PATCH", `/planner/tasks/${task.body.id}/details`, body, {
        "if-match": details.body["@odata.etag"],
      });
    expect((await patch({ checklist: { c1: { title: "核对" } } })).status).toBe(400);
    expect((await patch({ references: { "https%3A//a%2Eexample": { alias: "纪要" } } })).status).toBe(400);
    const empty = await patch({ checklist: { c1: { "@odata.type": "#microsoft.graph.plannerChecklistItem" } } });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toContain("no properties");
  });
});

describe("Planner order hints", () => {
  it("takes '<previous> <next>!' hints, refuses others and a value the service returned, and stores its own", async () => {
    const call = createClient(emulator, upn.admin);
    const malformed = await call<ErrorBody>("POST", "/planner/buckets", { name: "乱序", planId, orderHint: "abc" });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toContain("order hint");
    const created = await call<Bucket>("POST", "/planner/buckets", { name: "首位", planId, orderHint: " !" });
    expect(created.status).toBe(201);
    expect(created.body.orderHint).not.toBe(" !");
    const echoed = await call<ErrorBody>(
      "PATCH",
      `/planner/buckets/${created.body.id}`,
      { orderHint: created.body.orderHint },
      { "if-match": created.body["@odata.etag"] },
    );
    expect(echoed.status).toBe(400);
    const moved = await call(
      "PATCH",
      `/planner/buckets/${created.body.id}`,
      { orderHint: `${created.body.orderHint} !` },
      { "if-match": created.body["@odata.etag"] },
    );
    expect(moved.status).toBe(204);
    expect((await createTask({ orderHint: "\u4e00 !" })).status).toBe(400);
  });
});
