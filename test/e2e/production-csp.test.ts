// The production build under the headers it ships with: the demo build (`vite build --mode demo`)
// served by `vite preview`, which sends the globalHeaders of the build's own
// staticwebapp.config.json, exactly what Azure Static Web Apps would send. Every page the app
// opens must run with no Content-Security-Policy violation (the shared setup fails the test on
// any); the policy itself is pinned by scripts/hosting/security-headers.test.ts.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { startAppInBrowser } from "../support/app-in-browser";
import { describeViolations } from "../support/csp-violations";
import { findChatByTopic, getTenant, resetEmulator } from "../support/emulator-admin";
import { seedWeeklySeries } from "../support/seed-series";

const buildDir = "test-results/production-build";
const app = startAppInBrowser({ productionBuildDir: buildDir });

function readShippedHeaders(): Record<string, string> {
  const config = JSON.parse(readFileSync(`${buildDir}/staticwebapp.config.json`, "utf8")) as {
    globalHeaders: Record<string, string>;
  };
  return config.globalHeaders;
}

async function openSurface(params: Record<string, string>, width: number) {
  const context = await app.browser.newContext({
    viewport: { width, height: 900 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  const page = await context.newPage();
  const response = await page.goto(`${app.server.url}/?${new URLSearchParams(params).toString()}`);
  return { context, page, headers: response?.headers() ?? {} };
}

function openSidePanel(upn: string, seriesId: string) {
  return openSurface({ as: upn, frame: "sidePanel", chat: seriesId, lang: "zh-CN" }, 320);
}

describe("the production build under its Content-Security-Policy", () => {
  it("is served with the headers its staticwebapp.config.json ships", async () => {
    const shipped = readShippedHeaders();
    const served = await fetch(`${app.server.url}/`);
    expect(await served.text()).toContain('<div id="root">');
    for (const [name, value] of Object.entries(shipped)) {
      expect(served.headers.get(name), name).toBe(value);
    }
    // The demo build's Graph is the emulator on its own origin; production's is graph.microsoft.com.
    expect(shipped["Content-Security-Policy"]).toMatch(/connect-src 'self' https:\/\/login\.microsoftonline\.com /);
  });

  it("opens the side panel with no violation", async () => {
    await resetEmulator(app.server.url);
    const tenant = await getTenant(app.server.url);
    const chat = findChatByTopic(tenant, "周例会");
    const { context, page, headers } = await openSidePanel("li.na@yunzhan.example", chat.id);
    expect(headers["content-security-policy"]).toBe(readShippedHeaders()["Content-Security-Policy"]);
    await page.getByRole("heading", { level: 1, name: "周例会" }).waitFor();
    await page.waitForFunction(() => performance.getEntriesByName("meetloop:series-ready").length > 0);
    await page.getByText("已取消").first().waitFor();
    expect(describeViolations(app.takeCspViolations())).toBe("");
    await context.close();
  });

  it("draws every surface and view with no violation", async () => {
    await resetEmulator(app.server.url);
    const tenant = await getTenant(app.server.url);
    const weekly = findChatByTopic(tenant, "周例会").id;
    await seedWeeklySeries(app.server.url, weekly, "wang.jianguo@yunzhan.example", "sun.li@yunzhan.example");
    const gm = { as: "wang.jianguo@yunzhan.example", chat: weekly, lang: "zh-CN" };
    const surfaces: [Record<string, string>, number, string][] = [
      [{ ...gm, chat: findChatByTopic(tenant, "月例会").id, frame: "settings" }, 1100, "配置例会"],
      [{ ...gm, frame: "content", view: "agenda" }, 1100, "发布到会议聊天"],
      [{ ...gm, as: "li.na@yunzhan.example", frame: "sidePanel", view: "report" }, 320, "提交汇报"],
      [{ ...gm, as: "sun.li@yunzhan.example", frame: "content", view: "minutes" }, 1100, "其余人员标记为出席"],
      [{ ...gm, frame: "content", view: "history" }, 1100, "会议历史"],
      [{ ...gm, frame: "content", view: "rollups" }, 1100, "跟进统计"],
      [{ as: "li.na@yunzhan.example", frame: "personal", lang: "zh-CN" }, 1000, "我需要提交的汇报"],
    ];
    for (const [params, width, shown] of surfaces) {
      const { context, page } = await openSurface(params, width);
      await page.getByText(shown).first().waitFor({ timeout: 60_000 });
      expect(describeViolations(app.takeCspViolations()), `${params.frame ?? ""} ${params.view ?? ""}`).toBe("");
      await context.close();
    }
  });

  it("refuses and reports a script the page did not ship", async () => {
    const tenant = await getTenant(app.server.url);
    const { context, page } = await openSidePanel("li.na@yunzhan.example", findChatByTopic(tenant, "周例会").id);
    // Once the app has rendered anything: which view the side panel settles on does not matter here.
    await page.locator("#root > *").first().waitFor();
    const ran = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "document.body.dataset.injected = 'ran'";
      document.head.append(script);
      return document.body.dataset.injected === "ran";
    });
    expect(ran).toBe(false);
    const reported: string[] = [];
    await expect
      .poll(() => {
        reported.push(...app.takeCspViolations().map((v) => v.directive));
        return reported;
      })
      .toEqual(["script-src-elem"]);
    await context.close();
  });
});
