import { describe, expect, it } from "vitest";
import { AuthError } from "@/lib/auth/auth-error";
import { GraphRequestError, readGraphError, toAppError } from "./errors";

function graphError(status: number, message = "Something went wrong", code = "SomeCode"): GraphRequestError {
  return new GraphRequestError({ status, code, message, requestId: "req-1" });
}

describe("readGraphError", () => {
  it("reads Graph's error envelope", () => {
    const body = {
      error: {
        code: "ErrorItemNotFound",
        message: "The specified object was not found.",
        innerError: { "request-id": "abc", date: "2025-03-10T08:00:00" },
      },
    };
    expect(readGraphError(404, body)).toEqual({
      status: 404,
      code: "ErrorItemNotFound",
      message: "The specified object was not found.",
      requestId: "abc",
      body,
    });
  });

  it("prefers the request-id header and survives a body that is not Graph's", () => {
    expect(readGraphError(502, "<html>Bad gateway</html>", "hdr-id")).toEqual({
      status: 502,
      code: "http502",
      message: "Graph request failed with HTTP 502",
      requestId: "hdr-id",
      body: "<html>Bad gateway</html>",
    });
  });
});

describe("toAppError", () => {
  it.each([
    [401, "unauthenticated"],
    [403, "forbidden"],
    [404, "notFound"],
    [409, "conflict"],
    [412, "preconditionFailed"],
    [429, "throttled"],
    [400, "badRequest"],
    [422, "badRequest"],
    [500, "server"],
    [503, "server"],
    [418, "unknown"],
  ])("maps HTTP %i to %s", (status, kind) => {
    expect(toAppError(graphError(status), true)).toMatchObject({ kind, status, code: "SomeCode", requestId: "req-1" });
  });

  it("recognises a chat the user is not a member of", () => {
    expect(toAppError(graphError(403, "Forbidden: User is not a member of the chat."), true).kind).toBe("notMember");
  });

  it("keeps the Retry-After of a throttled request", () => {
    const error = new GraphRequestError({
      status: 429,
      code: "TooManyRequests",
      message: "Please retry again later.",
      retryAfterMs: 10_000,
    });
    expect(toAppError(error, true)).toMatchObject({ kind: "throttled", retryAfterMs: 10_000 });
  });

  it("treats network failures and an offline browser as offline", () => {
    expect(toAppError(new TypeError("Failed to fetch"), true).kind).toBe("offline");
    expect(toAppError(new Error("boom"), false).kind).toBe("offline");
    expect(toAppError(new Error("boom"), true)).toMatchObject({ kind: "unknown", message: "boom" });
  });

  it("passes the auth failure's kind through", () => {
    expect(toAppError(new AuthError("popupBlocked", "Error opening popup window."), true)).toMatchObject({
      kind: "unauthenticated",
      authKind: "popupBlocked",
    });
  });
});

describe("toAppError for a permission not granted", () => {
  it("names the scopes Entra ID refused, and whether an administrator must grant them", () => {
    const refused = new AuthError("consentRequired", "AADSTS65001", { scopes: ["GroupMember.Read.All"] });
    expect(toAppError(refused, true)).toMatchObject({
      kind: "consentRequired",
      authKind: "consentRequired",
      message: "GroupMember.Read.All",
      consent: { scopes: ["GroupMember.Read.All"], needsAdmin: true },
    });
    const declined = new AuthError("consentRequired", "AADSTS65004", { scopes: ["Tasks.ReadWrite"] });
    expect(toAppError(declined, true).consent).toEqual({ scopes: ["Tasks.ReadWrite"], needsAdmin: false });
  });

  it("reads Graph's Insufficient privileges on an operation whose scope needs an administrator", () => {
    const denied = (message: string, scopes: string[]) =>
      new GraphRequestError({ status: 403, code: "Authorization_RequestDenied", message, scopes });
    expect(
      toAppError(denied("Insufficient privileges to complete the operation.", ["GroupMember.Read.All"]), true),
    ).toMatchObject({ kind: "consentRequired", consent: { scopes: ["GroupMember.Read.All"], needsAdmin: true } });
    expect(
      toAppError(
        new Error("members unreadable", {
          cause: denied("Insufficient privileges to complete the operation.", ["GroupMember.Read.All"]),
        }),
        true,
      ).kind,
    ).toBe("consentRequired");
    // The same code for a non-member, or on a scope any user may consent to, is not about consent.
    expect(
      toAppError(
        denied("Insufficient privileges: lin@contoso.com is not a member of group 'x'.", ["GroupMember.Read.All"]),
        true,
      ).kind,
    ).toBe("notMember");
    expect(
      toAppError(denied("Insufficient privileges to complete the operation.", ["User.ReadBasic.All"]), true).kind,
    ).toBe("forbidden");
  });
});

describe("toAppError for the workspace store's errors", () => {
  it("maps a record conflict and a non-member by their kind", () => {
    const conflict = Object.assign(new Error("changed since it was read"), { kind: "recordConflict" });
    const notMember = Object.assign(new Error("not a member"), { kind: "notMember" });
    expect(toAppError(conflict, true).kind).toBe("conflict");
    expect(toAppError(notMember, true).kind).toBe("notMember");
  });
});
