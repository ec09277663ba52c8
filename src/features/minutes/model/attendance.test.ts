import { describe, expect, it } from "vitest";
import { buildOnBehalf, buildOwn, testWriters } from "@/meeting/testing/build-attributed";
import { buildLeaveRequest, buildMinutes, testPeople } from "../testing/build-minutes";
import {
  applyLeaveRequests,
  computeLatenessPenalty,
  isLeaveRequestLate,
  listLeaveForReview,
  recordLeaveOnBehalf,
  summarizeAttendance,
} from "./attendance";
import { setAttendance } from "./edit-minutes";

const start = new Date("2026-11-30T05:30:00.000Z");

describe("isLeaveRequestLate", () => {
  it("is in time up to and including the cut-off, late after it", () => {
    const cutoff = new Date("2026-11-27T05:30:00.000Z");
    expect(isLeaveRequestLate(new Date("2026-11-27T05:30:00.000Z"), cutoff)).toBe(false);
    expect(isLeaveRequestLate(new Date("2026-11-27T05:30:00.001Z"), cutoff)).toBe(true);
    expect(isLeaveRequestLate(new Date("2026-11-30T05:00:00.000Z"), start)).toBe(false);
    expect(isLeaveRequestLate(new Date("2026-11-30T06:00:00.000Z"), start)).toBe(true);
  });
});

describe("applyLeaveRequests", () => {
  it("records approved leave and flags a late request as late notice", () => {
    const minutes = applyLeaveRequests(buildMinutes(), [
      buildOwn(buildLeaveRequest()),
      buildOwn(
        buildLeaveRequest({
          upn: "Li.Na@yunzhan.example",
          reason: "临时生病",
          requestedAt: "2026-11-30T04:00:00.000Z",
          isLate: true,
        }),
      ),
    ]);
    expect(minutes.attendance[testPeople.service.upn]).toEqual({
      status: "leave",
      leave: { reason: "外出拜访客户", requestedAt: "2026-11-28T09:00:00.000Z", isLate: false },
    });
    expect(minutes.attendance[testPeople.ops.upn]?.leave?.isLate).toBe(true);
    expect(summarizeAttendance(minutes, { kind: "none" })).toMatchObject({
      counts: { leave: 2, unmarked: 2 },
      lateNotice: 1,
    });
  });

  it("applies a request once, so a person who came after all stays present", () => {
    const once = applyLeaveRequests(buildMinutes(), [buildOwn(buildLeaveRequest())]);
    const cameAnyway = setAttendance(once, testPeople.service.upn, {
      ...once.attendance[testPeople.service.upn],
      status: "present",
    });
    expect(applyLeaveRequests(cameAnyway, [buildOwn(buildLeaveRequest())])).toBe(cameAnyway);
  });

  it("leaves a request someone else wrote to the note-taker, who may record it as leave naming the writer", () => {
    const forged = buildOnBehalf(buildLeaveRequest(), testWriters.gm);
    const minutes = buildMinutes();
    expect(applyLeaveRequests(minutes, [forged])).toBe(minutes);
    expect(listLeaveForReview(minutes, [forged, buildOwn(buildLeaveRequest({ upn: testPeople.ops.upn }))])).toEqual([
      forged,
    ]);

    const recorded = recordLeaveOnBehalf(minutes, forged);
    expect(recorded.attendance[testPeople.service.upn]).toEqual({
      status: "leave",
      leave: { reason: "外出拜访客户", requestedAt: "2026-11-28T09:00:00.000Z", isLate: false, onBehalfBy: "王建国" },
    });
    expect(listLeaveForReview(recorded, [forged])).toEqual([]);
  });
});

describe("a withdrawn leave request", () => {
  it("takes back the leave it set, so the person is expected again", () => {
    const onLeave = applyLeaveRequests(buildMinutes(), [buildOwn(buildLeaveRequest())]);
    const withdrawn = applyLeaveRequests(onLeave, []);
    expect(withdrawn.attendance[testPeople.service.upn]).toBeUndefined();
    expect(summarizeAttendance(withdrawn, { kind: "none" })).toMatchObject({ counts: { leave: 0 } });
  });

  it("leaves the note-taker's own mark and leave they recorded for someone", () => {
    const once = applyLeaveRequests(buildMinutes(), [buildOwn(buildLeaveRequest())]);
    const cameAnyway = setAttendance(once, testPeople.service.upn, {
      ...once.attendance[testPeople.service.upn],
      status: "present",
    });
    expect(applyLeaveRequests(cameAnyway, [])).toBe(cameAnyway);
    const recorded = recordLeaveOnBehalf(buildMinutes(), buildOnBehalf(buildLeaveRequest(), testWriters.gm));
    expect(applyLeaveRequests(recorded, [])).toBe(recorded);
  });
});

describe("computeLatenessPenalty", () => {
  it("charges nothing by default or when not late", () => {
    expect(computeLatenessPenalty({ status: "late", lateMinutes: 10 }, { kind: "none" })).toBe(0);
    expect(computeLatenessPenalty({ status: "present" }, { kind: "perMinute", amount: 10 })).toBe(0);
    expect(computeLatenessPenalty(undefined, { kind: "flat", amount: 20 })).toBe(0);
  });

  it("charges a flat amount or an amount per minute, without float noise", () => {
    expect(computeLatenessPenalty({ status: "late", lateMinutes: 3 }, { kind: "flat", amount: 20 })).toBe(20);
    expect(computeLatenessPenalty({ status: "late", lateMinutes: 7 }, { kind: "perMinute", amount: 10 })).toBe(70);
    expect(computeLatenessPenalty({ status: "late", lateMinutes: 3 }, { kind: "perMinute", amount: 0.1 })).toBe(0.3);
    expect(computeLatenessPenalty({ status: "late", lateMinutes: 7 }, { kind: "perMinute", amount: 1.15 })).toBe(8.05);
  });

  it("sums penalties in the summary exactly", () => {
    let minutes = buildMinutes();
    for (const person of [testPeople.host, testPeople.ops, testPeople.service])
      minutes = setAttendance(minutes, person.upn, { status: "late", lateMinutes: 1 });
    minutes = setAttendance(minutes, testPeople.noteTaker.upn, { status: "absent" });
    expect(summarizeAttendance(minutes, { kind: "perMinute", amount: 0.1 })).toEqual({
      counts: { present: 0, late: 3, leave: 0, absent: 1, unmarked: 0 },
      lateNotice: 0,
      penaltyTotal: 0.3,
    });
  });
});
