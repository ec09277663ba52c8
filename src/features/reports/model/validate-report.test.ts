import { describe, expect, it } from "vitest";
import { buildKpiRow, buildReportFields } from "../testing/build-report";
import { isUnknownPerson, reportLimits, selectVisibleIssues, validateReport } from "./validate-report";

describe("validateReport", () => {
  it("accepts a complete report", () => {
    expect(validateReport(buildReportFields(), ["review", "problems", "kpis"])).toEqual([]);
  });

  it("flags a 10,000-character text without touching it", () => {
    const fields = { review: "汇".repeat(10_000) };
    const issues = validateReport(fields, ["review"]);
    expect(issues).toEqual([
      {
        field: "review",
        message: { key: "validation.textTooLong", params: { max: reportLimits.textLength, length: 10_000 } },
        isMissing: false,
      },
    ]);
    expect(fields.review).toHaveLength(10_000);
  });

  it("counts an emoji as one character", () => {
    expect(validateReport({ review: "👍".repeat(reportLimits.textLength) }, ["review"])).toEqual([]);
    expect(validateReport({ review: "👍".repeat(reportLimits.textLength + 1) }, ["review"])).toHaveLength(1);
  });

  it("names the row and column of a KPI cell that is not a number", () => {
    const fields = { kpis: [buildKpiRow(), buildKpiRow({ target: "十万" })] };
    expect(validateReport(fields, ["kpis"])).toEqual([
      {
        field: "kpis",
        row: 1,
        column: "kpiTarget",
        message: { key: "validation.notANumber", params: { row: 2, column: "kpiTarget", text: "十万" } },
        isMissing: false,
      },
    ]);
  });

  it("accepts numbers as people type them", () => {
    const fields = { receivables: [buildKpiRow({ target: "1,234.5", actual: "１２３４", lastYear: " " })] };
    expect(validateReport(fields, ["receivables"])).toEqual([]);
  });

  it("needs a problem for a row that has only a solution, and both parts of a help row", () => {
    const fields = {
      problems: [{ problem: " ", solution: "加强质检" }],
      helpNeeded: [
        { target: "仓库", what: "" },
        { target: "", what: "周三前发货" },
      ],
    };
    const issues = validateReport(fields, ["problems", "helpNeeded"]);
    expect(issues.map((i) => [i.field, i.row, i.column, i.message.key, i.isMissing])).toEqual([
      ["problems", 0, "problem", "validation.problemRequired", true],
      ["helpNeeded", 0, "what", "validation.helpWhatRequired", true],
      ["helpNeeded", 1, "target", "validation.helpTargetRequired", true],
    ]);
  });

  it("ignores blank rows, which are left out when sending", () => {
    const fields = {
      review: "x",
      problems: [{ problem: "", solution: "" }],
      kpis: [buildKpiRow({ metric: "", unit: "", target: "", actual: "", lastYear: "" })],
    };
    expect(validateReport(fields, ["review", "problems", "kpis"])).toEqual([]);
  });

  it("limits list items and the number of rows", () => {
    const fields = {
      plan: ["a".repeat(reportLimits.itemLength + 1), ...Array.from({ length: reportLimits.rowsPerList }, () => "b")],
    };
    expect(validateReport(fields, ["plan"]).map((i) => [i.row, i.message.key])).toEqual([
      [undefined, "validation.tooManyRows"],
      [0, "validation.itemTooLong"],
    ]);
  });

  it("only looks at the section's fields and reports an empty report as missing", () => {
    const issues = validateReport({ review: "汇".repeat(10_000) }, ["plan"]);
    expect(issues).toEqual([{ message: { key: "validation.empty", params: {} }, isMissing: true }]);
    expect(selectVisibleIssues(issues, false)).toEqual([]);
    expect(selectVisibleIssues(issues, true)).toEqual(issues);
  });

  it("checks the restaurant's numbers: complaints and new reviews are whole numbers ≥ 0, a rating is 0–5", () => {
    const fields = {
      complaints: { count: "-1", handling: "已电话回访" },
      onlineReviews: [
        { platform: "美团", rating: "4.8", newReviews: "１２" },
        { platform: "大众点评", rating: "5.5", newReviews: "3.5" },
        { platform: "", rating: "四星", newReviews: "" },
      ],
    };
    const issues = validateReport(fields, ["complaints", "onlineReviews"]);
    expect(issues.map((i) => [i.field, i.row, i.column, i.message.key, i.isMissing])).toEqual([
      ["complaints", undefined, "complaintCount", "validation.notACount", false],
      ["onlineReviews", 1, "rating", "validation.ratingRange", false],
      ["onlineReviews", 1, "newReviews", "validation.notACount", false],
      ["onlineReviews", 2, "rating", "validation.ratingRange", false],
      ["onlineReviews", 2, "platform", "validation.platformRequired", true],
    ]);
    expect(fields.complaints.count).toBe("-1");
  });

  it("accepts a rating of 0 and of 5, no complaints, and blank review rows", () => {
    const fields = {
      complaints: { count: "0", handling: "" },
      onlineReviews: [
        { platform: "美团", rating: "5", newReviews: "0" },
        { platform: "大众点评", rating: "0", newReviews: "" },
        { platform: " ", rating: "", newReviews: "" },
      ],
      revenue: [buildKpiRow({ metric: "营业额", target: "50", actual: "46" })],
    };
    expect(validateReport(fields, ["revenue", "complaints", "onlineReviews"])).toEqual([]);
  });
});

describe("the supervisor as a picked person", () => {
  it("accepts a picked person and an empty field", () => {
    expect(isUnknownPerson({ upn: "id-li-na", name: "李娜" })).toBe(false);
    expect(isUnknownPerson(undefined)).toBe(false);
    expect(isUnknownPerson({ upn: "", name: "  " })).toBe(false);
  });

  it("refuses a typed name, once a submit is tried, and keeps it", () => {
    const fields = { review: "完成", supervisor: { upn: "", name: "王五" } };
    const issues = validateReport(fields, ["review", "supervisor"]);
    expect(issues).toEqual([
      {
        field: "supervisor",
        column: "name",
        message: { key: "validation.personUnknown", params: { name: "王五" } },
        isMissing: true,
      },
    ]);
    expect(selectVisibleIssues(issues, false)).toEqual([]);
    expect(fields.supervisor).toEqual({ upn: "", name: "王五" });
  });

  it("accepts an older report's typed supervisor left as it was stored, but not a new typed name", () => {
    const stored = { storedTypedSupervisor: "老张" };
    expect(validateReport({ review: "完成", supervisor: { upn: "", name: "老张" } }, ["supervisor"], stored)).toEqual(
      [],
    );
    expect(
      validateReport({ review: "完成", supervisor: { upn: "", name: "老王" } }, ["supervisor"], stored),
    ).toHaveLength(1);
  });
});
