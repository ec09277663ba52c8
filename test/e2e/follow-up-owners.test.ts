// Owners as Planner knows them, in the review that opens the next 周例会: a task handed on in Planner
// shows its new owner with 改派自, and one whose owner left the company is flagged 已离职 — in the
// item and in the host's list of orphaned items — and handed to a group member in one click.
import { describe, expect, it } from "vitest";
import { startAppInBrowser } from "../support/app-in-browser";
import { deleteUser, findChatByTopic, getTenant, resetEmulator } from "../support/emulator-admin";
import { gm, noteTaker, openReview, publishActions, setTask } from "../support/review-flow";
import { connectAs, seedWeeklySeries } from "../support/seed-series";

const app = startAppInBrowser();

describe("owners as Planner knows them", () => {
  it("shows the owner Planner has, flags one who has left, and hands the item over in one click", async () => {
    await resetEmulator(app.server.url);
    const chat = findChatByTopic(await getTenant(app.server.url), "周例会");
    const seeded = await seedWeeklySeries(app.server.url, chat.id, gm, noteTaker);
    const upcoming = seeded.series.occurrences.filter((o) => o.status !== "cancelled" && o.end.getTime() > Date.now());
    const [first, second] = upcoming;
    if (!first || !second) throw new Error("周例会 has two upcoming occurrences");
    const links = await publishActions(app.server.url, seeded, first, [
      { upn: "li.na@yunzhan.example", name: "李娜", what: "补齐爆款库存" },
      { upn: "chen.xiaodong@yunzhan.example", name: "陈晓东", what: "仓库加开夜班" },
    ]);
    const tenant = await getTenant(app.server.url);
    const idOf = (upn: string): string => tenant.users.find((u) => u.userPrincipalName === upn)?.id ?? upn;

    // 李娜 hands her task to 张敏 in Planner; 陈晓东 leaves the company.
    await setTask(app.server.url, "li.na@yunzhan.example", links.a1?.taskId ?? "", {
      assignments: {
        [idOf("li.na@yunzhan.example")]: null,
        [idOf("zhang.min@yunzhan.example")]: { "@odata.type": "#microsoft.graph.plannerAssignment", orderHint: " !" },
      },
    });
    await deleteUser(app.server.url, "chen.xiaodong@yunzhan.example");

    const page = await openReview(app, chat.id, second.key);
    const list = page.getByRole("list", { name: "待验收的行动项" });
    const moved = list.getByRole("listitem", { name: "补齐爆款库存" });
    const orphaned = list.getByRole("listitem", { name: "仓库加开夜班" });
    await moved.getByText("责任人：张敏（改派自 李娜）", { exact: false }).waitFor();
    await orphaned.getByText("陈晓东 已离职").waitFor();
    await page.getByRole("list", { name: "责任人已离职、已停用或不在组内的行动项（1）" }).waitFor();

    await orphaned.getByRole("button", { name: "改派：仓库加开夜班" }).click();
    await page.getByRole("menuitem", { name: "改派给 刘洋" }).click();
    await orphaned.getByText("责任人：刘洋（改派自 陈晓东）", { exact: false }).waitFor();
    await expect.poll(() => orphaned.getByText("陈晓东 已离职").count()).toBe(0);
    await expect.poll(() => page.getByRole("list", { name: /责任人已离职/ }).count()).toBe(0);
    const task = await connectAs(app.server.url, gm).get<{ assignments: Record<string, unknown> }>(
      `/planner/tasks/${links.a2?.taskId ?? ""}`,
      { operation: "getPlannerTask" },
    );
    expect(Object.keys(task.body.assignments)).toEqual([idOf("liu.yang@yunzhan.example")]);
    await page.context().close();
  });
});
