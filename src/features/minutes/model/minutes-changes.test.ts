import { describe, expect, it } from "vitest";
import { testWriters } from "@/meeting/testing/build-attributed";
import { buildAction, buildMinutes, testPeople } from "../testing/build-minutes";
import { addAction, addDecision, setAttendanceStatus, setItemNotes } from "./edit-minutes";
import { startAmendment } from "./lifecycle";
import { describeMinutesChanges, describeMinutesHistory } from "./minutes-changes";

const draft = buildMinutes();
const now = new Date("2026-11-30T08:00:00.000Z");

describe("describeMinutesChanges", () => {
  it("says the first version created the minutes, and an unchanged payload changed nothing", () => {
    expect(describeMinutesChanges(undefined, draft)).toEqual([{ kind: "created" }]);
    expect(describeMinutesChanges(draft, { ...draft, updatedAt: now.toISOString() })).toEqual([{ kind: "none" }]);
  });

  it("counts decisions and action items added, removed and edited", () => {
    const withDecision = addDecision(draft, "ops", { id: "d1", text: "退货流程本周内改版" });
    const withActions = addAction(addAction(withDecision, buildAction({ id: "a1" })), buildAction({ id: "a2" }));
    expect(describeMinutesChanges(draft, withActions)).toEqual([
      { kind: "decisionsAdded", count: 1 },
      { kind: "actionsAdded", count: 2 },
    ]);
    const edited = {
      ...withActions,
      items: withActions.items.map((item) => ({
        ...item,
        decisions: item.decisions.map((d) => ({ ...d, text: `${d.text}（修订）` })),
      })),
      actions: [{ ...buildAction({ id: "a1" }), due: "2026-12-10" }, buildAction({ id: "a3" })],
    };
    expect(describeMinutesChanges(withActions, edited)).toEqual([
      { kind: "decisionsEdited", count: 1 },
      { kind: "actionsAdded", count: 1 },
      { kind: "actionsRemoved", count: 1 },
      { kind: "actionsEdited", count: 1 },
    ]);
  });

  it("names whose attendance changed and to what, and counts edited notes", () => {
    const marked = setAttendanceStatus(
      setAttendanceStatus(draft, testPeople.service.upn, "late"),
      testPeople.ops.upn,
      "absent",
    );
    const noted = setItemNotes(marked, "ops", "GMV 完成 90%");
    expect(describeMinutesChanges(draft, noted)).toEqual([
      {
        kind: "attendance",
        entries: [
          { upn: testPeople.service.upn, name: "张敏", status: "late" },
          { upn: testPeople.ops.upn, name: "李娜", status: "absent" },
        ],
      },
      { kind: "notes", count: 1 },
    ]);
  });

  it("tells publishing, linking Planner tasks and starting an amendment", () => {
    const linked = {
      ...draft,
      published: {
        version: 0,
        at: "",
        by: testPeople.noteTaker.upn,
        planner: { a1: { taskId: "t1", bucketId: "b1", fingerprint: "f" } },
      },
    };
    expect(describeMinutesChanges(draft, linked)).toEqual([{ kind: "tasksLinked", count: 1 }]);
    const published = { ...linked, status: "published" as const };
    expect(describeMinutesChanges(linked, published)).toEqual([{ kind: "published", version: 1 }]);
    expect(describeMinutesChanges(published, startAmendment(published, testPeople.noteTaker.upn, now))).toEqual([
      { kind: "amended", version: 2 },
    ]);
  });
});

describe("describeMinutesHistory", () => {
  it("lists versions newest first, each against the one before, with SharePoint's writer", () => {
    const second = addDecision(draft, "ops", { id: "d1", text: "退货流程本周内改版" });
    const history = describeMinutesHistory([
      { id: "2.0", modifiedAt: "2026-11-30T07:10:00Z", modifiedBy: testWriters.gm, value: second },
      { id: "1.0", modifiedAt: "2026-11-30T07:00:00Z", modifiedBy: testWriters.ops, value: draft },
      { id: "10.0", modifiedAt: "2026-11-30T07:30:00Z", modifiedBy: testWriters.ops },
    ]);
    expect(history.isTrimmed).toBe(false);
    expect(history.entries.map((e) => [e.id, e.modifiedBy?.displayName, e.changes])).toEqual([
      ["10.0", "李娜", [{ kind: "unreadable" }]],
      ["2.0", "王建国", [{ kind: "decisionsAdded", count: 1 }]],
      ["1.0", "李娜", [{ kind: "created" }]],
    ]);
  });

  it("does not diff the oldest version kept when earlier ones were not retained", () => {
    const history = describeMinutesHistory([
      { id: "7.0", modifiedAt: "2026-11-30T07:00:00Z", value: draft },
      { id: "8.0", modifiedAt: "2026-11-30T07:05:00Z", value: setItemNotes(draft, "ops", "x") },
    ]);
    expect(history.isTrimmed).toBe(true);
    expect(history.entries.map((e) => e.changes)).toEqual([[{ kind: "notes", count: 1 }], []]);
  });
});
