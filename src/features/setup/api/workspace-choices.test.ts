import { describe, expect, it } from "vitest";
import { createSetupGraph } from "../testing/render-setup";
import { listMyGroups } from "./workspace-choices";

describe("listMyGroups", () => {
  it("asks for visibility and maps it into our own words; only Microsoft 365 groups are choices", async () => {
    const graph = createSetupGraph([
      { id: "a", displayName: "云栈管理层", visibility: "Private" },
      { id: "b", displayName: "云栈全员", visibility: "Public" },
      { id: "c", displayName: "董事会", visibility: "HiddenMembership" },
      { id: "d", displayName: "老群组", visibility: null },
      { id: "e", displayName: "安全组", visibility: null, groupTypes: [] },
    ]);
    const groups = await listMyGroups(graph.client);
    expect(graph.requested).toEqual([
      "/me/memberOf/microsoft.graph.group?$select=id,displayName,groupTypes,visibility&$top=100",
    ]);
    expect(groups.map((g) => [g.name, g.visibility])).toEqual([
      ["董事会", "hiddenMembership"],
      ["老群组", "public"],
      ["云栈管理层", "private"],
      ["云栈全员", "public"],
    ]);
  });
});
