// The production build as Teams runs it: framed by the Teams test host (test/support/teams-host)
// in the meeting side panel and the meeting chat tab, it initialises teams-js, signs in through
// nested app authentication and shows the series. Keeps the host page `npm run bench` measures
// through from silently breaking.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppInBrowser } from "../support/app-in-browser";
import { emulatorClientId } from "../support/app-server";
import { clearRequests, findChatByTopic, getTenant, listRequests, resetEmulator } from "../support/emulator-admin";
import { seedWeeklySeries } from "../support/seed-series";
import { installTeamsHost, readHostLog } from "../support/teams-host/host-page";
import { startHttpsFront } from "../support/teams-host/https-front";
import type { HttpsFront } from "../support/teams-host/https-front";

const app = startAppInBrowser({ productionBuildDir: "test-results/teams-host-build", buildMode: "production" });

const organizer = "wang.jianguo@yunzhan.example";
// Teams loads tabs over https only: the browser reaches the app through this address.
let front: HttpsFront | undefined;
beforeAll(async () => {
  front = await startHttpsFront(app.server.url);
});
afterAll(async () => {
  await front?.close();
});

describe("the production build inside the Teams test host", () => {
  it("shows 周例会 in the side panel and the chat tab, signed in through nested app auth", async () => {
    await resetEmulator(app.server.url);
    const tenant = await getTenant(app.server.url);
    const chat = findChatByTopic(tenant, "周例会");
    const user = tenant.users.find((u) => u.userPrincipalName === organizer);
    if (!user) throw new Error(`${organizer} is not in the scenario`);
    const { config } = await seedWeeklySeries(app.server.url, chat.id, organizer, "sun.li@yunzhan.example");

    for (const frameContext of ["sidePanel", "content"] as const) {
      const context = await app.browser.newContext({
        ignoreHTTPSErrors: true,
        viewport: frameContext === "sidePanel" ? { width: 320, height: 900 } : { width: 1280, height: 900 },
        locale: "zh-CN",
        timezoneId: "Asia/Shanghai",
      });
      const hostUrl = await installTeamsHost(context, {
        appUrl: `${front?.url ?? ""}/?ws=${encodeURIComponent(config.workspace.groupId)}`,
        frameContext,
        user: { objectId: user.id, userPrincipalName: user.userPrincipalName, displayName: user.displayName },
        tenantId: tenant.tenantId,
        chatId: chat.id,
        ...(chat.meetingId ? { meetingId: chat.meetingId } : {}),
        clientId: emulatorClientId,
      });
      await clearRequests(app.server.url);
      const page = await context.newPage();
      await page.goto(hostUrl);
      const frame = page.frameLocator("iframe");
      await frame.getByRole("heading", { level: 1, name: "周例会" }).waitFor();
      // The agenda comes from the series' configuration in its workspace, read from Graph.
      await frame.getByText("各部门负责人汇报").first().waitFor();

      const calls = (await readHostLog(page)).map((entry) => entry.method ?? entry.func);
      expect(calls).toEqual(expect.arrayContaining(["initialize", "getContext", "GetInitContext", "GetToken"]));
      // Every Graph request carried the token the host issued through nested app auth.
      const graph = await listRequests(app.server.url);
      expect(graph.length).toBeGreaterThan(0);
      expect(new Set(graph.map((r) => r.user))).toEqual(new Set([organizer]));
      await context.close();
    }
  });
});
