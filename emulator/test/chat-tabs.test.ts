import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callAdmin, createClient, startTestEmulator, upn } from "./support.ts";
import type { StartedEmulator } from "../start-emulator.ts";
import type { TenantState } from "../state/tenant-state.ts";

type Tab = {
  id: string;
  displayName: string;
  webUrl: string;
  configuration: Record<string, unknown>;
  teamsApp?: { id: string };
};
type Collection = { value: Tab[] };

const appId = "3f1c8a5e-1b7d-4c2a-9a41-7f0e2d6b8c11";
const bind = `https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/${appId}`;
const configuration = {
  entityId: "series-weekly",
  contentUrl: "https://meetloop.example/tab?series=weekly",
  websiteUrl: "https://meetloop.example/series/weekly",
  removeUrl: "https://meetloop.example/remove",
};

let emulator: StartedEmulator;
let tabsPath: string;
beforeAll(async () => {
  emulator = await startTestEmulator();
  const chatId = emulator.emulator.getState().meetings.find((m) => m.subject === "周例会")?.chatId ?? "";
  tabsPath = `/chats/${encodeURIComponent(chatId)}/tabs`;
});
afterAll(async () => {
  await emulator.close();
});

describe("chat tabs", () => {
  it("pins a configured tab, reads its contentUrl back and finds it by app id", async () => {
    const call = createClient(emulator, upn.admin);
    const created = await call<Tab>("POST", tabsPath, {
      displayName: "例会通",
      "teamsApp@odata.bind": bind,
      configuration,
    });
    expect(created.status).toBe(201);
    expect(created.body.configuration).toEqual(configuration);
    expect(created.body.teamsApp).toBeUndefined();
    const read = await call<Tab>("GET", `${tabsPath}/${created.body.id}?$expand=teamsApp`);
    expect(read.body.configuration.contentUrl).toBe(configuration.contentUrl);
    expect(read.body.teamsApp?.id).toBe(appId);
    const filter = encodeURIComponent(`teamsApp/id eq '${appId}'`);
    const found = await call<Collection>("GET", `${tabsPath}?$expand=teamsApp&$filter=${filter}`);
    expect(found.body.value.map((t) => t.id)).toEqual([created.body.id]);
    const none = await call<Collection>("GET", `${tabsPath}?$filter=${encodeURIComponent("teamsApp/id eq 'other'")}`);
    expect(none.body.value).toEqual([]);
    const state = (await callAdmin(emulator, "GET", "/state")).body as unknown as TenantState;
    expect(
      Object.values(state.chats)
        .flatMap((c) => c.tabs)
        .map((t) => t.teamsAppId),
    ).toContain(appId);
  });

  it("updates the configuration property by property, refuses a new app, and deletes", async () => {
    const call = createClient(emulator, upn.admin);
    const created = await call<Tab>("POST", tabsPath, {
      displayName: "例会通",
      "teamsApp@odata.bind": bind,
      configuration,
    });
    const tabPath = `${tabsPath}/${created.body.id}`;
    const patched = await call<Tab>("PATCH", tabPath, {
      displayName: "周例会",
      configuration: { contentUrl: "https://meetloop.example/tab?v=2" },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.displayName).toBe("周例会");
    expect(patched.body.configuration).toEqual({ ...configuration, contentUrl: "https://meetloop.example/tab?v=2" });
    expect((await call("PATCH", tabPath, { "teamsApp@odata.bind": bind })).status).toBe(400);
    expect((await call("DELETE", tabPath)).status).toBe(204);
    expect((await call("GET", tabPath)).status).toBe(404);
  });

  it("checks the body against teamsTab and the bind URL, and admits chat members only", async () => {
    const call = createClient(emulator, upn.admin);
    expect((await call("POST", tabsPath, { displayName: "x", configuration })).status).toBe(400);
    expect(
      (
        await call("POST", tabsPath, {
          displayName: "x",
          "teamsApp@odata.bind": `https://example.com/teamsApps/${appId}`,
        })
      ).status,
    ).toBe(400);
    expect((await call("POST", tabsPath, { displayName: "x", "teamsApp@odata.bind": [bind] })).status).toBe(400);
    expect(
      (await call("POST", tabsPath, { displayName: "x", "displayName@odata.bind": bind, "teamsApp@odata.bind": bind }))
        .status,
    ).toBe(400);
    const unknown = await call<{ error: { message: string } }>("POST", tabsPath, {
      displayName: "x",
      "teamsApp@odata.bind": bind,
      sortOrder: 1,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain("body.sortOrder");
    const outsider = createClient(emulator, upn.outsider);
    expect((await outsider("GET", tabsPath)).status).toBe(403);
    expect((await outsider("POST", tabsPath, { displayName: "x", "teamsApp@odata.bind": bind })).status).toBe(403);
  });

  it("seeds tabs from the scenario", async () => {
    const { readFileSync } = await import("node:fs");
    const scenario = JSON.parse(readFileSync(new URL("../scenarios/trading.en.json", import.meta.url), "utf8")) as {
      meetings: Record<string, unknown>[];
    };
    const meeting = scenario.meetings[0] ?? {};
    meeting.tabs = [
      {
        id: "tab-1",
        displayName: "Meetloop",
        teamsAppId: appId,
        configuration: { entityId: "s1", contentUrl: "https://meetloop.example/tab" },
      },
    ];
    expect((await callAdmin(emulator, "POST", "/scenario", scenario)).status).toBe(200);
    const organizer = String(meeting.organizer);
    const tabs = await createClient(emulator, organizer)<Collection>(
      "GET",
      `/chats/${encodeURIComponent(String(meeting.chatId))}/tabs`,
    );
    expect(tabs.body.value.map((t) => [t.id, t.configuration.contentUrl, t.configuration.websiteUrl])).toEqual([
      ["tab-1", "https://meetloop.example/tab", null],
    ]);
    meeting.tabs = [{ displayName: "x", teamsAppId: appId, configuration: { contentUrl: "not a url" } }];
    expect((await callAdmin(emulator, "POST", "/scenario", scenario)).status).toBe(400);
  });
});
