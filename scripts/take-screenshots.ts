// `npm run screenshots`: regenerates the README's screenshots from the demo (app + emulator),
// in both languages, with a configured 周例会 so every view has something to show.
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../test/support/browser.ts";
import { startDevServer } from "../test/support/app-server.ts";
import { findChatByTopic, getTenant } from "../test/support/emulator-admin.ts";
import { seedWeeklySeries } from "../test/support/seed-series.ts";
import { itemName } from "../test/support/item-names.ts";
import { publishActions } from "../test/support/review-flow.ts";

const outDir = "docs/screenshots";

async function shoot(
  browser: Browser,
  url: string,
  file: string,
  width: number,
  waitFor: string,
  act?: (page: Page) => Promise<void>,
): Promise<void> {
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
  await act?.(page);
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
  const seeded = await seedWeeklySeries(server.url, chat.id, "wang.jianguo@yunzhan.example", "sun.li@yunzhan.example");
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
    async (page) => {
      // Two KPI rows as a speaker fills them in the narrow side panel: stacked cards, no sideways scrolling.
      const kpis = [
        ["销售额", "万元", "120", "132.5", "98"],
        ["转化率", "%", "3.2", "2.9", "3.5"],
      ];
      for (const [row, values] of kpis.entries()) {
        await page.getByRole("button", { name: "添加指标" }).click();
        const kpi = itemName("指标", row + 1);
        for (const [i, column] of ["名称", "单位", "目标", "实际完成", "去年同期"].entries()) {
          await page.getByRole("textbox", { name: `${kpi}的${column}` }).fill(values[i] ?? "");
        }
      }
      await page.getByText("110.4%").first().waitFor();
      await page.getByRole("button", { name: "添加指标" }).scrollIntoViewIfNeeded();
    },
  );
  await shoot(
    browser,
    link({ as: "sun.li@yunzhan.example", frame: "content", lang: "en-US", view: "minutes" }),
    "minutes-en-US.png",
    1100,
    "Mark everyone else present",
  );
  // Minutes published at the last meeting, read in the side panel by an attendee before confirming.
  const held = seeded.series.occurrences.filter((o) => o.status !== "cancelled" && o.end.getTime() <= Date.now());
  const last = held.at(-1);
  if (last === undefined) throw new Error("周例会 has a meeting in the past");
  await publishActions(server.url, seeded, last, [
    { upn: "li.na@yunzhan.example", name: "李娜", what: "补齐爆款库存，双十二前到仓" },
    { upn: "zhang.min@yunzhan.example", name: "张敏", what: "更新大促客服话术并培训" },
  ]);
  await shoot(
    browser,
    link({ as: "li.na@yunzhan.example", frame: "sidePanel", lang: "zh-CN", view: "minutes", occurrence: last.key }),
    "minutes-attendee-zh-CN.png",
    320,
    "会议纪要（第 1 版）",
  );
  // The Outlook task pane on the next meeting's invitation (the demo's fake Office host shows the
  // invitation body below the pane): the organizer inserts the agenda; an attendee sees their report,
  // the agenda and the decisions of the last meeting assigned to them.
  for (const [lang, insert, inserted, submit] of [
    ["zh-CN", "将议程插入邀请", "议程已插入邀请正文顶部", "提交汇报"],
    ["en-US", "Insert agenda into invitation", "The agenda is at the top of the invitation", "Submit report"],
  ] as const) {
    await shoot(
      browser,
      link({ as: "wang.jianguo@yunzhan.example", frame: "outlook", mode: "organizerCompose", lang }),
      `outlook-organizer-${lang}.png`,
      360,
      insert,
      async (page) => {
        await page.getByRole("button", { name: insert }).click();
        await page.getByText(inserted).waitFor();
      },
    );
    await shoot(
      browser,
      link({ as: "li.na@yunzhan.example", frame: "outlook", mode: "attendeeRead", lang }),
      `outlook-attendee-${lang}.png`,
      360,
      submit,
    );
  }
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
