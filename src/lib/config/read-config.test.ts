import { describe, expect, it } from "vitest";
import { readConfig, readEndpoints } from "./read-config";

const clientId = "0f2c4a1e-6b7d-4c3e-9a8b-1d2e3f4a5b6c";
const origin = "http://localhost:5173";

describe("readConfig", () => {
  it("defaults to production Graph and the organizations authority", () => {
    expect(readConfig({ VITE_AAD_CLIENT_ID: clientId }, origin)).toEqual({
      graphBaseUrl: "https://graph.microsoft.com/v1.0",
      aadClientId: clientId,
      aadAuthority: "https://login.microsoftonline.com/organizations",
      isDemo: false,
      cloud: "global",
    });
  });

  it("takes the Graph root and authority of Microsoft 365 operated by 21Vianet from VITE_CLOUD=china", () => {
    expect(readConfig({ VITE_AAD_CLIENT_ID: clientId, VITE_CLOUD: "china" }, origin)).toEqual({
      graphBaseUrl: "https://microsoftgraph.chinacloudapi.cn/v1.0",
      aadClientId: clientId,
      aadAuthority: "https://login.chinacloudapi.cn/organizations",
      isDemo: false,
      cloud: "china",
    });
    expect(readConfig({ VITE_DEMO: "true", VITE_CLOUD: "china" }, origin).graphBaseUrl).toBe(
      "http://localhost:5173/graph/v1.0",
    );
    expect(() => readConfig({ VITE_AAD_CLIENT_ID: clientId, VITE_CLOUD: "21vianet" }, origin)).toThrow(
      /VITE_CLOUD must be "global" or "china"/,
    );
  });

  it("in demo mode needs no client id and resolves the emulator path against the page origin", () => {
    expect(readConfig({ VITE_DEMO: "true", VITE_GRAPH_BASE_URL: "/graph/v1.0/" }, origin)).toEqual({
      graphBaseUrl: "http://localhost:5173/graph/v1.0",
      aadAuthority: "https://login.microsoftonline.com/organizations",
      isDemo: true,
      cloud: "global",
    });
  });

  it("defaults the demo Graph base to the same-origin emulator", () => {
    expect(readConfig({ VITE_DEMO: "true" }, origin).graphBaseUrl).toBe("http://localhost:5173/graph/v1.0");
  });

  it("treats empty values as unset", () => {
    expect(() => readConfig({ VITE_AAD_CLIENT_ID: "", VITE_GRAPH_BASE_URL: " " }, origin)).toThrow(
      /VITE_AAD_CLIENT_ID is required outside demo mode/,
    );
  });

  it("names every invalid variable in one error", () => {
    const read = () =>
      readConfig(
        {
          VITE_DEMO: "yes",
          VITE_AAD_CLIENT_ID: "not-a-guid",
          VITE_AAD_AUTHORITY: "http://login.example",
          VITE_GRAPH_BASE_URL: "graph",
        },
        origin,
      );
    expect(read).toThrow(/VITE_DEMO/);
    expect(read).toThrow(/VITE_AAD_CLIENT_ID must be a GUID/);
    expect(read).toThrow(/VITE_AAD_AUTHORITY must be an https URL/);
    expect(read).toThrow(/VITE_GRAPH_BASE_URL must be an http\(s\) URL/);
  });

  it("refuses a relative Graph base when there is no origin", () => {
    expect(() => readConfig({ VITE_DEMO: "true" }, null)).toThrow(/VITE_GRAPH_BASE_URL "\/graph\/v1.0" is relative/);
  });
});

describe("readEndpoints", () => {
  it("applies readConfig's defaults without a page origin or a client id", () => {
    expect(readEndpoints({})).toEqual({
      graphBaseUrl: "https://graph.microsoft.com/v1.0",
      aadAuthority: "https://login.microsoftonline.com/organizations",
      cloud: "global",
    });
    expect(readEndpoints({ VITE_DEMO: "true" }).graphBaseUrl).toBe("/graph/v1.0");
  });

  it("keeps a configured national cloud and tenant", () => {
    expect(
      readEndpoints({
        VITE_GRAPH_BASE_URL: "https://microsoftgraph.chinacloudapi.cn/v1.0",
        VITE_AAD_AUTHORITY: "https://login.chinacloudapi.cn/0f2c4a1e-6b7d-4c3e-9a8b-1d2e3f4a5b6c",
      }),
    ).toEqual({
      graphBaseUrl: "https://microsoftgraph.chinacloudapi.cn/v1.0",
      aadAuthority: "https://login.chinacloudapi.cn/0f2c4a1e-6b7d-4c3e-9a8b-1d2e3f4a5b6c",
      cloud: "global",
    });
    expect(
      readEndpoints({
        VITE_CLOUD: "china",
        VITE_AAD_AUTHORITY: "https://login.chinacloudapi.cn/contoso.partner.onmschina.cn",
      }),
    ).toEqual({
      graphBaseUrl: "https://microsoftgraph.chinacloudapi.cn/v1.0",
      aadAuthority: "https://login.chinacloudapi.cn/contoso.partner.onmschina.cn",
      cloud: "china",
    });
  });

  it("refuses what readConfig would refuse at start-up", () => {
    expect(() => readEndpoints({ VITE_AAD_AUTHORITY: "http://login.example" })).toThrow(
      /VITE_AAD_AUTHORITY must be an https URL/,
    );
  });
});
