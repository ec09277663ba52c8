import { afterEach, describe, expect, it, vi } from "vitest";
import type { HostContext, HostPort } from "@/lib/teams";
import { createTabConfig } from "./tab-config";

function buildHost(context: Partial<HostContext>): HostPort {
  return {
    context: {
      host: "browser",
      hostName: "Browser",
      frame: "content",
      locale: "zh-CN",
      theme: "light",
      timeZone: "Asia/Shanghai",
      ...context,
    },
    onThemeChange: () => () => undefined,
  };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe("createTabConfig", () => {
  it("names no workspace in the Outlook pane, and asks the demo's chat tabs for nothing", async () => {
    vi.stubEnv("VITE_DEMO", "true");
    const fetch = vi.fn(() => Promise.reject(new Error("no request is expected")));
    vi.stubGlobal("fetch", fetch);
    const host = buildHost({
      frame: "outlook",
      chatId: "19:meeting@thread.v2",
      userPrincipalName: "li.na@yunzhan.example",
    });
    const port = await createTabConfig(host, host.context.chatId);
    expect(await port.readGroupId()).toBeUndefined();
    await port.saveGroupId("5b9fcea3-2a7b-42a4-bf6e-1927c23bacca");
    expect(fetch).not.toHaveBeenCalled();
  });
});
