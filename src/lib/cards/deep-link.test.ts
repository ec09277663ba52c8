import { describe, expect, it } from "vitest";
import { buildTabDeepLink, MAX_DEEP_LINK_LENGTH } from "./deep-link";

const chatId = "19:meeting_NjRhZDk0ZTMtYjk2Zi00OTFlLWI1ZjEtYjU2YjFhZjA3ZjQw@thread.v2";
const subPageId = "report/2026-11-30T05:30:00.000Z/departments-1?x=1&y=#z";
const base = { appId: "fe4a8eba-2a31-4737-8e33-e5fae6fee194", entityId: "meetloop-agenda", chatId, subPageId };

describe("buildTabDeepLink", () => {
  it("links to the tab in the meeting chat, with chatId and subEntityId that decode back", () => {
    const link = buildTabDeepLink({
      ...base,
      label: "周例会 议程",
      webUrl: "https://meetloop.example.com/tab?x=1&y=2",
    });
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe(`https://teams.microsoft.com/l/entity/${base.appId}/meetloop-agenda`);
    expect(url.searchParams.get("webUrl")).toBe("https://meetloop.example.com/tab?x=1&y=2");
    expect(url.searchParams.get("label")).toBe("周例会 议程");
    const context: unknown = JSON.parse(url.searchParams.get("context") ?? "null");
    expect(context).toEqual({ subEntityId: subPageId, chatId, contextType: "chat" });
    expect([...url.searchParams.keys()]).toEqual(["webUrl", "label", "context"]);
  });

  it("encodes every query value with encodeURIComponent (spaces as %20, never + or raw JSON)", () => {
    const link = buildTabDeepLink({ ...base, label: "Weekly meeting" });
    const query = link.slice(link.indexOf("?") + 1);
    expect(query).toContain("label=Weekly%20meeting");
    expect(query).not.toMatch(/[ +{}"#]/);
    expect(query).toContain(
      `context=${encodeURIComponent(JSON.stringify({ subEntityId: subPageId, chatId, contextType: "chat" }))}`,
    );
  });

  it("encodes the path segments", () => {
    const url = new URL(buildTabDeepLink({ appId: "app id", entityId: "tab/1" }));
    expect(url.pathname).toBe("/l/entity/app%20id/tab%2F1");
    expect(url.search).toBe("");
  });

  it("adds tenantId and openInMeeting=false when asked", () => {
    const url = new URL(buildTabDeepLink({ ...base, tenantId: "t-1", openInMeeting: false }));
    expect(url.searchParams.get("tenantId")).toBe("t-1");
    expect(url.searchParams.get("openInMeeting")).toBe("false");
  });

  it("cleans and shortens the label", () => {
    const url = new URL(buildTabDeepLink({ ...base, label: `a\u0000b\n${"长".repeat(500)}` }));
    const label = url.searchParams.get("label") ?? "";
    expect(label.startsWith("ab 长")).toBe(true);
    expect(label.endsWith("…")).toBe(true);
    expect(Array.from(label).length).toBeLessThanOrEqual(60);
  });

  it("refuses a fallback URL that is not https", () => {
    expect(() => buildTabDeepLink({ ...base, webUrl: "javascript:alert(1)" })).toThrow(TypeError);
    expect(() => buildTabDeepLink({ ...base, webUrl: "/relative" })).toThrow(TypeError);
  });

  it("refuses links Teams on Windows could not open", () => {
    expect(() => buildTabDeepLink({ ...base, subPageId: "x".repeat(MAX_DEEP_LINK_LENGTH) })).toThrow(RangeError);
    expect(() => buildTabDeepLink({ ...base, appId: " " })).toThrow(TypeError);
  });

  it("opens the Teams client of the cloud it is given (21Vianet: teams.microsoftonline.cn)", () => {
    const url = new URL(buildTabDeepLink({ ...base, teamsOrigin: "https://teams.microsoftonline.cn" }));
    expect(url.origin).toBe("https://teams.microsoftonline.cn");
    expect(url.pathname.startsWith("/l/entity/")).toBe(true);
  });
});
