import { beforeEach, describe, expect, it, vi } from "vitest";
import type { TeamsContextLike } from "./map-teams-context";

interface SaveEventLike {
  notifySuccess: () => void;
  notifyFailure: (reason?: string) => void;
}

interface TeamsFake {
  context?: TeamsContextLike;
  themeHandler?: (theme: string) => void;
  saveHandler?: (event: SaveEventLike) => void;
}

const state = vi.hoisted((): TeamsFake => ({}));

vi.mock("@microsoft/teams-js", () => ({
  app: {
    initialize: vi.fn(() => Promise.resolve()),
    getContext: vi.fn(() => Promise.resolve(state.context)),
    openLink: vi.fn(() => Promise.resolve()),
    registerOnThemeChangeHandler: vi.fn((handler: (theme: string) => void) => {
      state.themeHandler = handler;
    }),
  },
  pages: {
    config: {
      setValidityState: vi.fn(),
      setConfig: vi.fn(() => Promise.resolve()),
      registerOnSaveHandler: vi.fn((handler: typeof state.saveHandler) => {
        state.saveHandler = handler;
      }),
    },
  },
}));

const teams = await import("@microsoft/teams-js");
const { createTeamsHost } = await import("./teams-host");

function buildContext(frameContext: string): TeamsContextLike {
  return {
    app: { locale: "zh-cn", theme: "default", host: { name: "Teams" } },
    page: { frameContext },
    chat: { id: "19:meeting_abc@thread.v2" },
  };
}

beforeEach(() => {
  vi.clearAllMocks();
});

describe("createTeamsHost", () => {
  it("fans one teams-js theme handler out to every subscriber until they unsubscribe", async () => {
    state.context = buildContext("sidePanel");
    const host = await createTeamsHost("Asia/Shanghai");
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribeFirst = host.onThemeChange(first);
    host.onThemeChange(second);
    state.themeHandler?.("dark");
    unsubscribeFirst();
    state.themeHandler?.("contrast");
    expect(first.mock.calls).toEqual([["dark"]]);
    expect(second.mock.calls).toEqual([["dark"], ["contrast"]]);
    expect(teams.app.registerOnThemeChangeHandler).toHaveBeenCalledOnce();
  });

  it("offers the Save button hooks only on the configuration page", async () => {
    state.context = buildContext("content");
    expect(await createTeamsHost("UTC")).not.toHaveProperty("onSaveSettings");

    state.context = buildContext("settings");
    const host = await createTeamsHost("UTC");
    host.setSettingsValidity?.(true);
    expect(teams.pages.config.setValidityState).toHaveBeenCalledWith(true);

    const settings = {
      contentUrl: "https://app.example/?frame=content",
      entityId: "series",
      suggestedDisplayName: "例会通",
    };
    host.onSaveSettings?.(() => Promise.resolve(settings));
    const notifySuccess = vi.fn();
    const notifyFailure = vi.fn();
    state.saveHandler?.({ notifySuccess, notifyFailure });
    await vi.waitFor(() => {
      expect(notifySuccess).toHaveBeenCalledOnce();
    });
    expect(teams.pages.config.setConfig).toHaveBeenCalledWith(settings);
    expect(notifyFailure).not.toHaveBeenCalled();
  });

  it("reports a failed save to Teams instead of dropping it", async () => {
    state.context = buildContext("settings");
    const host = await createTeamsHost("UTC");
    host.onSaveSettings?.(() => Promise.reject(new Error("No workspace selected")));
    const notifyFailure = vi.fn();
    state.saveHandler?.({ notifySuccess: vi.fn(), notifyFailure });
    await vi.waitFor(() => {
      expect(notifyFailure).toHaveBeenCalledWith("No workspace selected");
    });
  });
});
