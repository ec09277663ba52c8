import { beforeEach, describe, expect, it, vi } from "vitest";
import type { AccountInfo } from "@azure/msal-browser";

const account = { username: "lin@contoso.com", name: "Lin" } as AccountInfo;

const pca = {
  getActiveAccount: vi.fn<() => AccountInfo | null>(),
  getAllAccounts: vi.fn<() => AccountInfo[]>(),
  setActiveAccount: vi.fn(),
  acquireTokenSilent: vi.fn(),
  acquireTokenPopup: vi.fn(),
};

vi.mock("@azure/msal-browser", () => {
  class InteractionRequiredAuthError extends Error {
    constructor(
      readonly errorCode: string,
      readonly correlationId: string,
    ) {
      super(errorCode);
    }
  }
  return {
    InteractionRequiredAuthError,
    BrowserAuthErrorCodes: { noAccountError: "no_account_error" },
  };
});
vi.mock("./msal-nested", () => ({ createNestedClient: vi.fn(() => Promise.resolve(pca)) }));
vi.mock("./msal-standard", () => ({ createStandardPublicClientApplication: vi.fn(() => Promise.resolve(pca)) }));

const msal = await import("@azure/msal-browser");
const nested = await import("./msal-nested");
const standard = await import("./msal-standard");
const { createMsalAuth } = await import("./msal-auth");

const options = {
  clientId: "0f2c4a1e-6b7d-4c3e-9a8b-1d2e3f4a5b6c",
  authority: "https://login.microsoftonline.com/organizations",
  redirectUri: "https://app.example/auth-redirect.html",
  loginHint: "lin@contoso.com",
};

beforeEach(() => {
  vi.clearAllMocks();
  pca.getActiveAccount.mockReturnValue(null);
  pca.getAllAccounts.mockReturnValue([]);
});

