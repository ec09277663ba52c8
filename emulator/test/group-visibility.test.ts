// A group's visibility as Graph documents it (api-reference/v1.0/resources/group.md, "visibility"
// and "Group visibility options"): Public, Private or HiddenMembership, returned by default and on
// $select, null when unset. A Microsoft 365 group created without one is Public, and an empty
// value is interpreted as Public (api-reference/v1.0/api/group-update.md).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultScenarioPath, loadScenarioFile } from "../scenario/load.ts";
import { callAdmin, createClient, startTestEmulator, upn } from "./support.ts";
import type { StartedEmulator } from "../start-emulator.ts";

type Group = { id: string; displayName?: string; visibility?: string | null; "@odata.type"?: string };

const pickerPath = "/me/memberOf/microsoft.graph.group?$select=id,displayName,groupTypes,visibility&$top=100";

let emulator: StartedEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

describe("group visibility", () => {
  it("lists a public and a private group for the demo organizer, with visibility on $select", async () => {
    const response = await createClient(emulator, upn.gm)<{ value: Group[] }>("GET", pickerPath);
    expect(response.status).toBe(200);
    const byName = new Map(response.body.value.map((g) => [g.displayName, g]));
    expect(byName.get("云栈管理层")?.visibility).toBe("Private");
    expect(byName.get("云栈全员")?.visibility).toBe("Public");
    // $select keeps what was asked (and the id); the cast's @odata.type annotation stays.
    expect(Object.keys(byName.get("云栈全员") ?? {}).sort()).toEqual(
      ["@odata.type", "displayName", "groupTypes", "id", "visibility"].sort(),
    );
  });

  it("returns visibility by default on GET /groups/{id}", async () => {
    const state = emulator.emulator.getState();
    const publicGroup = state.groups.find((g) => g.displayName === "云栈全员");
    const response = await createClient(emulator, upn.operations)<Group>("GET", `/groups/${publicGroup?.id ?? ""}`);
    expect(response.body.visibility).toBe("Public");
  });

  it("reads a scenario group without visibility as Public, keeps null and HiddenMembership as given", async () => {
    const scenario = loadScenarioFile(defaultScenarioPath) as unknown as { groups: Record<string, unknown>[] };
    const [first, second] = scenario.groups;
    if (!first || !second) throw new Error("the default scenario has two groups");
    const withoutVisibility = Object.fromEntries(Object.entries(second).filter(([key]) => key !== "visibility"));
    scenario.groups = [{ ...first, visibility: "HiddenMembership" }, withoutVisibility];
    expect((await callAdmin(emulator, "POST", "/scenario", scenario)).status).toBe(200);
    let listed = (await createClient(emulator, upn.gm)<{ value: Group[] }>("GET", pickerPath)).body.value;
    expect(listed.map((g) => [g.displayName, g.visibility])).toEqual([
      ["云栈管理层", "HiddenMembership"],
      ["云栈全员", "Public"],
    ]);

    scenario.groups = [{ ...first, visibility: null }, second];
    expect((await callAdmin(emulator, "POST", "/scenario", scenario)).status).toBe(200);
    listed = (await createClient(emulator, upn.gm)<{ value: Group[] }>("GET", pickerPath)).body.value;
    expect(listed.find((g) => g.displayName === "云栈管理层")).toHaveProperty("visibility", null);

    const invalid = await callAdmin(emulator, "POST", "/scenario", {
      ...scenario,
      groups: [{ ...first, visibility: "Secret" }],
    });
    expect(invalid.status).toBe(400);
    expect(JSON.stringify(invalid.body)).toContain("groups[0].visibility");
  });
});
