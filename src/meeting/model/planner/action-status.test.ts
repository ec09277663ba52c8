import { describe, expect, it } from "vitest";
import { buildPlannerTask as buildTask } from "../../testing/build-planner-task";
import { countDaysBetween, deriveActionStatus, getEffectiveDue, isCompletedOnTime, toLocalDate } from "./action-status";

const shanghai = "Asia/Shanghai";

describe("action status from Planner", () => {
  it("is done at 100 % or once Planner stamped a completion", () => {
    const now = new Date("2026-06-10T02:00:00Z");
    expect(
      deriveActionStatus(
        "2026-06-05",
        { kind: "found", task: buildTask({ percentComplete: 100, completedDateTime: "2026-06-04T10:00:00Z" }) },
        now,
        shanghai,
      ),
    ).toEqual({ kind: "done", completedOn: "2026-06-04" });
    expect(
      deriveActionStatus(
        "2026-06-05",
        { kind: "found", task: buildTask({ percentComplete: 50, completedDateTime: "2026-06-04T10:00:00Z" }) },
        now,
        shanghai,
      ).kind,
    ).toBe("done");
  });

  it("tells in progress from not started, and deleted or unpublished tasks apart", () => {
    const now = new Date("2026-06-03T02:00:00Z");
    expect(
      deriveActionStatus("2026-06-05", { kind: "found", task: buildTask({ percentComplete: 50 }) }, now, shanghai),
    ).toEqual({ kind: "inProgress", percentComplete: 50 });
    expect(deriveActionStatus("2026-06-05", { kind: "found", task: buildTask() }, now, shanghai)).toEqual({
      kind: "notStarted",
    });
    expect(deriveActionStatus("2026-06-05", { kind: "deleted", taskId: "t1" }, now, shanghai)).toEqual({
      kind: "deleted",
    });
    expect(deriveActionStatus("2026-06-05", { kind: "unlinked" }, now, shanghai)).toEqual({ kind: "notInPlanner" });
  });

  it("counts overdue days against today in the series' zone, not UTC", () => {
    // 2026-06-05 17:30 UTC is already 6 June 01:30 in Shanghai: one day overdue there, none in UTC.
    const now = new Date("2026-06-05T17:30:00Z");
    expect(deriveActionStatus("2026-06-05", { kind: "found", task: buildTask() }, now, shanghai)).toEqual({
      kind: "overdue",
      days: 1,
      percentComplete: 0,
    });
    expect(deriveActionStatus("2026-06-05", { kind: "found", task: buildTask() }, now, "UTC")).toEqual({
      kind: "notStarted",
    });
    expect(
      deriveActionStatus(
        "2026-06-05",
        { kind: "found", task: buildTask({ percentComplete: 50 }) },
        new Date("2026-06-15T02:00:00Z"),
        shanghai,
      ),
    ).toEqual({ kind: "overdue", days: 10, percentComplete: 50 });
  });

  it("takes Planner's due date over the minutes', read in the series' zone", () => {
    const task = buildTask({ dueDateTime: "2026-06-09T15:59:59Z" }); // end of 9 June in Shanghai
    expect(getEffectiveDue("2026-06-05", { kind: "found", task }, shanghai)).toBe("2026-06-09");
    expect(getEffectiveDue("2026-06-05", { kind: "found", task: buildTask() }, shanghai)).toBe("2026-06-05");
    expect(getEffectiveDue("2026-06-05", { kind: "deleted", taskId: "t1" }, shanghai)).toBe("2026-06-05");
  });

  it("measures days and on-time completion on calendar dates", () => {
    expect(countDaysBetween("2026-02-27", "2026-03-02")).toBe(3);
    expect(countDaysBetween("2026-06-05", "2026-06-01")).toBe(-4);
    expect(toLocalDate(new Date("2026-06-05T16:00:00Z"), shanghai)).toBe("2026-06-06");
    expect(isCompletedOnTime("2026-06-05", "2026-06-05")).toBe(true);
    expect(isCompletedOnTime("2026-06-06", "2026-06-05")).toBe(false);
    expect(isCompletedOnTime(undefined, "2026-06-05")).toBeUndefined();
  });

  it("gives each zone its own date for the same instant, asked again and again", () => {
    const instant = new Date("2026-06-05T20:00:00Z");
    for (let i = 0; i < 3; i++) {
      expect(toLocalDate(instant, shanghai)).toBe("2026-06-06");
      expect(toLocalDate(instant, "America/New_York")).toBe("2026-06-05");
      expect(toLocalDate(new Date("2026-06-05T16:00:00Z"), shanghai)).toBe("2026-06-06");
      expect(toLocalDate(new Date(Date.parse("2026-06-05T16:00:00Z") - 1), shanghai)).toBe("2026-06-05");
    }
  });
});
