import { describe, expect, it, vi } from "vitest";
import type { AppConfig } from "@/lib/config/read-config";
import { createAuth } from "./create-auth";
import type { MsalAuthOptions } from "./msal-auth";

const createMsalAuth = vi.hoisted(() => vi.fn((options: MsalAuthOptions) => ({ options, getToken: vi.fn() })));
vi.mock("./msal-auth", () => ({ createMsalAuth }));

const config: AppConfig = {
  graphBaseUrl: "https://graph.microsoft.com/v1.0",
  aadAuthority: "https://login.microsoftonline.com/organizations",
  aadClientId: "00000000-0000-0000-0000-000000000001",
  isDemo: false,
  cloud: "global",
};

describe("createAuth's MSAL mode", () => {
  it.each([
    ["teams", "nested"],
    ["outlook", "nested"],
    ["browser", "standard"],
  ] as const)("signs in the %s host with %s auth", async (host, mode) => {
    await createAuth(config, { context: { host } }, { origin: "https://app.example" });
    expect(createMsalAuth).toHaveBeenLastCalledWith(expect.objectContaining({ mode }));
  });
});
