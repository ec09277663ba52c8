import { describe, expect, it } from "vitest";
import { testWriters } from "@/meeting/testing/build-attributed";
import { buildSpeaker, buildStoredReport } from "../testing/build-report";
import { computeSpeakerStatus, summarizeTracker } from "./tracker";

const due = new Date("2026-11-29T10:00:00.000Z");
const before = new Date("2026-11-29T09:00:00.000Z");
const after = new Date("2026-11-30T01:00:00.000Z");

describe("computeSpeakerStatus", () => {
  it("is pending before the due time and overdue after it when nothing was submitted", () => {
    expect(computeSpeakerStatus(undefined, due, before)).toEqual({ kind: "pending" });
    expect(computeSpeakerStatus(undefined, due, after)).toEqual({ kind: "overdue" });
  });

  it("is submitted on time, or late when first submitted after the due time", () => {
    const onTime = buildStoredReport({ value: { submittedAt: "2026-11-29T08:00:00.000Z" } });
    expect(computeSpeakerStatus(onTime, due, after)).toEqual({
      kind: "submitted",
      submittedAt: new Date("2026-11-29T08:00:00.000Z"),
      updatedAt: new Date("2026-11-29T08:00:00.000Z"),
      isLate: false,
    });
    const late = buildStoredReport({ value: { submittedAt: "2026-11-29T11:00:00.000Z" } });
    expect(computeSpeakerStatus(late, due, after)).toMatchObject({ kind: "submitted", isLate: true });
  });

  it("does not make an on-time report late when it is updated after the due time", () => {
    const updated = buildStoredReport({
      value: { submittedAt: "2026-11-29T08:00:00.000Z", revision: 3 },
      modifiedAt: "2026-11-30T00:30:00.000Z",
    });
    expect(computeSpeakerStatus(updated, due, after)).toMatchObject({
      kind: "submitted",
      isLate: false,
      updatedAt: new Date("2026-11-30T00:30:00.000Z"),
    });
  });
});

describe("summarizeTracker", () => {
  it("matches reports to speakers by author and section and counts them", () => {
    const speakers = [
      buildSpeaker(),
      buildSpeaker({ upn: "Li.Na@yunzhan.example", name: "李娜" }),
      buildSpeaker({ upn: "zhao.lei@yunzhan.example", name: "赵磊", sectionId: "warehouse" }),
      buildSpeaker({ sectionId: "warehouse" }),
    ];
    const reports = [
      buildStoredReport(),
      buildStoredReport({ value: { author: "li.na@yunzhan.example", submittedAt: "2026-11-29T12:00:00.000Z" } }),
      buildStoredReport({ value: { author: "not.expected@yunzhan.example" } }),
    ];
    const summary = summarizeTracker(speakers, reports, due, after);
    expect(
      summary.rows.map((row) => [
        row.speaker.name,
        row.speaker.sectionId,
        row.status.kind,
        row.status.kind === "submitted" && row.status.isLate,
      ]),
    ).toEqual([
      ["王芳", "sales", "submitted", false],
      ["李娜", "sales", "submitted", true],
      ["赵磊", "warehouse", "overdue", false],
      ["王芳", "warehouse", "overdue", false],
    ]);
    expect(summary).toMatchObject({ submitted: 2, total: 4, late: 3, onBehalf: 0 });
  });

  it("expects no report from a speaker on leave, unless they sent one anyway", () => {
    const speakers = [
      buildSpeaker({ upn: "id-zhao-lei", name: "赵磊" }),
      buildSpeaker({ upn: "id-li-na", name: "李娜" }),
      buildSpeaker({ upn: "id-zhang-min", name: "张敏" }),
    ];
    const reports = [buildStoredReport({ value: { author: "id-li-na" } })];
    const summary = summarizeTracker(speakers, reports, due, after, new Set(["id-zhao-lei", "id-li-na"]));
    expect(summary.rows.map((row) => [row.speaker.name, row.status.kind])).toEqual([
      ["赵磊", "onLeave"],
      ["李娜", "submitted"],
      ["张敏", "overdue"],
    ]);
    expect(summary).toMatchObject({ submitted: 1, total: 2, late: 1, onLeave: 1 });
  });

  it("does not count a report someone else wrote for the speaker, and says who wrote it", () => {
    const speakers = [buildSpeaker(), buildSpeaker({ upn: "li.na@yunzhan.example", name: "李娜" })];
    const reports = [
      buildStoredReport({ authorship: { kind: "onBehalf", by: testWriters.gm, change: "created" } }),
      buildStoredReport({
        value: { author: "li.na@yunzhan.example" },
        modifiedAt: "2026-11-29T09:30:00.000Z",
        authorship: { kind: "onBehalf", by: testWriters.gm, change: "changed" },
      }),
    ];
    const summary = summarizeTracker(speakers, reports, due, before);
    expect(summary.rows.map((row) => row.status)).toEqual([
      { kind: "onBehalf", by: "王建国", change: "created", updatedAt: new Date("2026-11-29T08:00:00.000Z") },
      { kind: "onBehalf", by: "王建国", change: "changed", updatedAt: new Date("2026-11-29T09:30:00.000Z") },
    ]);
    expect(summary).toMatchObject({ submitted: 0, total: 2, late: 0, onBehalf: 2 });
    expect(computeSpeakerStatus(buildStoredReport({ authorship: { kind: "unverified" } }), due, after)).toMatchObject({
      kind: "onBehalf",
      by: "",
      change: "unverified",
    });
  });
});
