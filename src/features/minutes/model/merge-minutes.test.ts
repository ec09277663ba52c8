import { describe, expect, it } from "vitest";
import { buildAction, buildMinutes, testPeople } from "../testing/build-minutes";
import {
  addAction,
  addDecision,
  removeAction,
  removeDecision,
  setAttendance,
  setItemNotes,
  updateAction,
} from "./edit-minutes";
import { mergeMinutes, resolveConflict } from "./merge-minutes";

function firstOf<T>(list: readonly T[]): T {
  const [first] = list;
  if (first === undefined) throw new Error("Expected at least one conflict");
  return first;
}

const base = buildMinutes({ actions: [buildAction()] });

describe("mergeMinutes", () => {
  it("keeps edits of different items from both sides", () => {
    const mine = setItemNotes(base, "ops", "运营：GMV 同比 +12%");
    const theirs = setItemNotes(base, "service", "客服：差评率下降");
    const { value, conflicts } = mergeMinutes(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(value.items.map((i) => i.notes)).toEqual(["", "运营：GMV 同比 +12%", "客服：差评率下降"]);
  });

  it("reports the same field changed differently, keeping theirs and remembering mine", () => {
    const mine = setItemNotes(base, "ops", "我的记录");
    const theirs = setItemNotes(base, "ops", "他们的记录");
    const { value, conflicts } = mergeMinutes(base, mine, theirs);
    expect(value.items[1]?.notes).toBe("他们的记录");
    expect(conflicts).toEqual([{ path: ["items", "ops", "notes"], mine: "我的记录", theirs: "他们的记录" }]);
    expect(resolveConflict(value, firstOf(conflicts), "mine").items[1]?.notes).toBe("我的记录");
  });

  it("treats the same change on both sides as no conflict", () => {
    const mine = setItemNotes(base, "ops", "同样的内容");
    expect(mergeMinutes(base, mine, setItemNotes(base, "ops", "同样的内容")).conflicts).toEqual([]);
  });

  it("keeps decisions and actions added on either side, in a sensible order", () => {
    const mine = addAction(
      addDecision(base, "ops", { id: "d-mine", text: "下周上线新退货流程" }),
      buildAction({ id: "a-mine" }),
    );
    const theirs = addAction(
      addDecision(base, "ops", { id: "d-theirs", text: "客服增加夜班" }),
      buildAction({ id: "a-theirs" }),
    );
    const { value, conflicts } = mergeMinutes(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(value.items[1]?.decisions.map((d) => d.id)).toEqual(["d-theirs", "d-mine"]);
    expect(value.actions.map((a) => a.id)).toEqual(["a1", "a-mine", "a-theirs"]);
  });

  it("deletes what one side deleted and the other left alone", () => {
    const withDecision = addDecision(base, "ops", { id: "d1", text: "决议" });
    const mine = removeAction(removeDecision(withDecision, "ops", "d1"), "a1");
    const theirs = setItemNotes(withDecision, "service", "无关修改");
    const { value, conflicts } = mergeMinutes(withDecision, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(value.items[1]?.decisions).toEqual([]);
    expect(value.actions).toEqual([]);
    expect(value.items[2]?.notes).toBe("无关修改");
  });

  it("keeps an action one side edited while the other deleted it, and offers the deletion", () => {
    const mine = removeAction(base, "a1");
    const theirs = updateAction(base, "a1", { due: "2026-12-10" });
    const { value, conflicts } = mergeMinutes(base, mine, theirs);
    expect(value.actions[0]?.due).toBe("2026-12-10");
    expect(conflicts).toEqual([{ path: ["actions", "a1"], mine: undefined, theirs: theirs.actions[0] }]);
    expect(resolveConflict(value, firstOf(conflicts), "mine").actions).toEqual([]);
  });

  it("merges action fields separately; the owner's name follows the owner", () => {
    const mine = updateAction(base, "a1", { owner: testPeople.service.upn, ownerName: testPeople.service.name });
    const theirs = updateAction(base, "a1", { due: "2026-12-14", priority: "urgent" });
    const { value, conflicts } = mergeMinutes(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(value.actions[0]).toMatchObject({
      owner: testPeople.service.upn,
      ownerName: "张敏",
      due: "2026-12-14",
      priority: "urgent",
    });

    const other = updateAction(base, "a1", { owner: testPeople.host.upn, ownerName: testPeople.host.name });
    const clash = mergeMinutes(base, mine, other);
    expect(clash.conflicts).toEqual([
      {
        path: ["actions", "a1", "owner"],
        mine: { owner: testPeople.service.upn, ownerName: "张敏" },
        theirs: { owner: testPeople.host.upn, ownerName: "王建国" },
      },
    ]);
    expect(clash.value.actions[0]?.ownerName).toBe("王建国");
    expect(resolveConflict(clash.value, firstOf(clash.conflicts), "mine").actions[0]).toMatchObject({
      owner: testPeople.service.upn,
      ownerName: "张敏",
    });
  });

  it("merges attendance per person and reports a person marked differently", () => {
    const mine = setAttendance(
      setAttendance(base, testPeople.ops.upn, { status: "late", lateMinutes: 5 }),
      testPeople.host.upn,
      { status: "present" },
    );
    const theirs = setAttendance(base, testPeople.ops.upn, { status: "absent" });
    const { value, conflicts } = mergeMinutes(base, mine, theirs);
    expect(value.attendance).toEqual({
      [testPeople.ops.upn]: { status: "absent" },
      [testPeople.host.upn]: { status: "present" },
    });
    expect(conflicts).toEqual([
      {
        path: ["attendance", testPeople.ops.upn],
        mine: { status: "late", lateMinutes: 5 },
        theirs: { status: "absent" },
      },
    ]);
    expect(resolveConflict(value, firstOf(conflicts), "mine").attendance[testPeople.ops.upn]).toEqual({
      status: "late",
      lateMinutes: 5,
    });
  });

  it("does not lose a header change and stamps the writer", () => {
    const mine = { ...base, meetingTitle: "周例会（改期）", updatedBy: "me@x", updatedAt: "2026-11-30T06:00:00.000Z" };
    const theirs = { ...base, noteTaker: testPeople.ops.upn, updatedBy: "them@x" };
    const { value } = mergeMinutes(base, mine, theirs);
    expect(value).toMatchObject({ meetingTitle: "周例会（改期）", noteTaker: testPeople.ops.upn, updatedBy: "me@x" });
  });

  it("takes theirs whole, stamp included, into a copy with no edits of its own (a publish elsewhere)", () => {
    const published = {
      ...base,
      status: "published" as const,
      published: { version: 1, at: "2026-11-30T08:00:00.000Z", by: testPeople.noteTaker.upn, planner: {} },
      reassignments: [
        {
          actionId: "a1",
          from: testPeople.ops.upn,
          fromName: testPeople.ops.name,
          to: testPeople.service.upn,
          toName: testPeople.service.name,
          reason: "gone" as const,
          by: testPeople.host.upn,
          at: "2026-11-30T08:00:00.000Z",
        },
      ],
      updatedBy: testPeople.noteTaker.upn,
      updatedAt: "2026-11-30T08:00:00.000Z",
    };
    const { value, conflicts } = mergeMinutes(base, base, published);
    expect(conflicts).toEqual([]);
    expect(value).toEqual(published);
  });
});
