import { describe, expect, it } from "vitest";
import { AuthError, toAuthError } from "./auth-error";

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

  it("keeps an AuthError as it is and wraps anything else as signInFailed", () => {
    const original = new AuthError("notConfigured", "no client id");
    expect(toAuthError(original)).toBe(original);
    expect(toAuthError(new TypeError("Failed to fetch"))).toMatchObject({
      kind: "signInFailed",
      message: "Failed to fetch",
    });
  });
});
