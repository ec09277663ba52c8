import { describe, expect, it } from "vitest";
import { adminConsentScopes, allScopes, listOperationsUsing, operationScopes, scopesFor, signInScopes } from "./scopes";
import { scopePurposes } from "./scope-purposes";

describe("operationScopes", () => {
  // Changing this snapshot changes what users and admins consent to: review it as such.
  it("pins every operation's delegated scopes", () => {
    expect(operationScopes).toEqual({
      getMe: ["User.Read"],
      getChat: ["Chat.ReadBasic"],
      listChatMembers: ["Chat.ReadBasic"],
      listChatMessages: ["Chat.Read"],
      postChatMessage: ["ChatMessage.Send"],
      softDeleteChatMessage: ["Chat.ReadWrite"],
      listCalendarView: ["Calendars.ReadBasic"],
      getEvent: ["Calendars.ReadBasic"],
      listEventInstances: ["Calendars.ReadBasic"],
      getOnlineMeeting: ["OnlineMeetings.Read"],
      listMyGroups: ["GroupMember.Read.All"],
      listPlannerBuckets: ["Tasks.ReadWrite"],
      createPlannerBucket: ["Tasks.ReadWrite"],
      listGroupPlans: ["Tasks.ReadWrite"],
      createPlannerPlan: ["Tasks.ReadWrite"],
      listPlannerTasks: ["Tasks.ReadWrite"],
      createPlannerTask: ["Tasks.ReadWrite"],
      updatePlannerTask: ["Tasks.ReadWrite"],
      deletePlannerTask: ["Tasks.ReadWrite"],
      getPlannerTask: ["Tasks.ReadWrite"],
      getPlannerTaskDetails: ["Tasks.ReadWrite"],
      updatePlannerTaskDetails: ["Tasks.ReadWrite"],
      getUser: ["User.ReadBasic.All"],
      getGroupSite: ["Sites.ReadWrite.All"],
      listListItems: ["Sites.ReadWrite.All"],
      listListItemVersions: ["Sites.ReadWrite.All"],
      createListItem: ["Sites.ReadWrite.All"],
      updateListItem: ["Sites.ReadWrite.All"],
      listSiteLists: ["Sites.ReadWrite.All"],
      createSiteList: ["Sites.Manage.All"],
      listListColumns: ["Sites.ReadWrite.All"],
      updateListColumn: ["Sites.Manage.All"],
      listGroupOwners: ["GroupMember.Read.All"],
      listGroupMembers: ["GroupMember.Read.All"],
      checkMyGroupMembership: ["User.Read"],
      uploadFile: ["Files.ReadWrite.All"],
      getDriveItem: ["Files.ReadWrite.All"],
      deleteDriveItem: ["Files.ReadWrite.All"],
      deleteListItem: ["Sites.ReadWrite.All"],
      listMyGroupIds: ["User.Read"],
      listMyPlannerTasks: ["Tasks.ReadWrite"],
    });
  });

  it("derives the sorted consent set", () => {
    expect(allScopes()).toEqual([
      "Calendars.ReadBasic",
      "Chat.Read",
      "Chat.ReadBasic",
      "Chat.ReadWrite",
      "ChatMessage.Send",
      "Files.ReadWrite.All",
      "GroupMember.Read.All",
      "OnlineMeetings.Read",
      "Sites.Manage.All",
      "Sites.ReadWrite.All",
      "Tasks.ReadWrite",
      "User.Read",
      "User.ReadBasic.All",
    ]);
  });

  it("signs in with the first screen's scopes only, and knows which need an administrator", () => {
    expect(signInScopes()).toEqual(["Calendars.ReadBasic", "Chat.ReadBasic", "User.Read"]);
    expect(adminConsentScopes()).toEqual(["GroupMember.Read.All"]);
    expect(listOperationsUsing("GroupMember.Read.All")).toEqual([
      "listMyGroups",
      "listGroupOwners",
      "listGroupMembers",
    ]);
  });

  it("says in both languages what every scope is for", () => {
    for (const language of ["zh-CN", "en-US"] as const) {
      expect(Object.keys(scopePurposes[language]).sort()).toEqual(allScopes());
      for (const sentence of Object.values(scopePurposes[language])) expect(sentence).toMatch(/[.。]$/);
    }
  });

  it("hands out a copy, so callers cannot widen the map", () => {
    const scopes = scopesFor("getMe");
    scopes.push("Directory.ReadWrite.All");
    expect(operationScopes.getMe).toEqual(["User.Read"]);
  });
});
