import { describe, expect, it } from "vitest";
import { buildReportValue } from "../testing/build-report";
import { isSameReport, listFilledFieldIds, orderFieldIds, toSubmittedFields } from "./report";
import { reportValueSchema } from "@/meeting/model/records/report-record";
import { getReportKey } from "@/meeting/model/record-keys";

describe("report record", () => {
  it("keys a report by series, occurrence, section and lower-cased speaker", () => {
    expect(
      getReportKey({
        seriesId: "19:m@thread.v2",
        occurrenceKey: "2026-11-30T05:30:00.000Z",
        sectionId: "ops",
        person: "Wang.Fang@Yunzhan.example",
      }),
    ).toBe("report|19:m@thread.v2|2026-11-30T05:30:00.000Z|ops|wang.fang@yunzhan.example");
  });

  it("reads a stored report and refuses one of another shape", () => {
    expect(reportValueSchema.safeParse(buildReportValue()).success).toBe(true);
    expect(reportValueSchema.safeParse({ ...buildReportValue(), schemaVersion: 2 }).success).toBe(false);
    expect(
      reportValueSchema.safeParse({ ...buildReportValue(), fields: { kpis: [{ metric: "x", target: 100 }] } }).success,
    ).toBe(false);
  });

  it("orders fields as the catalogue does", () => {
    expect(orderFieldIds(["kpis", "review", "kpis", "problems"])).toEqual(["review", "problems", "kpis"]);
  });
});

describe("toSubmittedFields", () => {
  const hostile = "<script>alert(1)</script> <b>粗体</b> **加急** [链接](javascript:alert(1)) 👍🏽 中文\n  缩进";

  it("keeps what was typed verbatim: markup, markdown, emoji, CJK and whitespace", () => {
    const sent = toSubmittedFields(
      {
        review: hostile,
        plan: [hostile],
        kpis: [{ metric: hostile, unit: "", target: "十万", actual: "", lastYear: "" }],
      },
      ["review", "plan", "kpis"],
    );
    expect(sent).toEqual({
      review: hostile,
      plan: [hostile],
      kpis: [{ metric: hostile, unit: "", target: "十万", actual: "", lastYear: "" }],
    });
  });

  it("leaves out blank texts, blank rows and fields the section does not ask for", () => {
    const sent = toSubmittedFields(
      {
        review: "  ",
        expectedResult: "达成",
        plan: ["", "上线新品", " "],
        problems: [{ problem: "", solution: "" }],
        supervisor: { upn: "", name: " " },
      },
      ["review", "plan", "problems", "supervisor"],
    );
    expect(sent).toEqual({ plan: ["上线新品"] });
  });

  it("compares reports by what would be sent", () => {
    expect(isSameReport({ plan: ["a", ""], review: "" }, { plan: ["a"] }, ["review", "plan"])).toBe(true);
    expect(isSameReport({ plan: ["a", "b"] }, { plan: ["a"] }, ["plan"])).toBe(false);
  });
});

describe("listFilledFieldIds", () => {
  it("lists the fields a draft holds something in, in catalogue order, blank rows and texts left out", () => {
    expect(
      listFilledFieldIds({
        plan: ["上线新品"],
        review: "本周销售额 132.5 万元",
        problems: [{ problem: " ", solution: "" }],
        suggestions: ["   "],
      }),
    ).toEqual(["review", "plan"]);
    expect(listFilledFieldIds({})).toEqual([]);
  });
});
