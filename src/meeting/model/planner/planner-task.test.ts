import { describe, expect, it } from "vitest";
import { getTaskProgress, isTaskDone } from "./planner-task";

describe("a Planner task's progress", () => {
  it("is done at 100 % or once Planner has a completion time", () => {
    expect(isTaskDone({ percentComplete: 100, completedDateTime: null })).toBe(true);
    expect(isTaskDone({ percentComplete: 50, completedDateTime: "2026-12-01T08:00:00Z" })).toBe(true);
    expect(getTaskProgress({ percentComplete: 0, completedDateTime: "2026-12-01T08:00:00Z" })).toBe("done");
  });

  it("is in progress between 1 and 99 %, not started at 0", () => {
    expect(getTaskProgress({ percentComplete: 1, completedDateTime: null })).toBe("inProgress");
    expect(getTaskProgress({ percentComplete: 0, completedDateTime: null })).toBe("notStarted");
  });
});
