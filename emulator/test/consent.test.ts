// Permissions withheld from a user, as a tenant without consent has them: the token endpoint
// refuses the scope with Entra ID's error, and Graph answers a token without the permission 403
// (https://learn.microsoft.com/graph/resolve-auth-errors) or, for one's own group memberships,
// "limited information" (https://learn.microsoft.com/graph/permissions-overview#limited-information-returned-for-inaccessible-member-objects).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { defaultScenarioPath, loadScenarioFile } from "../scenario/load.ts";
import { callAdmin, createClient, startTestEmulator, upn } from "./support.ts";
import type { StartedEmulator } from "../start-emulator.ts";

const groupId = "5b9fcea3-2a7b-42a4-bf6e-1927c23bacca";
const window = "startDateTime=2026-11-27T00:00:00Z&endDateTime=2026-12-31T00:00:00Z";

let emulator: StartedEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(async () => {
  await callAdmin(emulator, "POST", "/scenario", loadScenarioFile(defaultScenarioPath));
});

async function requestToken(username: string, scope: string) {
  const response = await fetch(`${emulator.url}/graph/_auth/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, scope }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function withhold(user: string, withheldScopes: string[]): Promise<void> {
  expect((await callAdmin(emulator, "PATCH", `/users/${user}`, { withheldScopes })).status).toBe(204);
}

describe("the token endpoint", () => {
  it("grants the scopes of a user who withholds none", async () => {
    expect(await requestToken(upn.gm, "User.Read GroupMember.Read.All")).toEqual({
      status: 200,
      body: expect.objectContaining({
        access_token: `emu:${upn.gm}`,
        scope: "User.Read GroupMember.Read.All",
      }) as unknown,
    });
  });

  it("refuses a withheld scope as Entra ID does: admin-only with AADSTS90094, else AADSTS65004", async () => {
    await withhold(upn.gm, ["GroupMember.Read.All", "Tasks.ReadWrite"]);
    const adminOnly = await requestToken(upn.gm, "User.Read GroupMember.Read.All");
    expect(adminOnly.status).toBe(400);
    expect(adminOnly.body).toMatchObject({
      error: "invalid_grant",
      error_codes: [90094],
      suberror: "consent_required",
    });
    expect(adminOnly.body.error_description).toMatch(/^AADSTS90094: .*GroupMember\.Read\.All/);
    const declined = await requestToken(upn.gm, "Tasks.ReadWrite");
    expect(declined.body).toMatchObject({ error: "access_denied", error_codes: [65004] });
    expect((await requestToken(upn.gm, "User.Read Chat.ReadBasic")).status).toBe(200);
    expect((await requestToken("nobody@yunzhan.example", "User.Read")).body).toMatchObject({ error_codes: [50034] });
  });
});

describe("Graph with a token lacking a permission", () => {
  it("answers the directory's 403 for group members and owners, and lists one's own groups with limited information", async () => {
    await withhold(upn.gm, ["GroupMember.Read.All"]);
    const call = createClient(emulator, upn.gm);
    for (const path of [`/groups/${groupId}/members/microsoft.graph.user`, `/groups/${groupId}/owners`]) {
      const refused = await call("GET", path);
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({
        error: { code: "Authorization_RequestDenied", message: "Insufficient privileges to complete the operation." },
      });
    }
    const groups = await call<{ value: Record<string, unknown>[] }>(
      "GET",
      "/me/memberOf/microsoft.graph.group?$select=id,displayName,groupTypes,visibility",
    );
    expect(groups.status).toBe(200);
    expect(groups.body.value.length).toBeGreaterThan(0);
    for (const group of groups.body.value) expect(Object.keys(group).sort()).toEqual(["@odata.type", "id"]);
    expect((await call("GET", `/me/calendarView?${window}`)).status).toBe(200);
  });

  it("refuses the calendar without Calendars.ReadBasic, inside $batch too, naming what the API accepts", async () => {
    const scenario = loadScenarioFile(defaultScenarioPath);
    const ops = scenario.users.find((u) => u.userPrincipalName === upn.operations);
    if (!ops) throw new Error("the scenario has the operations director");
    ops.withheldScopes = ["Calendars.ReadBasic"];
    expect((await callAdmin(emulator, "POST", "/scenario", scenario)).status).toBe(200);
    const call = createClient(emulator, upn.operations);
    const refused = await call("GET", `/me/calendarView?${window}`);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      error: { code: "Forbidden", message: expect.stringContaining("Calendars.ReadBasic") as unknown },
    });
    const batch = await call<{ responses: { id: string; status: number }[] }>("POST", "/$batch", {
      requests: [
        { id: "1", method: "GET", url: `/me/calendarView?${window}` },
        { id: "2", method: "GET", url: "/me" },
      ],
    });
    expect(batch.body.responses.map((r) => [r.id, r.status]).sort()).toEqual([
      ["1", 403],
      ["2", 200],
    ]);
  });
});
