import { describe, expect, it } from "vitest";
import { buildAbsenteeMentions } from "./absentee-mentions";
import { getLatenessPenalty, listAbsentees, resolveName, summarizeAttendance } from "./attendance-summary";
import { buildMinutes, fixtureDisplayNames, fixtureUsers } from "./testing/minutes-fixture";

describe("summarizeAttendance", () => {
  it("counts each status, expected and attended, and fines lateness per the policy", () => {
    const summary = summarizeAttendance(buildMinutes(), fixtureDisplayNames, { kind: "perMinute", amount: 10 });
    expect(summary.counts).toEqual({ present: 5, late: 1, leave: 1, absent: 0, unrecorded: 0 });
    expect([summary.expected, summary.attended]).toEqual([7, 6]);
    expect(summary.people.find((p) => p.status === "late")).toEqual({
      upn: fixtureUsers.design.upn,
      name: "张敏",
      status: "late",
      lateMinutes: 10,
      penalty: 100,
    });
    expect(listAbsentees(summary).map((p) => p.name)).toEqual(["刘洋"]);
    expect(summary.lateness).toEqual({ kind: "perMinute", amount: 10 });
    expect(summary.penaltyTotal).toBe(100);
  });

  it("carries no policy and no penalties when the series sets none", () => {
    const summary = summarizeAttendance(buildMinutes(), fixtureDisplayNames);
    expect(summary.lateness).toEqual({ kind: "none" });
    expect(summary.penaltyTotal).toBe(0);
    expect(summary.people.some((p) => p.penalty !== undefined)).toBe(false);
  });

  it("matches attendance keys case-insensitively and marks people without an entry as unrecorded", () => {
    const minutes = buildMinutes({ attendance: { [fixtureUsers.ops.upn.toUpperCase()]: { status: "absent" } } });
    const summary = summarizeAttendance(minutes, {});
    expect(summary.counts).toEqual({ present: 0, late: 0, leave: 0, absent: 1, unrecorded: 6 });
    expect(summary.attended).toBe(0);
  });

  it("works out penalties: none, flat, per minute, unknown minutes", () => {
    expect(getLatenessPenalty(undefined, 5)).toBeUndefined();
    expect(getLatenessPenalty({ kind: "none" }, 5)).toBeUndefined();
    expect(getLatenessPenalty({ kind: "flat", amount: 20 }, 5)).toBe(20);
    expect(getLatenessPenalty({ kind: "flat", amount: 20 }, undefined)).toBe(20);
    expect(getLatenessPenalty({ kind: "perMinute", amount: 10 }, 3)).toBe(30);
    expect(getLatenessPenalty({ kind: "perMinute", amount: 10 }, undefined)).toBeUndefined();
  });

  it("resolves names from the directory, then the stored name, then the UPN", () => {
    expect(resolveName("a@x", { "a@x": "甲" }, "乙")).toBe("甲");
    expect(resolveName("a@x", { "a@x": " " }, "乙")).toBe("乙");
    expect(resolveName("a@x", {})).toBe("a@x");
  });
});

describe("buildAbsenteeMentions", () => {
  it("mentions the absent and on-leave chat members by object id and reports the rest", () => {
    const minutes = buildMinutes({
      attendance: {
        [fixtureUsers.after.upn]: { status: "leave" },
        [fixtureUsers.wh.upn]: { status: "absent" },
        [fixtureUsers.ops.upn]: { status: "present" },
      },
    });
    const members = [
      { email: fixtureUsers.after.upn.toUpperCase(), userId: fixtureUsers.after.id },
      { email: fixtureUsers.ops.upn, userId: fixtureUsers.ops.id },
    ];
    expect(buildAbsenteeMentions(minutes, members, fixtureDisplayNames)).toEqual({
      mentions: [{ upn: fixtureUsers.after.upn, userId: fixtureUsers.after.id, name: "刘洋" }],
      unmatched: [fixtureUsers.wh.upn],
    });
  });

  it("mentions by the object id the minutes keep when the chat's addresses are not the UPNs", () => {
    const minutes = buildMinutes({
      attendees: [
        { upn: "lh@yunzhan.onmicrosoft.com", name: "刘洋", id: "id-liu" },
        { upn: "zl@yunzhan.onmicrosoft.com", name: "赵磊", id: "id-zhao" },
      ],
      attendance: {
        "lh@yunzhan.onmicrosoft.com": { status: "absent" },
        "zl@yunzhan.onmicrosoft.com": { status: "absent" },
      },
    });
    const members = [
      { email: "liu.yang@yunzhan.example", userId: "id-liu" },
      { email: "zl@yunzhan.onmicrosoft.com", userId: "id-other" },
    ];
    expect(buildAbsenteeMentions(minutes, members)).toEqual({
      mentions: [{ upn: "lh@yunzhan.onmicrosoft.com", userId: "id-liu", name: "刘洋" }],
      unmatched: ["zl@yunzhan.onmicrosoft.com"],
    });
  });
});
