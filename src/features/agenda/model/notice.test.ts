import { describe, expect, it } from "vitest";
import { getNoticeStatus } from "./notice";

const start = new Date("2026-11-30T05:30:00Z");
const dueAt = new Date("2026-11-30T01:30:00Z");

describe("getNoticeStatus", () => {
  it("reminds the host as the notice lead time approaches and passes", () => {
    expect(getNoticeStatus(start, dueAt, new Date("2026-11-27T00:00:00Z"), undefined, 1).state).toBe("notYet");
    expect(getNoticeStatus(start, dueAt, new Date("2026-11-29T08:00:00Z"), undefined, 1)).toEqual({
      dueAt: new Date("2026-11-30T01:30:00Z"),
      state: "due",
    });
    expect(getNoticeStatus(start, dueAt, new Date("2026-11-30T02:00:00Z"), undefined, 1).state).toBe("overdue");
  });

  it("knows a posted agenda that was edited afterwards is out of date", () => {
    expect(getNoticeStatus(start, dueAt, new Date("2026-11-29T00:00:00Z"), { revision: 2 }, 2).state).toBe("posted");
    expect(getNoticeStatus(start, dueAt, new Date("2026-11-29T00:00:00Z"), { revision: 1 }, 2).state).toBe("outdated");
  });
});
