// `npm run screenshots`: regenerates the README's screenshots from the demo (app + emulator),
// in both languages, with a configured 周例会 so every view has something to show.
import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { launchChromium } from "../test/support/browser.ts";
import { startDevServer } from "../test/support/app-server.ts";
import { findChatByTopic, getTenant } from "../test/support/emulator-admin.ts";
import { seedWeeklySeries } from "../test/support/seed-series.ts";

const outDir = "docs/screenshots";

async function shoot(browser: Browser, url: string, file: string, width: number, waitFor: string): Promise<void> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  const page = await context.newPage();
  await page.goto(url);
  page.on("pageerror", (e) => {
    console.log(`${file}: ${e.message}`);
  });
  await page
    .getByText(waitFor)
    .first()
    .waitFor({ timeout: 60_000 })
    .catch(async (e: unknown) => {
      await page.screenshot({ path: `/tmp/failed-${file}`, fullPage: true });
      throw e;
    });
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${outDir}/${file}`, fullPage: true });
  await context.close();
  console.log(`wrote ${outDir}/${file}`);
}

mkdirSync(outDir, { recursive: true });
const server = await startDevServer();
const browser = await launchChromium();
try {
  const chat = findChatByTopic(await getTenant(server.url), "周例会");
  const link = (params: Record<string, string>) =>
    `${server.url}/?${new URLSearchParams({ chat: chat.id, ...params }).toString()}`;
  await shoot(
    browser,
    link({ as: "li.na@yunzhan.example", frame: "sidePanel", lang: "zh-CN" }),
    "side-panel-zh-CN.png",
    320,
    "后续安排",
  );
  await shoot(
    browser,
    link({ as: "li.na@yunzhan.example", frame: "sidePanel", lang: "en-US" }),
    "side-panel-en-US.png",
    320,
    "Coming up",
  );
  await seedWeeklySeries(server.url, chat.id, "wang.jianguo@yunzhan.example", "sun.li@yunzhan.example");
  await shoot(
    browser,
    link({ as: "wang.jianguo@yunzhan.example", frame: "content", lang: "zh-CN", view: "agenda" }),
    "agenda-zh-CN.png",
    1100,
    "发布到会议聊天",
  );
  await shoot(
    browser,
    link({ as: "li.na@yunzhan.example", frame: "sidePanel", lang: "zh-CN", view: "report" }),
    "report-zh-CN.png",
    320,
    "提交汇报",
  );
  await shoot(
    browser,
    link({ as: "sun.li@yunzhan.example", frame: "content", lang: "en-US", view: "minutes" }),
    "minutes-en-US.png",
    1100,
    "Mark everyone else present",
  );
  await shoot(
    browser,
    `${server.url}/?as=li.na@yunzhan.example&frame=personal&lang=zh-CN`,
    "my-meetings-zh-CN.png",
    1000,
    "我需要提交的汇报",
  );
} finally {
  await browser.close();
  await server.close();
}
