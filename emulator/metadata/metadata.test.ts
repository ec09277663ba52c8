import { describe, expect, it } from "vitest";
import { checkObject } from "./check-body.ts";
import { loadMetadataIndex } from "./load-index.ts";
import { resolveResourcePath } from "./resolve-path.ts";

const index = loadMetadataIndex();

describe("resolveResourcePath", () => {
  it("walks singletons, keys, navigation properties and casts", () => {
    expect(resolveResourcePath(index, "/me/events/AAMk1/instances", "u1")).toMatchObject({
      template: "users/{}/events/{}/instances",
      keys: ["u1", "AAMk1"],
      type: "microsoft.graph.event",
      target: "collection",
      navigation: { name: "instances", requiredQuery: ["startDateTime", "endDateTime"] },
    });
    expect(resolveResourcePath(index, "/me/memberOf/microsoft.graph.group", "u1").template).toBe("users/{}/memberOf/microsoft.graph.group");
    expect(resolveResourcePath(index, "/planner/tasks/t1/details", undefined).navigation?.ifMatchRequired).toBe(true);
  });

  it("addresses drive items by path", () => {
    const resolved = resolveResourcePath(index, "/drives/b!x/root:/会议/agenda.json:/content", undefined);
    expect(resolved).toMatchObject({ template: "drives/{}/root:{}/content", keys: ["b!x", "会议/agenda.json"], target: "value" });
  });

  it("rejects unknown segments and key access the metadata forbids", () => {
    expect(() => resolveResourcePath(index, "/me/meetings", "u1")).toThrow("Resource not found for the segment 'meetings'.");
    expect(() => resolveResourcePath(index, "/me/calendarView/AAMk1", "u1")).toThrow(/cannot be addressed by key/);
  });
});

describe("checkObject", () => {
  it("accepts a valid planner task with open-type assignments", () => {
    const task = { planId: "p", title: "t", dueDateTime: "2026-12-01T00:00:00Z", assignments: { "user-1": { "@odata.type": "#microsoft.graph.plannerAssignment", orderHint: " !" } } };
    expect(checkObject(index, "microsoft.graph.plannerTask", task)).toBeUndefined();
  });

  it("names unknown properties and wrong JSON types", () => {
    expect(checkObject(index, "microsoft.graph.plannerTask", { title: "t", owner: "x" })).toMatch(/body\.owner: the property 'owner' does not exist on type 'microsoft\.graph\.plannerTask'/);
    expect(checkObject(index, "microsoft.graph.plannerTask", { percentComplete: "50" })).toMatch(/body\.percentComplete: expected an integer/);
    expect(checkObject(index, "microsoft.graph.plannerTask", { dueDateTime: "next friday" })).toMatch(/ISO 8601/);
    expect(checkObject(index, "microsoft.graph.chatMessage", { body: { contentType: "markdown", content: "x" } })).toMatch(/'markdown' is not a member/);
  });

  it("lets @odata.type pick a derived type", () => {
    const member = { "@odata.type": "#microsoft.graph.aadUserConversationMember", roles: [], userId: "x" };
    expect(checkObject(index, "microsoft.graph.conversationMember", member)).toBeUndefined();
    expect(checkObject(index, "microsoft.graph.conversationMember", { roles: [], userId: "x" })).toMatch(/'userId' does not exist/);
  });

  it("accepts @odata.bind on navigation properties only, with a URL or an array of URLs", () => {
    const app = "https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/a1";
    expect(checkObject(index, "microsoft.graph.teamsTab", { displayName: "t", "teamsApp@odata.bind": app })).toBeUndefined();
    expect(checkObject(index, "microsoft.graph.teamsTab", { "displayName@odata.bind": app })).toMatch(/not a navigation property/);
    expect(checkObject(index, "microsoft.graph.teamsTab", { "teamsApp@odata.bind": [app] })).toMatch(/expected an entity URL string/);
    expect(checkObject(index, "microsoft.graph.group", { "members@odata.bind": ["https://graph.microsoft.com/v1.0/directoryObjects/u1"] })).toBeUndefined();
    expect(checkObject(index, "microsoft.graph.group", { "members@odata.bind": "https://graph.microsoft.com/v1.0/directoryObjects/u1" })).toMatch(/array of entity URLs/);
  });
});
