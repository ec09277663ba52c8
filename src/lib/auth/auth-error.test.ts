import { describe, expect, it } from "vitest";
import { AuthError, isConsentFailure, toAuthError } from "./auth-error";

describe("toAuthError", () => {
  it.each([
    [{ errorCode: "popup_window_error" }, "popupBlocked"],
    [{ errorCode: "empty_window_error" }, "popupBlocked"],
    [{ errorCode: "consent_required" }, "consentRequired"],
    [{ errorCode: "invalid_grant", subError: "consent_required" }, "consentRequired"],
    [{ errorCode: "access_denied", errorMessage: "AADSTS65004: User declined to consent" }, "consentRequired"],
    [{ errorCode: "user_cancelled" }, "signInFailed"],
    [{ errorCode: "invalid_grant" }, "signInFailed"],
  ])("classifies %o as %s", (msalError, kind) => {
    const error = toAuthError(msalError);
    expect(error).toBeInstanceOf(AuthError);
    expect(error.kind).toBe(kind);
    expect(error.cause).toBe(msalError);
  });

  it.each([
    ["AADSTS65001: The user or administrator has not consented to use the application.", false],
    ["AADSTS90094: The grant requires admin permission.", true],
    ["AADSTS90095: Admin consent is required; a request was sent.", true],
  ])("reads Entra's code in %s (administrator: %s) and names the scopes", (errorMessage, needsAdmin) => {
    const error = toAuthError({ errorCode: "invalid_grant", errorMessage }, { scopes: ["GroupMember.Read.All"] });
    expect(error).toMatchObject({ kind: "consentRequired", scopes: ["GroupMember.Read.All"], needsAdmin });
    expect(isConsentFailure({ errorCode: "invalid_grant", errorMessage })).toBe(true);
  });

  it("does not take another interaction, such as a lost session, for a consent problem", () => {
    expect(isConsentFailure({ errorCode: "interaction_required", errorMessage: "AADSTS50058: no session" })).toBe(
      false,
    );
    expect(isConsentFailure(new Error("consent_required"))).toBe(false);
  });

  it("keeps an AuthError as it is and wraps anything else as signInFailed", () => {
    const original = new AuthError("notConfigured", "no client id");
    expect(toAuthError(original)).toBe(original);
    expect(toAuthError(new TypeError("Failed to fetch"))).toMatchObject({
      kind: "signInFailed",
      message: "Failed to fetch",
    });
  });
});
