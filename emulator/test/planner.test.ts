import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, startTestEmulator, upn } from "./support.ts";
import type { StartedEmulator } from "../start-emulator.ts";

type Task = {
  id: string;
  "@odata.etag": string;
  title: string;
  percentComplete: number;
  completedDateTime: string | null;
};
type ErrorBody = { error: { code: string; message: string } };

let emulator: StartedEmulator;
let planId: string;
beforeAll(async () => {
  emulator = await startTestEmulator();
  planId = Object.keys(emulator.emulator.getState().planner.plans)[0] ?? "";
});
afterAll(async () => {
  await emulator.close();
});

async function createTask(): Promise<Task> {
  const response = await createClient(emulator, upn.admin)<Task>("POST", "/planner/tasks", {
    planId,
    title: "整理双十一退货数据",
  });
  expect(response.status).toBe(201);
  return response.body;
}

describe("planner", () => {
  it("rejects an unknown property on POST and PATCH, naming it", async () => {
    const call = createClient(emulator, upn.admin);
    const post = await call<ErrorBody>("POST", "/planner/tasks", { planId, title: "x", owner: upn.gm });
    expect(post.status).toBe(400);
    expect(post.body.error.message).toContain("'owner' does not exist on type 'microsoft.graph.plannerTask'");
    const task = await createTask();
    const patch = await call<ErrorBody>(
      "PATCH",
      `/planner/tasks/${task.id}`,
      { standardOfDone: "x" },
      { "if-match": task["@odata.etag"] },
    );
    expect(patch.status).toBe(400);
    expect(patch.body.error.message).toContain("standardOfDone");
  });

  it("requires If-Match on PATCH and answers 412 to a stale etag", async () => {
    const call = createClient(emulator, upn.admin);
    const task = await createTask();
    const missing = await call<ErrorBody>("PATCH", `/planner/tasks/${task.id}`, { percentComplete: 50 });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/If-Match/);
    const first = await call(
      "PATCH",
      `/planner/tasks/${task.id}`,
      { percentComplete: 50 },
      { "if-match": task["@odata.etag"] },
    );
    expect(first.status).toBe(204);
    const stale = await call<ErrorBody>(
      "PATCH",
      `/planner/tasks/${task.id}`,
      { percentComplete: 100 },
      { "if-match": task["@odata.etag"] },
    );
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe("PreconditionFailed");
  });

  it("returns the updated task with Prefer: return=representation and a new etag", async () => {
    const call = createClient(emulator, upn.admin);
    const task = await createTask();
    const updated = await call<Task>(
      "PATCH",
      `/planner/tasks/${task.id}`,
      { percentComplete: 100 },
      { "if-match": task["@odata.etag"], prefer: "return=representation" },
    );
    expect(updated.status).toBe(200);
    expect(updated.body.percentComplete).toBe(100);
    expect(updated.body.completedDateTime).not.toBeNull();
    expect(updated.body["@odata.etag"]).not.toBe(task["@odata.etag"]);
    expect(updated.body["@odata.etag"]).toMatch(/^W\/"[A-Za-z0-9+/=]+"$/);
  });

  it("checks reference keys in task details and keeps the counters", async () => {
    const call = createClient(emulator, upn.admin);
    const task = await createTask();
    const details = await call<{ "@odata.etag": string }>("GET", `/planner/tasks/${task.id}/details`);
    const bad = await call(
      "PATCH",
      `/planner/tasks/${task.id}/details`,
      { references: { "https://x.example/a": { alias: "a" } } },
      { "if-match": details.body["@odata.etag"] },
    );
    expect(bad.status).toBe(400);
    const good = await call(
      "PATCH",
      `/planner/tasks/${task.id}/details`,
      {
        references: {
          "https%3A//x%2Eexample/a": { "@odata.type": "microsoft.graph.plannerExternalReference", alias: "a" },
        },
        checklist: { c1: { "@odata.type": "microsoft.graph.plannerChecklistItem", title: "核对" } },
      },
      { "if-match": details.body["@odata.etag"] },
    );
    expect(good.status).toBe(204);
    const after = await call<{ referenceCount: number; checklistItemCount: number }>(
      "GET",
      `/planner/tasks/${task.id}`,
    );
    expect(after.body).toMatchObject({ referenceCount: 1, checklistItemCount: 1 });
  });

  it("keeps non-members of the group out of the plan", async () => {
    const response = await createClient(emulator, upn.outsider)<ErrorBody>("GET", `/planner/plans/${planId}/tasks`);
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe("Authorization_RequestDenied");
  });
});
