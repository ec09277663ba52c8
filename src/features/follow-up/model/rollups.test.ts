import { emptyDirectory } from "@/meeting/model/directory/directory";
import { describe, expect, it } from "vitest";
import { weeklyMeeting } from "@/meeting/model/templates/presets";
import { buildAction, buildMinutes, week1, week2 } from "../testing/builders";
import { buildPlannerTask } from "@/meeting/testing/build-planner-task";
import { trackActions } from "./history";
import {
  isDecisionComplete,
  buildDepartmentResolver,
  buildKpiTrends,
  countExpectedReports,
  measureMeetingHealth,
  rollUpActions,
} from "./rollups";

const now = new Date("2026-06-15T02:00:00Z");
const timeZone = "Asia/Shanghai";
const occurrences = [
  { key: week1, start: new Date(week1), end: new Date(week1), status: "held" },
  { key: week2, start: new Date(week2), end: new Date(week2), status: "held" },
];
const config = {
  template: weeklyMeeting,
  speakers: { departments: ["li.na@yunzhan.example", "zhang.min@yunzhan.example"] },
  reportDue: { workingDaysBefore: 1, time: "18:00" },
};

describe("action rollups", () => {
  const tasks = new Map([
    ["onTime", buildPlannerTask({ id: "onTime", percentComplete: 100, completedDateTime: "2026-06-05T10:00:00Z" })],
    ["late", buildPlannerTask({ id: "late", percentComplete: 100, completedDateTime: "2026-06-07T10:00:00Z" })],
    ["overdue", buildPlannerTask({ id: "overdue" })],
    ["doing", buildPlannerTask({ id: "doing", percentComplete: 50, dueDateTime: "2026-06-30T15:59:59Z" })],
  ]);
  const actions = trackActions(
    [
      buildAction({ actionId: "1", taskId: "onTime" }),
      buildAction({ actionId: "2", taskId: "late" }),
      buildAction({ actionId: "3", taskId: "overdue" }),
      buildAction({ actionId: "4", taskId: "doing", owner: "zhang.min@yunzhan.example", ownerName: "张敏" }),
    ],
    tasks,
    now,
    timeZone,
    emptyDirectory,
  );

  it("counts open, overdue, done and done on time per owner, most overdue first", () => {
    const rows = rollUpActions(actions, (a) => ({ key: a.owner, label: a.ownerName }));
    expect(rows).toEqual([
      {
        key: "li.na@yunzhan.example",
        label: "李娜",
        total: 3,
        open: 1,
        overdue: 1,
        done: 2,
        doneOnTime: 1,
        onTimeRate: 50,
      },
      {
        key: "zhang.min@yunzhan.example",
        label: "张敏",
        total: 1,
        open: 1,
        overdue: 0,
        done: 0,
        doneOnTime: 0,
        onTimeRate: undefined,
      },
    ]);
  });

  it("finds departments from an explicit map, a single-speaker section, or a shared section plus the name", () => {
    const resolve = buildDepartmentResolver(
      config,
      "zh",
      { "zhang.min@yunzhan.example": "客服部" },
      { "li.na@yunzhan.example": "李娜" },
    );
    expect(resolve("zhang.min@yunzhan.example")).toBe("客服部");
    expect(resolve("LI.NA@yunzhan.example")).toBe("部门负责人 · 李娜");
    expect(resolve("nobody@yunzhan.example")).toBeUndefined();
    const single = buildDepartmentResolver(
      { template: weeklyMeeting, speakers: { departments: ["li.na@yunzhan.example"] } },
      "en",
    );
    expect(single("li.na@yunzhan.example")).toBe("Department head");
  });
});

