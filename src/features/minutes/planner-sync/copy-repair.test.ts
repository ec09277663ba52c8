import { describe, expect, it } from "vitest";
import { planCopyRepair } from "./copy-repair";
import { buildDesired, buildExisting, writtenDetails } from "./testing/builders";

describe("repairing extra copies of an action item's task", () => {
  const desired = buildDesired("a1");

  it("keeps the task it matched and removes an untouched twin without details", () => {
    const own = buildExisting("t2", desired, { details: writtenDetails(desired) });
    const twin = buildExisting("t1", desired);
    const repair = planCopyRepair([desired], new Map([["a1", own]]), [own, twin]);
    expect(repair.removals.map((task) => task.id)).toEqual(["t1"]);
    expect(repair.keepers.size).toBe(0);
    expect(repair.touchedCopies).toEqual([]);
  });

  it("keeps the copy someone has started on, and never deletes a touched copy", () => {
    const own = buildExisting("t1", desired);
    const started = buildExisting("t2", desired, { percentComplete: 50 });
    const done = buildExisting("t3", desired, { completedDateTime: "2026-12-01T08:00:00Z", percentComplete: 100 });
    const repair = planCopyRepair([desired], new Map([["a1", own]]), [own, started, done]);
    expect(repair.keepers.get("a1")?.id).toBe("t2");
    expect(repair.removals.map((task) => task.id)).toEqual(["t1"]);
    expect(repair.touchedCopies).toEqual([{ actionId: "a1", taskIds: ["t3"] }]);
  });

  it("prefers the copy with our details over the matched one without", () => {
    const own = buildExisting("t1", desired);
    const withDetails = buildExisting("t2", desired, { details: writtenDetails(desired) });
    const repair = planCopyRepair([desired], new Map([["a1", own]]), [own, withDetails]);
    expect(repair.keepers.get("a1")?.id).toBe("t2");
    expect(repair.removals.map((task) => task.id)).toEqual(["t1"]);
  });

  it("leaves tasks that are not the action item's alone", () => {
    const own = buildExisting("t1", desired);
    const other = buildExisting("t2", buildDesired("a2", { what: "另一件事" }));
    expect(planCopyRepair([desired], new Map([["a1", own]]), [own, other]).removals).toEqual([]);
  });

  it("leaves another occurrence's published task of the same month with the same title, owner and due date", () => {
    const own = buildExisting("t1", desired);
    // Listed again after the creates, without details: its description says it was published.
    const otherOccurrence = buildExisting("t0", desired, { hasDescription: true });
    expect(planCopyRepair([desired], new Map([["a1", own]]), [own, otherOccurrence]).removals).toEqual([]);
  });
});
