// Deleted and disabled users as Microsoft Entra ID has them. Deleting a user moves it to deleted
// items: GET /users/{id} answers 404 (api-reference/v1.0/api/user-delete.md) and it leaves its
// groups, while Planner keeps its id in task assignments (api-reference/v1.0/resources/plannerassignments.md).
// A disabled account stays in the directory and its groups with accountEnabled false
// (api-reference/v1.0/resources/user.md) and can no longer sign in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultScenarioPath, loadScenarioFile } from "../scenario/load.ts";
import { callAdmin, createClient, startTestEmulator, upn } from "./support.ts";
import type { StartedEmulator } from "../start-emulator.ts";

const groupId = "5b9fcea3-2a7b-42a4-bf6e-1927c23bacca";
const planId = "jnVTfBjp90XMvMWirTLXXWCM51KN";
const leaver = "chen.xiaodong@yunzhan.example";

let emulator: StartedEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

async function listMemberUpns(): Promise<string[]> {
  const response = await createClient(emulator, upn.gm)<{ value: { userPrincipalName: string }[] }>(
    "GET",
    `/groups/${groupId}/members/microsoft.graph.user?$select=id,userPrincipalName,accountEnabled`,
  );
  expect(response.status).toBe(200);
  return response.body.value.map((u) => u.userPrincipalName);
}

describe("the directory", () => {
  it("keeps a deleted user's Planner assignment while the directory forgets the user", async () => {
    await callAdmin(emulator, "POST", "/scenario", loadScenarioFile(defaultScenarioPath));
    const gm = createClient(emulator, upn.gm);
    const leaverId = (await gm<{ id: string }>("GET", `/users/${leaver}?$select=id`)).body.id;
    const task = await gm<{ id: string; "@odata.etag": string }>("POST", "/planner/tasks", {
      planId,
      title: "盘点华东仓",
      assignments: { [leaverId]: { "@odata.type": "#microsoft.graph.plannerAssignment", orderHint: " !" } },
    });
    expect(await listMemberUpns()).toContain(leaver);

    expect((await callAdmin(emulator, "POST", `/users/${encodeURIComponent(leaver)}/delete`)).status).toBe(204);

    expect((await gm("GET", `/users/${leaverId}`)).status).toBe(404);
    expect((await gm("GET", `/users/${leaver}`)).status).toBe(404);
    expect(await listMemberUpns()).not.toContain(leaver);
    expect((await createClient(emulator, leaver)("GET", "/me")).status).toBe(401);
    const read = await gm<{ assignments: Record<string, unknown>; "@odata.etag": string }>(
      "GET",
      `/planner/tasks/${task.body.id}`,
    );
    expect(Object.keys(read.body.assignments)).toEqual([leaverId]);
    const moved = await gm(
      "PATCH",
      `/planner/tasks/${task.body.id}`,
      { assignments: { [leaverId]: null } },
      { "if-match": read.body["@odata.etag"] },
    );
    expect(moved.status).toBe(204);
  });

  it("keeps a disabled user in the group with accountEnabled false, unable to sign in", async () => {
    await callAdmin(emulator, "POST", "/scenario", loadScenarioFile(defaultScenarioPath));
    const change = await callAdmin(emulator, "PATCH", `/users/${upn.customerService}`, { accountEnabled: false });
    expect(change.status).toBe(204);
    const user = await createClient(emulator, upn.gm)<{ accountEnabled: boolean }>(
      "GET",
      `/users/${upn.customerService}?$select=id,accountEnabled`,
    );
    expect(user.body.accountEnabled).toBe(false);
    expect(await listMemberUpns()).toContain(upn.customerService);
    expect((await createClient(emulator, upn.customerService)("GET", "/me")).status).toBe(401);
    expect((await callAdmin(emulator, "PATCH", `/users/${upn.customerService}`, { enabled: 1 })).status).toBe(400);
  });

  it("loads a scenario whose users were deleted or disabled before", async () => {
    const scenario = loadScenarioFile(defaultScenarioPath);
    const users = scenario.users.map((u) =>
      u.userPrincipalName === leaver ? { ...u, deletedDateTime: "2026-10-31T00:00:00Z" } : u,
    );
    expect((await callAdmin(emulator, "POST", "/scenario", { ...scenario, users })).status).toBe(200);
    expect(await listMemberUpns()).not.toContain(leaver);
  });
});