describe("KPI trends", () => {
  it("follows each department metric across occurrences with completion and YoY from the KPI maths", () => {
    const reports = [
      {
        occurrenceKey: week2,
        sectionId: "departments",
        author: "li.na@yunzhan.example",
        fields: { kpis: [{ metric: "销售额", unit: "万元", target: "100", actual: "１２０", lastYear: "80" }] },
      },
      {
        occurrenceKey: week1,
        sectionId: "departments",
        author: "li.na@yunzhan.example",
        fields: {
          kpis: [
            { metric: "销售额", unit: "万元", target: "0", actual: "90", lastYear: "" },
            { metric: " ", unit: "", target: "", actual: "", lastYear: "" },
          ],
        },
      },
    ];
    const trends = buildKpiTrends(reports, occurrences, () => "运营部");
    expect(trends).toHaveLength(1);
    expect(trends[0]).toMatchObject({ department: "运营部", metric: "销售额", unit: "万元" });
    expect(trends[0]?.points.map((p) => [p.occurrenceKey, p.actual, p.completion, p.yearOnYear])).toEqual([
      [week1, 90, undefined, undefined],
      [week2, 120, 120, 50],
    ]);
  });
});

describe("meeting health", () => {
  it("measures length against the cap, decisions, complete decisions, reports on time and attendance", () => {
    const minutes = buildMinutes({ start: "2026-06-01T05:30:00Z", end: "2026-06-01T07:10:00Z" });
    const reports = [
      // Due the working day before (Friday 29 May) at 18:00 Shanghai = 10:00 UTC.
      {
        occurrenceKey: week1,
        sectionId: "departments",
        author: "li.na@yunzhan.example",
        submittedAt: "2026-05-29T09:59:00Z",
      },
      {
        occurrenceKey: week1,
        sectionId: "departments",
        author: "zhang.min@yunzhan.example",
        submittedAt: "2026-05-29T10:01:00Z",
      },
    ];
    const [health] = measureMeetingHealth({ occurrences, minutes: [minutes], reports, config, timeZone, now });
    expect(health).toMatchObject({
      occurrenceKey: week1,
      lengthMinutes: 100,
      capMinutes: 90,
      isOverCap: true,
      decidedItemsRate: 50,
      completeDecisionsRate: 100,
      reportsOnTime: 1,
      reportsExpected: 2,
      reportsOnTimeRate: 50,
      attendanceRate: 66.7,
    });
    expect(countExpectedReports(config)).toBe(2);
  });

  it("leaves out a meeting that has not started while its minutes are a draft, not once published", () => {
    const before = new Date(new Date(week1).getTime() - 60_000);
    const measure = (status: string) =>
      measureMeetingHealth({
        occurrences,
        minutes: [buildMinutes({ items: [], attendance: {}, start: undefined, status })],
        reports: [],
        config,
        timeZone,
        now: before,
      }).map((h) => h.occurrenceKey);
    expect(measure("draft")).toEqual([]);
    expect(measure("published")).toEqual([week1]);
  });

  it("gives no rate where there is nothing to divide by", () => {
    const [health] = measureMeetingHealth({
      occurrences,
      minutes: [buildMinutes({ items: [], attendance: {}, start: undefined })],
      reports: [],
      config: { ...config, speakers: {} },
      timeZone,
      now,
    });
    expect(health).toMatchObject({
      lengthMinutes: undefined,
      isOverCap: undefined,
      decidedItemsRate: undefined,
      completeDecisionsRate: undefined,
      reportsOnTimeRate: undefined,
      attendanceRate: undefined,
    });
  });

  it("counts a decision complete only when every action linked to it names owner, due date and standard", () => {
    const action = { owner: "li.na@yunzhan.example", due: "2026-06-08", standard: "上线" };
    expect(
      isDecisionComplete("d1", [
        { ...action, decisionId: "d1" },
        { ...action, decisionId: "d1" },
      ]),
    ).toBe(true);
    expect(
      isDecisionComplete("d1", [
        { ...action, decisionId: "d1" },
        { ...action, decisionId: "d1", standard: " " },
      ]),
    ).toBe(false);
    expect(isDecisionComplete("d1", [action])).toBe(false);
    expect(isDecisionComplete("d1", [])).toBe(false);
  });
});
