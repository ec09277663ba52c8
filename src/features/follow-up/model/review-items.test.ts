import { describe, expect, it } from "vitest";
import { buildAction, buildMinutes, buildReview, week2, week3, week4 } from "../testing/builders";
import { buildPlannerTask } from "@/meeting/testing/build-planner-task";
import { buildDirectory, buildPerson } from "@/meeting/testing/build-directory";
import { buildReviewItems, countCarry, getReviewRight, isOwnItem, sortReviewItems } from "./review-items";
import { listSeriesActions } from "./series-actions";

const now = new Date("2026-06-15T02:00:00Z");
const timeZone = "Asia/Shanghai";
const directory = buildDirectory([buildPerson()]);

describe("review items", () => {
  it("lists earlier occurrences' unaccepted items with their decision, and never later ones", () => {
    const actions = [buildAction(), buildAction({ actionId: "later", occurrenceKey: week3, taskId: "t9" })];
    const items = buildReviewItems({
      actions,
      reviews: [],
      tasks: new Map([["t1", buildPlannerTask()]]),
      directory,
      occurrenceKey: week2,
      now,
      timeZone,
    });
    expect(items.map((i) => i.actionId)).toEqual(["a1"]);
    expect(items[0]).toMatchObject({
      decisionText: "本周内清理积压退款",
      standard: "退款工单清零",
      carryCount: 1,
      verdict: undefined,
    });
  });

  it("drops an item accepted at an earlier occurrence, keeps it (with the verdict) at the one that accepted it", () => {
    const reviews = [buildReview({ verdict: "accepted", occurrenceKey: week2 })];
    const input = {
      actions: [buildAction()],
      reviews,
      tasks: new Map([["t1", buildPlannerTask({ percentComplete: 100, completedDateTime: "2026-06-04T00:00:00Z" })]]),
      directory,
      now,
      timeZone,
    };
    expect(buildReviewItems({ ...input, occurrenceKey: week2 })[0]?.verdict?.verdict).toBe("accepted");
    expect(buildReviewItems({ ...input, occurrenceKey: week3 })).toEqual([]);
  });

  it("counts follow-ups: 1 at the first review, +1 per earlier occurrence that did not accept it", () => {
    const reviews = [buildReview({ occurrenceKey: week2 }), buildReview({ occurrenceKey: week3 })];
    expect(countCarry("a1", [], week2)).toBe(1);
    expect(countCarry("a1", reviews, week2)).toBe(1);
    expect(countCarry("a1", reviews, week3)).toBe(2);
    expect(countCarry("a1", reviews, week4)).toBe(3);
    expect(countCarry("other", reviews, week4)).toBe(1);
  });

  it("sorts overdue first (most overdue first), then deleted, not started, in progress, done", () => {
    const tasks = new Map([
      ["late3", buildPlannerTask({ id: "late3", dueDateTime: "2026-06-12T15:59:59Z" })],
      ["late10", buildPlannerTask({ id: "late10", dueDateTime: "2026-06-05T15:59:59Z" })],
      ["doing", buildPlannerTask({ id: "doing", percentComplete: 50, dueDateTime: "2026-06-20T15:59:59Z" })],
      ["todo", buildPlannerTask({ id: "todo", dueDateTime: "2026-06-20T15:59:59Z" })],
      ["done", buildPlannerTask({ id: "done", percentComplete: 100, completedDateTime: "2026-06-10T00:00:00Z" })],
    ]);
    const ids = ["done", "doing", "late3", "gone", "todo", "late10"];
    const actions = ids.map((id) => buildAction({ actionId: id, taskId: id }));
    const items = buildReviewItems({ actions, reviews: [], tasks, directory, occurrenceKey: week3, now, timeZone });
    expect(items.map((i) => [i.actionId, i.status.kind])).toEqual([
      ["late10", "overdue"],
      ["late3", "overdue"],
      ["gone", "deleted"],
      ["todo", "notStarted"],
      ["doing", "inProgress"],
      ["done", "done"],
    ]);
    expect(items[0]?.status).toEqual({ kind: "overdue", days: 10, percentComplete: 0 });
    expect(sortReviewItems(items)).toEqual(items);
  });

  it("reads action items only from published minutes, with their Planner links", () => {
    const actions = listSeriesActions([
      buildMinutes(),
      buildMinutes({ occurrenceKey: week2, status: "draft", published: undefined }),
    ]);
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({
      actionId: "a1",
      taskId: "t1",
      decisionText: "本周内清理积压退款",
      itemTitle: "运营",
    });
  });

  it("shows the owner Planner has now, and flags one who has left", () => {
    const zhangMin = buildPerson({ id: "id-zhang", name: "张敏", userPrincipalName: "zhang.min@yunzhan.example" });
    const tasks = new Map([
      ["moved", buildPlannerTask({ id: "moved", assigneeIds: ["id-zhang"] })],
      ["left", buildPlannerTask({ id: "left", assigneeIds: ["id-gone"] })],
    ]);
    const actions = [
      buildAction({ actionId: "moved", taskId: "moved" }),
      buildAction({ actionId: "left", taskId: "left", owner: "gone@yunzhan.example", ownerName: "陈晓东" }),
    ];
    const people = buildDirectory([buildPerson(), zhangMin], { "id-gone": "gone", "gone@yunzhan.example": "gone" });
    const items = buildReviewItems({
      actions,
      reviews: [],
      tasks,
      directory: people,
      occurrenceKey: week3,
      now,
      timeZone,
    });
    const byId = new Map(items.map((i) => [i.actionId, i.ownership]));
    expect(byId.get("moved")).toMatchObject({ owners: [{ name: "张敏" }], reassignedFrom: { name: "李娜" } });
    expect(byId.get("left")).toMatchObject({ owners: [{ name: "陈晓东", standing: "gone" }], isOrphaned: true });
  });
});

