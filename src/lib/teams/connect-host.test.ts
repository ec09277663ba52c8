import { describe, expect, it, vi } from "vitest";
import type { OfficeHostModule, TeamsHostModule } from "./connect-host";
import { connectHost, startHostConnection } from "./connect-host";
import type { HostPort } from "./host-port";

const location = new URL(
  "https://app.example/?frame=content&chat=19%3Aabc%40thread.v2&lang=en-US",
) as unknown as Location;

const teamsHost: HostPort = {
  context: { host: "teams", hostName: "Teams", frame: "sidePanel", locale: "en-US", theme: "light", timeZone: "UTC" },
  onThemeChange: () => () => undefined,
};

function buildFramedWindow(): Window {
  const framed = { parent: {}, self: {}, navigator: window.navigator, open: vi.fn() };
  return framed as unknown as Window;
}

function buildTeamsModule(initialize: () => Promise<void>): TeamsHostModule {
  return { initializeTeams: initialize, createTeamsHost: () => Promise.resolve(teamsHost) };
}

describe("connectHost", () => {
  it("uses the browser host without loading teams-js when the page is not framed", async () => {
    const loadTeams = vi.fn<() => Promise<TeamsHostModule>>();
    const host = await connectHost(location, { loadTeams });
    expect(loadTeams).not.toHaveBeenCalled();
    expect(host.context).toMatchObject({
      host: "browser",
      frame: "content",
      chatId: "19:abc@thread.v2",
      locale: "en-US",
    });
  });

  it("uses Teams when framed and initialize succeeds", async () => {
    const host = await connectHost(location, {
      window: buildFramedWindow(),
      loadTeams: () => Promise.resolve(buildTeamsModule(() => Promise.resolve())),
    });
    expect(host).toBe(teamsHost);
  });

  it("falls back to the browser host when no host answers before the deadline", async () => {
    const never = () => new Promise<void>(() => undefined);
    const host = await connectHost(location, {
      window: buildFramedWindow(),
      initTimeoutMs: 5,
      loadTeams: () => Promise.resolve(buildTeamsModule(never)),
    });
    expect(host.context.host).toBe("browser");
  });

  it("falls back to the browser host when initialize rejects", async () => {
    vi.spyOn(console, "info").mockImplementation(() => undefined);
    const rejecting = () => Promise.reject(new Error("Initialization Failed. No Parent window found."));
    const host = await connectHost(location, {
      window: buildFramedWindow(),
      loadTeams: () => Promise.resolve(buildTeamsModule(rejecting)),
    });
    expect(host.context.host).toBe("browser");
  });

  describe("in the Outlook task pane (?frame=outlook)", () => {
    const outlookLocation = new URL("https://app.example/?frame=outlook") as unknown as Location;
    const outlookHost: HostPort = {
      context: {
        host: "outlook",
        hostName: "Outlook",
        frame: "outlook",
        locale: "zh-CN",
        theme: "light",
        timeZone: "UTC",
      },
      onThemeChange: () => () => undefined,
    };

    it("loads Office.js' host and never teams-js, framed or not", async () => {
      const loadTeams = vi.fn<() => Promise<TeamsHostModule>>();
      const office: OfficeHostModule = {
        initializeOffice: () => Promise.resolve(),
        createOfficeHost: () => outlookHost,
      };
      const connection = startHostConnection(outlookLocation, {
        window: buildFramedWindow(),
        loadTeams,
        loadOffice: () => Promise.resolve(office),
      });
      await expect(connection.kind).resolves.toBe("outlook");
      await expect(connection.readPort()).resolves.toBe(outlookHost);
      expect(loadTeams).not.toHaveBeenCalled();
    });

    it("falls back to the browser host, still in the outlook frame, when Outlook does not answer", async () => {
      vi.spyOn(console, "info").mockImplementation(() => undefined);
      const office: OfficeHostModule = {
        initializeOffice: () => Promise.reject(new Error("Office.js answered, but not from Outlook")),
        createOfficeHost: () => outlookHost,
      };
      const connection = startHostConnection(outlookLocation, { loadOffice: () => Promise.resolve(office) });
      await expect(connection.kind).resolves.toBe("browser");
      expect((await connection.readPort()).context).toMatchObject({ host: "browser", frame: "outlook" });
    });
  });
});