describe("createMsalAuth", () => {
  it("uses nested app auth silently, without a cached account, inside a host", async () => {
    pca.acquireTokenSilent.mockResolvedValue({ accessToken: "naa-token", account });
    const auth = createMsalAuth({ ...options, mode: "nested" });
    await expect(auth.getToken(["Chat.ReadBasic"])).resolves.toBe("naa-token");
    expect(nested.createNestedClient).toHaveBeenCalledOnce();
    expect(standard.createStandardPublicClientApplication).not.toHaveBeenCalled();
    expect(pca.acquireTokenSilent).toHaveBeenCalledWith({ scopes: ["Chat.ReadBasic"] });
    expect(auth.account).toEqual({ upn: "lin@contoso.com", name: "Lin" });
  });

  it("falls back to the standard client in a host without nested app auth", async () => {
    vi.mocked(nested.createNestedClient).mockResolvedValueOnce(undefined);
    pca.acquireTokenSilent.mockRejectedValue(
      new msal.InteractionRequiredAuthError("interaction_required", "correlation-id"),
    );
    pca.acquireTokenPopup.mockResolvedValue({ accessToken: "popup-token", account });
    const auth = createMsalAuth({ ...options, mode: "nested" });
    await expect(auth.getToken(["Chat.ReadBasic"])).resolves.toBe("popup-token");
    expect(standard.createStandardPublicClientApplication).toHaveBeenCalledOnce();
  });

  it("asks once, at warm-up, for a token the first screen's requests then share", async () => {
    pca.acquireTokenSilent.mockResolvedValue({ accessToken: "naa-token", account });
    pca.acquireTokenSilent.mockImplementationOnce(() => {
      pca.getAllAccounts.mockReturnValue([account]);
      return Promise.resolve({ accessToken: "naa-token", account });
    });
    const auth = createMsalAuth({ ...options, mode: "nested" });
    auth.warmUp?.(["Calendars.ReadBasic", "Chat.ReadBasic", "User.ReadBasic.All"]);
    await Promise.all([
      auth.getToken(["Chat.ReadBasic", "Calendars.ReadBasic"]),
      auth.getToken(["User.ReadBasic.All"]),
    ]);
    // MSAL's own cache answers the two requests that waited: the first call is the only one it
    // sends to the host, and the later ones name the account the warm-up found.
    expect(pca.acquireTokenSilent.mock.calls[0]).toEqual([
      { scopes: ["Calendars.ReadBasic", "Chat.ReadBasic", "User.ReadBasic.All"] },
    ]);
    expect(pca.acquireTokenSilent.mock.calls.slice(1)).toEqual([
      [{ scopes: ["Chat.ReadBasic", "Calendars.ReadBasic"], account }],
      [{ scopes: ["User.ReadBasic.All"], account }],
    ]);
  });

  it("never prompts at warm-up: a refused warm-up leaves each request to ask for itself", async () => {
    pca.acquireTokenSilent.mockRejectedValueOnce(
      new msal.InteractionRequiredAuthError("consent_required", "correlation-id"),
    );
    pca.acquireTokenSilent.mockResolvedValue({ accessToken: "naa-token", account });
    const auth = createMsalAuth({ ...options, mode: "nested" });
    auth.warmUp?.(["Chat.ReadBasic", "User.ReadBasic.All"]);
    await expect(auth.getToken(["Chat.ReadBasic"])).resolves.toBe("naa-token");
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("falls back to a popup for the request's own scopes once signed in", async () => {
    pca.getAllAccounts.mockReturnValue([account]);
    pca.acquireTokenSilent.mockRejectedValue(
      new msal.InteractionRequiredAuthError("consent_required", "correlation-id"),
    );
    pca.acquireTokenPopup.mockResolvedValue({ accessToken: "popup-token", account });
    const auth = createMsalAuth({ ...options, mode: "standard", signInScopes: ["Calendars.ReadBasic", "User.Read"] });
    await expect(auth.getToken(["Tasks.ReadWrite"])).resolves.toBe("popup-token");
    expect(standard.createStandardPublicClientApplication).toHaveBeenCalledOnce();
    expect(pca.acquireTokenPopup).toHaveBeenCalledWith({
      scopes: ["Tasks.ReadWrite"],
      account,
      loginHint: "lin@contoso.com",
    });
  });

  it("asks for the first screen's scopes in the first interactive sign-in", async () => {
    pca.acquireTokenPopup.mockResolvedValue({ accessToken: "popup-token", account });
    const auth = createMsalAuth({
      ...options,
      mode: "standard",
      signInScopes: ["Calendars.ReadBasic", "Chat.ReadBasic", "User.Read"],
    });
    await expect(auth.getToken(["Chat.ReadBasic"])).resolves.toBe("popup-token");
    expect(pca.acquireTokenPopup).toHaveBeenCalledWith({
      scopes: ["Chat.ReadBasic"],
      loginHint: "lin@contoso.com",
      extraScopesToConsent: ["Calendars.ReadBasic", "User.Read"],
    });
  });

  it("sends a scope only an administrator can grant to the consent page, not to a popup", async () => {
    pca.getAllAccounts.mockReturnValue([account]);
    pca.acquireTokenSilent.mockRejectedValue(
      new msal.InteractionRequiredAuthError("consent_required", "correlation-id"),
    );
    const auth = createMsalAuth({ ...options, mode: "nested", adminConsentScopes: ["GroupMember.Read.All"] });
    await expect(auth.getToken(["GroupMember.Read.All"])).rejects.toMatchObject({
      name: "AuthError",
      kind: "consentRequired",
      scopes: ["GroupMember.Read.All"],
      needsAdmin: true,
    });
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("reports consent declined in the popup as consentRequired, naming the scopes", async () => {
    pca.acquireTokenPopup.mockRejectedValue({
      errorCode: "access_denied",
      errorMessage: "AADSTS65004: User declined to consent to access the app.",
    });
    const auth = createMsalAuth({ ...options, mode: "standard" });
    await expect(auth.getToken(["Tasks.ReadWrite"])).rejects.toMatchObject({
      kind: "consentRequired",
      scopes: ["Tasks.ReadWrite"],
      needsAdmin: false,
    });
  });

  it("goes straight to the popup in a browser with no account yet, and reports a blocked popup", async () => {
    pca.acquireTokenPopup.mockRejectedValue({
      errorCode: "popup_window_error",
      errorMessage: "Error opening popup window.",
    });
    const auth = createMsalAuth({ ...options, mode: "standard" });
    await expect(auth.getToken(["User.Read"])).rejects.toMatchObject({ name: "AuthError", kind: "popupBlocked" });
    expect(pca.acquireTokenSilent).not.toHaveBeenCalled();
  });

  it("does not hide a silent failure that is not about interaction", async () => {
    pca.acquireTokenSilent.mockRejectedValue({ errorCode: "network_error", errorMessage: "offline" });
    const auth = createMsalAuth({ ...options, mode: "nested" });
    await expect(auth.getToken(["User.Read"])).rejects.toMatchObject({ kind: "signInFailed", message: "offline" });
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
  });
});
