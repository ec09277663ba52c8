import { describe, expect, it, vi } from "vitest";
import type { AppConfig } from "@/lib/config/read-config";
import type { HostContext } from "@/lib/teams/host-port";
import { createAuth } from "./create-auth";

vi.stubEnv("VITE_DEMO", "true");

const demoConfig: AppConfig = {
  graphBaseUrl: "http://localhost:5173/graph/v1.0",
  aadAuthority: "https://login.microsoftonline.com/organizations",
  isDemo: true,
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
  it("signs in as the persona against the emulator in a demo build", async () => {
    const auth = await createAuth(demoConfig, buildHost({ userPrincipalName: "lin@contoso.com" }));
    await expect(auth.getToken(["User.Read"])).resolves.toBe("emu:lin@contoso.com");
    expect(auth.account).toEqual({ upn: "lin@contoso.com" });
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
