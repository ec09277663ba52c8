import { describe, expect, it } from "vitest";
import { buildOwedReport } from "../testing/build-my-meetings";
import { computeReportStatus, sortOwedReports } from "./report-status";

const due = new Date("2026-12-04T10:00:00.000Z");

describe("computeReportStatus", () => {
  it("is pending before the due time and overdue after it while nothing is submitted", () => {
    expect(computeReportStatus({ due }, new Date("2026-12-04T09:59:59.000Z"))).toEqual({ kind: "pending" });
    expect(computeReportStatus({ due }, new Date("2026-12-04T10:00:01.000Z"))).toEqual({ kind: "overdue" });
  });

  it("is submitted, late only when first submitted after the due time", () => {
    const later = new Date("2026-12-06T00:00:00.000Z");
    expect(computeReportStatus({ due, submittedAt: new Date("2026-12-04T09:00:00.000Z") }, later)).toEqual({
      kind: "submitted",
      isLate: false,
    });
    expect(computeReportStatus({ due, submittedAt: new Date("2026-12-05T09:00:00.000Z") }, later)).toEqual({
      kind: "submitted",
      isLate: true,
    });
  });
});

describe("sortOwedReports", () => {
  it("puts overdue first, then pending, then submitted", () => {
    const now = new Date("2026-12-05T00:00:00.000Z");
    const submitted = buildOwedReport({ sectionId: "a", submittedAt: new Date("2026-12-01T00:00:00.000Z") });
    const pending = buildOwedReport({ sectionId: "b", due: new Date("2026-12-11T10:00:00.000Z") });
    const overdue = buildOwedReport({ sectionId: "c" });
    expect(sortOwedReports([submitted, pending, overdue], now).map((r) => r.sectionId)).toEqual(["c", "b", "a"]);
  });
});