describe("getReviewRight", () => {
  const item = {
    owner: "Li.Na@yunzhan.example",
    supervisor: "zhao.lei@yunzhan.example",
    status: { kind: "inProgress", percentComplete: 50 } as const,
  };

  it("never lets the owner review her own item, even as this week's host", () => {
    expect(getReviewRight(item, "li.na@yunzhan.example", true)).toEqual({ kind: "ownItem" });
  });

  it("lets the host, the organizer or the supervisor review, accepting outright only what Planner shows done", () => {
    expect(getReviewRight(item, "wang.jianguo@yunzhan.example", true)).toEqual({ kind: "review", isDone: false });
    expect(getReviewRight(item, "zhao.lei@yunzhan.example", false)).toEqual({ kind: "review", isDone: false });
    const done = { ...item, status: { kind: "done", completedOn: "2026-06-03" } as const };
    expect(getReviewRight(done, "zhao.lei@yunzhan.example", false)).toEqual({ kind: "review", isDone: true });
  });

  it("gives anyone else, or nobody signed in, no review", () => {
    expect(getReviewRight(item, "zhang.min@yunzhan.example", false)).toEqual({ kind: "none" });
    expect(getReviewRight(item, undefined, true)).toEqual({ kind: "none" });
  });
});

describe("isOwnItem", () => {
  const keyOf = (person: string) => (person === "li.na@yunzhan.example" ? "oid-li" : person);
  const owned = (owner: string, plannerOwners: string[]) => ({
    owner,
    ownership: {
      owners: plannerOwners.map((key) => ({ key, name: key, standing: "active" as const })),
      reassignedFrom: undefined,
      isOrphaned: false,
    },
  });

  it("follows Planner's owners over the minutes' named owner, once an item is reassigned", () => {
    expect(isOwnItem(owned("li.na@yunzhan.example", ["oid-zhang"]), "oid-li", keyOf)).toBe(false);
    expect(isOwnItem(owned("li.na@yunzhan.example", ["oid-zhang"]), "oid-zhang", keyOf)).toBe(true);
  });

  it("takes the minutes' owner, keyed like the viewer, when Planner names nobody", () => {
    expect(isOwnItem(owned("li.na@yunzhan.example", []), "oid-li", keyOf)).toBe(true);
    expect(isOwnItem(owned("li.na@yunzhan.example", []), undefined, keyOf)).toBe(false);
  });
});
