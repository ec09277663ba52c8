import { describe, expect, it } from "vitest";
import type { TeamsContextLike } from "./map-teams-context";
import { mapHostName, mapTeamsContext, mapTeamsTheme } from "./map-teams-context";

function buildTeamsContext(overrides: Partial<TeamsContextLike> = {}): TeamsContextLike {
  return {
    app: { locale: "zh-cn", theme: "default", host: { name: "Teams" } },
    page: { frameContext: "sidePanel" },
    user: { id: "user-oid", userPrincipalName: "lin@contoso.com", tenant: { id: "tenant-id" } },
    chat: { id: "19:meeting_abc@thread.v2" },
    meeting: { id: "meeting-id" },
    ...overrides,
  };
}

describe("mapTeamsContext", () => {
  it("maps a meeting side panel", () => {
    expect(mapTeamsContext(buildTeamsContext(), "Asia/Shanghai")).toEqual({
      host: "teams",
      hostName: "Teams",
      frame: "sidePanel",
      chatId: "19:meeting_abc@thread.v2",
      meetingId: "meeting-id",
      locale: "zh-CN",
      theme: "light",
      userPrincipalName: "lin@contoso.com",
      userObjectId: "user-oid",
      tenantId: "tenant-id",
      timeZone: "Asia/Shanghai",
    });
  });

  it.each([
    ["settings", "settings"],
    ["remove", "remove"],
    ["meetingStage", "meetingStage"],
    ["stage", "content"],
    ["task", "content"],
  ])("maps frameContext %s to %s", (frameContext, frame) => {
    expect(mapTeamsContext(buildTeamsContext({ page: { frameContext } }), "UTC").frame).toBe(frame);
  });

  it("tells a chat tab from a personal tab, both frameContext content", () => {
    const chatTab = buildTeamsContext({ page: { frameContext: "content" } });
    const personalTab = { ...chatTab, chat: undefined, meeting: undefined };
    expect(mapTeamsContext(chatTab, "UTC").frame).toBe("content");
    expect(mapTeamsContext(personalTab, "UTC").frame).toBe("personal");
  });

  it("takes a channel meeting's team group as the default workspace", () => {
    const channel = buildTeamsContext({ channel: { id: "19:general@thread.tacv2", ownerGroupId: "group-1" } });
    expect(mapTeamsContext(channel, "UTC").teamGroupId).toBe("group-1");
    expect(mapTeamsContext(buildTeamsContext({ team: { groupId: "group-2" } }), "UTC").teamGroupId).toBe("group-2");
    expect(mapTeamsContext(buildTeamsContext(), "UTC")).not.toHaveProperty("teamGroupId");
  });

  it("falls back to loginHint and omits missing identity fields", () => {
    const context = mapTeamsContext(buildTeamsContext({ user: { loginHint: "wang@contoso.com" } }), "UTC");
    expect(context.userPrincipalName).toBe("wang@contoso.com");
    expect(context).not.toHaveProperty("userObjectId");
    expect(context).not.toHaveProperty("tenantId");
  });

  it("canonicalizes the locale and survives a malformed one", () => {
    expect(
      mapTeamsContext(buildTeamsContext({ app: { locale: "en-us", theme: "dark", host: { name: "Outlook" } } }), "UTC"),
    ).toMatchObject({
      locale: "en-US",
      theme: "dark",
      hostName: "Outlook",
    });
    expect(
      mapTeamsContext(
        buildTeamsContext({ app: { locale: "not a locale!", theme: "x", host: { name: "Teams" } } }),
        "UTC",
      ).locale,
    ).toBe("en-US");
  });
});

describe("mapTeamsTheme", () => {
  it.each([
    ["default", "light"],
    ["dark", "dark"],
    ["contrast", "contrast"],
    ["glass", "light"],
  ])("%s → %s", (theme, expected) => {
    expect(mapTeamsTheme(theme)).toBe(expected);
  });
});

describe("mapHostName", () => {
  it.each([
    ["Teams", "Teams"],
    ["TeamsModern", "Teams"],
    ["Outlook", "Outlook"],
    ["OutlookWin32", "Outlook"],
    ["Office", "Office"],
    ["Places", "Office"],
  ])("%s → %s", (name, expected) => {
    expect(mapHostName(name)).toBe(expected);
  });
});
