import { describe, expect, it } from "vitest";
import { allScopes, operationScopes, scopesFor } from "./scopes";

describe("operationScopes", () => {
  // Changing this snapshot changes what users and admins consent to: review it as such.
  it("pins every operation's delegated scopes", () => {
    expect(operationScopes).toEqual({
      getMe: ["User.Read"],
      getChat: ["Chat.ReadBasic"],
      listChatMembers: ["Chat.ReadBasic"],
      listChatMessages: ["Chat.Read"],
      postChatMessage: ["ChatMessage.Send"],
      listCalendarView: ["Calendars.Read"],
      getEvent: ["Calendars.Read"],
      listEventInstances: ["Calendars.Read"],
      getMailboxSettings: ["MailboxSettings.Read"],
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
      listMyGroupIds: ["User.Read"],
      listMyPlannerTasks: ["Tasks.ReadWrite"],
    });
  });

  it("derives the sorted consent set", () => {
    expect(allScopes()).toEqual([
      "Calendars.Read",
      "Chat.Read",
      "Chat.ReadBasic",
      "ChatMessage.Send",
      "Files.ReadWrite.All",
      "GroupMember.Read.All",
      "MailboxSettings.Read",
      "Sites.Manage.All",
      "Sites.ReadWrite.All",
      "Tasks.ReadWrite",
      "User.Read",
      "User.ReadBasic.All",
    ]);
  });

  it("hands out a copy, so callers cannot widen the map", () => {
    const scopes = scopesFor("getMe");
    scopes.push("Directory.ReadWrite.All");
    expect(operationScopes.getMe).toEqual(["User.Read"]);
  });
});
