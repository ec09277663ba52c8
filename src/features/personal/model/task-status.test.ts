import { describe, expect, it } from "vitest";
import { buildTask } from "../testing/build-my-meetings";
import { computeTaskStatus, sortTasks } from "./task-status";

const zone = "Asia/Shanghai";

describe("task progress", () => {
  it("is overdue by whole days in the viewer's zone from the day after the due date", () => {
    // Due Saturday 28 November, end of day in Shanghai.
    const task = buildTask({ dueDateTime: "2026-11-28T15:59:59.000Z", percentComplete: 0 });
    expect(computeTaskStatus(task, new Date("2026-11-28T15:00:00.000Z"), zone)).toEqual({
      progress: "notStarted",
      overdueDays: 0,
    });
    expect(computeTaskStatus(task, new Date("2026-11-28T16:00:01.000Z"), zone)).toEqual({
      progress: "notStarted",
      overdueDays: 1,
    });
    expect(computeTaskStatus(task, new Date("2026-12-02T02:00:00.000Z"), zone)).toEqual({
      progress: "notStarted",
      overdueDays: 4,
    });
  });

  it("is never overdue when done or without a due date", () => {
    const now = new Date("2026-12-30T00:00:00.000Z");
    expect(computeTaskStatus(buildTask({ percentComplete: 100 }), now, zone)).toEqual({
      progress: "done",
      overdueDays: 0,
    });
    expect(computeTaskStatus(buildTask({ dueDateTime: undefined }), now, zone)).toEqual({
      progress: "inProgress",
      overdueDays: 0,
    });
  });

  it("counts calendar days in the given zone, not 24-hour spans", () => {
    const task = buildTask({ dueDateTime: "2026-11-30T15:59:00.000Z", percentComplete: 0 });
    const now = new Date("2026-11-30T16:01:00.000Z");
    expect(computeTaskStatus(task, now, zone).overdueDays).toBe(1);
    expect(computeTaskStatus(task, now, "UTC").overdueDays).toBe(0);
  });

  it("is done once Planner has a completion time, whatever the percentage", () => {
    const task = buildTask({ percentComplete: 50, completedDateTime: "2026-11-29T08:00:00.000Z" });
    expect(computeTaskStatus(task, new Date("2026-12-30T00:00:00.000Z"), zone)).toEqual({
      progress: "done",
      overdueDays: 0,
    });
  });

  it("sorts the earliest due first and undated tasks last", () => {
    const tasks = [
      buildTask({ id: "later", dueDateTime: "2026-12-10T00:00:00.000Z" }),
      buildTask({ id: "undated", dueDateTime: undefined }),
      buildTask({ id: "first", dueDateTime: "2026-11-01T00:00:00.000Z" }),
    ];
    expect(sortTasks(tasks).map((t) => t.id)).toEqual(["first", "later", "undated"]);
  });
});
