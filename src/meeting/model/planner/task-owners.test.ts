import { describe, expect, it } from "vitest";
import { buildDirectory, buildPerson } from "../../testing/build-directory";
import { buildPlannerTask } from "../../testing/build-planner-task";
import { getHandOver, getTaskOwnership } from "./task-owners";

const liNa = buildPerson();
const zhangMin = buildPerson({ id: "id-zhang", name: "张敏", userPrincipalName: "zhang.min@yunzhan.example" });
const action = { owner: "li.na@yunzhan.example", ownerName: "李娜" };

describe("who owns an action item now", () => {
  it("is the minutes' owner while Planner still has them", () => {
    const ownership = getTaskOwnership(action, buildPlannerTask({ assigneeIds: ["id-li-na"] }), buildDirectory([liNa]));
    expect(ownership).toEqual({
      owners: [{ key: "id-li-na", name: "李娜", standing: "active" }],
      reassignedFrom: undefined,
      isOrphaned: false,
    });
  });

  it("is Planner's assignee after a reassignment there, with the minutes' owner as 改派自", () => {
    const ownership = getTaskOwnership(
      action,
      buildPlannerTask({ assigneeIds: ["id-zhang"] }),
      buildDirectory([liNa, zhangMin]),
    );
    expect(ownership.owners.map((o) => o.name)).toEqual(["张敏"]);
    expect(ownership.reassignedFrom).toEqual({ name: "李娜" });
  });

  it("flags an owner who was deleted: Planner keeps the id, the directory answers 404", () => {
    const ownership = getTaskOwnership(
      action,
      buildPlannerTask({ assigneeIds: ["id-li-na"] }),
      buildDirectory([zhangMin], { "id-li-na": "gone", "li.na@yunzhan.example": "gone" }),
    );
    expect(ownership.owners).toEqual([{ key: "id-li-na", name: "李娜", standing: "gone" }]);
    expect(ownership.reassignedFrom).toBeUndefined();
    expect(ownership.isOrphaned).toBe(true);
  });

  it("flags a disabled owner and one no longer in the group", () => {
    const disabled = buildDirectory([{ ...liNa, account: "disabled" }]);
    expect(getTaskOwnership(action, buildPlannerTask({ assigneeIds: ["id-li-na"] }), disabled).isOrphaned).toBe(true);
    const left = buildDirectory([zhangMin], { "id-li-na": liNa, "li.na@yunzhan.example": liNa });
    const ownership = getTaskOwnership(action, buildPlannerTask({ assigneeIds: ["id-li-na"] }), left);
    expect(ownership.owners[0]?.standing).toBe("notMember");
    expect(ownership.isOrphaned).toBe(true);
  });

  it("is orphaned when Planner has nobody on the task, not while one owner can still do it", () => {
    const directory = buildDirectory([liNa, zhangMin], { "id-gone": "gone" });
    expect(getTaskOwnership(action, buildPlannerTask({ assigneeIds: [] }), directory).isOrphaned).toBe(true);
    const shared = buildPlannerTask({ assigneeIds: ["id-gone", "id-zhang"] });
    expect(getTaskOwnership(action, shared, directory).isOrphaned).toBe(false);
  });

  it("falls back to the minutes' owner when the task is not known, and keeps a recorded reassignment", () => {
    const ownership = getTaskOwnership(
      { owner: "zhang.min@yunzhan.example", ownerName: "张敏", reassignedFromName: "李娜" },
      undefined,
      buildDirectory([zhangMin]),
    );
    expect(ownership).toEqual({
      owners: [{ key: "zhang.min@yunzhan.example", name: "张敏", standing: "active" }],
      reassignedFrom: { name: "李娜" },
      isOrphaned: false,
    });
  });

  it("hands over by taking off the owners who left, naming why", () => {
    const directory = buildDirectory([zhangMin], { "id-gone": "gone" });
    const shared = getTaskOwnership(action, buildPlannerTask({ assigneeIds: ["id-gone"] }), directory);
    expect(getHandOver(shared, true)).toEqual({ removeIds: ["id-gone"], reason: "gone" });
    const untracked = getTaskOwnership(action, buildPlannerTask({ assigneeIds: [] }), directory);
    expect(getHandOver(untracked, true)).toEqual({ removeIds: [], reason: "other" });
  });
});
