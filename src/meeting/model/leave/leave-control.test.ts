import { describe, expect, it } from "vitest";
import { canWithdrawLeave, getLeaveControl } from "./leave-control";

const meetingStart = new Date("2026-12-07T01:30:00Z");
const cutoff = new Date("2026-12-04T01:30:00Z");
const before = new Date("2026-12-03T09:00:00Z");
const afterCutoff = new Date("2026-12-05T09:00:00Z");

describe("withdrawing a leave request", () => {
  it("is allowed until the cut-off, the cut-off itself included", () => {
    expect(canWithdrawLeave(before, cutoff)).toBe(true);
    expect(canWithdrawLeave(cutoff, cutoff)).toBe(true);
  });

  it("is refused once the cut-off has passed", () => {
    expect(canWithdrawLeave(new Date(cutoff.getTime() + 1), cutoff)).toBe(false);
  });
});

describe("the leave control an attendee sees", () => {
  const base = { meetingStart, cutoff, isPublished: false, hasOwnRequest: false };

  it("offers the form before the meeting, with no withdrawal when nothing is asked", () => {
    expect(getLeaveControl({ ...base, now: before })).toEqual({ kind: "open", canWithdraw: false });
  });

  it("offers withdrawal of one's own request before the cut-off", () => {
    expect(getLeaveControl({ ...base, now: before, hasOwnRequest: true })).toEqual({ kind: "open", canWithdraw: true });
  });

  it("still takes a late request after the cut-off, but no withdrawal", () => {
    expect(getLeaveControl({ ...base, now: afterCutoff, hasOwnRequest: true })).toEqual({
      kind: "open",
      canWithdraw: false,
    });
  });

  it("shows a recorded leave read-only once the minutes are published", () => {
    expect(getLeaveControl({ ...base, now: before, isPublished: true, hasOwnRequest: true })).toEqual({
      kind: "recorded",
    });
  });

  it("shows nothing after publish to someone who did not ask", () => {
    expect(getLeaveControl({ ...base, now: before, isPublished: true })).toEqual({ kind: "none" });
  });

  it("closes once the meeting has started", () => {
    expect(getLeaveControl({ ...base, now: meetingStart, hasOwnRequest: true })).toEqual({ kind: "recorded" });
    expect(getLeaveControl({ ...base, now: meetingStart })).toEqual({ kind: "none" });
  });
});
