import { describe, expect, it } from "vitest";
import { DEFAULT_APP_ID, parseHost, readAppSettings } from "./app-settings.ts";

const clientId = "0b6c2f7e-3f0a-4c1e-9d8a-6a1f2b3c4d5e";

describe("readAppSettings", () => {
  it("reads the host and client id, defaulting the app id and version", () => {
    expect(readAppSettings({ MEETLOOP_HOST: "Meetloop.Contoso.com", VITE_AAD_CLIENT_ID: clientId }, "0.1.0")).toEqual({
      host: "meetloop.contoso.com",
      aadClientId: clientId,
      appId: DEFAULT_APP_ID,
      appVersion: "0.1.0",
      cloud: "global",
    });
  });

  it("takes the cloud from MEETLOOP_CLOUD, else from the build's VITE_CLOUD", () => {
    const base = { MEETLOOP_HOST: "meetloop.contoso.cn", VITE_AAD_CLIENT_ID: clientId };
    expect(readAppSettings({ ...base, MEETLOOP_CLOUD: "china" }, "0.1.0").cloud).toBe("china");
    expect(readAppSettings({ ...base, VITE_CLOUD: "china" }, "0.1.0").cloud).toBe("china");
    expect(() => readAppSettings({ ...base, MEETLOOP_CLOUD: "gallatin" }, "0.1.0")).toThrow("MEETLOOP_CLOUD");
  });

  it("takes the app id and version from the environment when given", () => {
    const settings = readAppSettings(
      {
        MEETLOOP_HOST: "localhost:53000",
        VITE_AAD_CLIENT_ID: clientId,
        MEETLOOP_APP_ID: clientId,
        MEETLOOP_APP_VERSION: "2.0.1",
      },
      "0.1.0",
    );
    expect(settings).toMatchObject({ host: "localhost:53000", appId: clientId, appVersion: "2.0.1" });
  });

  it.each([
    [{ VITE_AAD_CLIENT_ID: clientId }, "MEETLOOP_HOST is required"],
    [{ MEETLOOP_HOST: "  ", VITE_AAD_CLIENT_ID: clientId }, "MEETLOOP_HOST is required"],
    [{ MEETLOOP_HOST: "meetloop.contoso.com" }, "VITE_AAD_CLIENT_ID is required"],
    [{ MEETLOOP_HOST: "meetloop.contoso.com", VITE_AAD_CLIENT_ID: "my-app" }, "VITE_AAD_CLIENT_ID must be a GUID"],
    [
      { MEETLOOP_HOST: "meetloop.contoso.com", VITE_AAD_CLIENT_ID: clientId, MEETLOOP_APP_ID: "x" },
      "MEETLOOP_APP_ID must be a GUID",
    ],
    [
      { MEETLOOP_HOST: "meetloop.contoso.com", VITE_AAD_CLIENT_ID: clientId, MEETLOOP_APP_VERSION: "1.2" },
      "MEETLOOP_APP_VERSION",
    ],
  ])("rejects %o with a message naming the variable", (env, message) => {
    expect(() => readAppSettings(env, "0.1.0")).toThrow(message);
  });
});

describe("parseHost", () => {
  it.each([
    ["https://meetloop.contoso.com", "without a scheme"],
    ["meetloop.contoso.com/app", "without a path"],
    ["meetloop.contoso.com?x=1", "without a path"],
    ["user@meetloop.contoso.com", "without a path"],
    ["meet loop.contoso.com", "without a path"],
    ["contoso", "not a valid host name"],
    ["-bad.contoso.com", "not a valid host name"],
    ["meetloop.contoso.com:", "not a valid host name"],
  ])("rejects %s", (host, message) => {
    expect(() => parseHost(host)).toThrow(message);
    expect(() => parseHost(host)).toThrow("MEETLOOP_HOST");
  });

  it.each(["meetloop.contoso.com", "localhost", "localhost:53000", "a-b.c0.example.org:8443"])("accepts %s", (host) => {
    expect(parseHost(host)).toBe(host);
  });
});
