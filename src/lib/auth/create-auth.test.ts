import { afterEach, describe, expect, it, vi } from "vitest";
import type { AppConfig } from "@/lib/config/read-config";
import type { HostContext } from "@/lib/teams/host-port";
import { createAuth } from "./create-auth";

vi.stubEnv("VITE_DEMO", "true");

afterEach(() => {
  vi.unstubAllGlobals();
});

const demoConfig: AppConfig = {
  graphBaseUrl: "http://localhost:5173/graph/v1.0",
  aadAuthority: "https://login.microsoftonline.com/organizations",
  isDemo: true,
  cloud: "global",
};

function buildHost(overrides: Partial<HostContext> = {}): { context: HostContext } {
  return {
    context: {
      host: "browser",
      hostName: "Browser",
      frame: "start",
      locale: "zh-CN",
      theme: "light",
      timeZone: "Asia/Shanghai",
      ...overrides,
    },
  };
}

describe("createAuth", () => {
  it("signs in as the persona at the emulator's token endpoint in a demo build, once per scope", async () => {
    const fetchToken = vi.fn<(url: string, init: RequestInit) => Promise<Response>>(() =>
      Promise.resolve(Response.json({ token_type: "Bearer", access_token: "emu:lin@contoso.com" })),
    );
    vi.stubGlobal("fetch", fetchToken);
    const auth = await createAuth(demoConfig, buildHost({ userPrincipalName: "lin@contoso.com" }));
    await expect(auth.getToken(["User.Read"])).resolves.toBe("emu:lin@contoso.com");
    await expect(auth.getToken(["User.Read"])).resolves.toBe("emu:lin@contoso.com");
    expect(auth.account).toEqual({ upn: "lin@contoso.com" });
    expect(fetchToken).toHaveBeenCalledOnce();
    expect(fetchToken.mock.calls[0]?.[0]).toBe("http://localhost:5173/graph/_auth/token");
    expect(JSON.parse(fetchToken.mock.calls[0]?.[1].body as string)).toEqual({
      username: "lin@contoso.com",
      scope: "User.Read",
    });
  });

  it("reports a scope the emulator withholds as consent required, as Entra ID would", async () => {
    vi.stubGlobal("fetch", () =>
      Promise.resolve(
        Response.json(
          {
            error: "invalid_grant",
            error_description: "AADSTS90094: Please ask an admin to grant permission to this app.",
            suberror: "consent_required",
          },
          { status: 400 },
        ),
      ),
    );
    const auth = await createAuth(demoConfig, buildHost({ userPrincipalName: "lin@contoso.com" }));
    await expect(auth.getToken(["GroupMember.Read.All"])).rejects.toMatchObject({
      name: "AuthError",
      kind: "consentRequired",
      scopes: ["GroupMember.Read.All"],
      needsAdmin: true,
    });
  });

  it("reports notConfigured, never a silent failure, when there is nothing to sign in with", async () => {
    const auth = await createAuth(demoConfig, buildHost());
    await expect(auth.getToken(["User.Read"])).rejects.toMatchObject({
      name: "AuthError",
      kind: "notConfigured",
      message: expect.stringContaining("?as=") as unknown,
    });
  });

  it("does not use the emulator sign-in when the configuration is not demo", async () => {
    const auth = await createAuth(
      { ...demoConfig, isDemo: false },
      buildHost({ userPrincipalName: "lin@contoso.com" }),
    );
    await expect(auth.getToken(["User.Read"])).rejects.toMatchObject({ kind: "notConfigured" });
  });
});
