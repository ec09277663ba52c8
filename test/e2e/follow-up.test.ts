// Closing the loop over three occurrences of 周例会: action items published at the first; two tasks
// completed and one overdue in Planner; at the second the review shows each with its live status,
// overdue first, and the host rejects the overdue one; at the third it is back, carried twice.
import { describe, expect, it } from "vitest";
import { startAppInBrowser } from "../support/app-in-browser";
import { findChatByTopic, getTenant, resetEmulator } from "../support/emulator-admin";
import { gm, noteTaker, openReview, publishActions, setTask } from "../support/review-flow";
import { seedWeeklySeries } from "../support/seed-series";

const app = startAppInBrowser();

describe("review of earlier decisions", () => {
  it("shows live Planner status, overdue first, and carries a rejected item to the next meeting", async () => {
    await resetEmulator(app.server.url);
    const chat = findChatByTopic(await getTenant(app.server.url), "周例会");
    const seeded = await seedWeeklySeries(app.server.url, chat.id, gm, noteTaker);
    const held = seeded.series.occurrences.filter((o) => o.status !== "cancelled" && o.end.getTime() > Date.now());
    const [first, second, third] = held;
    if (!first || !second || !third) throw new Error("周例会 has three upcoming occurrences");

    const links = await publishActions(app.server.url, seeded, first, [
      { upn: "li.na@yunzhan.example", name: "李娜", what: "补齐爆款库存" },
      { upn: "zhang.min@yunzhan.example", name: "张敏", what: "客服话术更新" },
      { upn: "zhao.lei@yunzhan.example", name: "赵磊", what: "仓库加开夜班" },
    ]);
    await setTask(app.server.url, "li.na@yunzhan.example", links.a1?.taskId ?? "", { percentComplete: 100 });
    await setTask(app.server.url, "zhang.min@yunzhan.example", links.a2?.taskId ?? "", { percentComplete: 100 });
    await setTask(app.server.url, gm, links.a3?.taskId ?? "", {
      dueDateTime: new Date(Date.now() - 3 * 86_400_000).toISOString(),
    });

    const page = await openReview(app, chat.id, second.key);
    const items = page.getByRole("list", { name: "待验收的行动项" }).getByRole("listitem");
    await expect.poll(() => items.count()).toBe(3);
    const texts = await items.allInnerTexts();
    expect(texts[0]).toMatch(/仓库加开夜班[\s\S]*逾期 3 天/);
    expect(texts.slice(1).every((t) => t.includes("已完成"))).toBe(true);
    expect(texts.every((t) => t.includes("第 1 次跟进"))).toBe(true);

    await page.getByRole("button", { name: "验收不通过：仓库加开夜班" }).click();
    await page.getByRole("button", { name: "验收通过：补齐爆款库存" }).click();
    await page.getByRole("button", { name: "验收通过：客服话术更新" }).click();
    await page.getByText(/验收不通过 · .*下次会议继续跟进/).waitFor();
    await page.context().close();

    const next = await openReview(app, chat.id, third.key);
    const carried = next.getByRole("list", { name: "待验收的行动项" }).getByRole("listitem");
    await expect.poll(() => carried.count()).toBe(1);
    expect(await carried.first().innerText()).toMatch(/仓库加开夜班[\s\S]*逾期 3 天[\s\S]*第 2 次跟进/);
    await next.context().close();
  });
});
