import { buildDirectory, buildPerson } from "@/meeting/testing/build-directory";
import { describe, expect, it } from "vitest";
import { buildAction, buildMinutes, week1, week2 } from "../testing/builders";
import { buildPlannerTask } from "@/meeting/testing/build-planner-task";
import {
  buildDecisionRegister,
  buildDigests,
  countAttendance,
  foldForSearch,
  listHistoryOccurrences,
  matchesQuery,
  searchHistory,
  trackActions,
} from "./history";

const now = new Date("2026-06-15T02:00:00Z");
const occurrences = [
  { key: week1, start: new Date(week1), end: new Date("2026-06-01T07:00:00Z"), status: "held" },
  { key: week2, start: new Date(week2), end: new Date("2026-06-08T07:00:00Z"), status: "cancelled" },
  {
    key: "2026-06-22T05:30:00.000Z",
    start: new Date("2026-06-22T05:30:00.000Z"),
    end: new Date("2026-06-22T07:00:00Z"),
    status: "upcoming",
  },
];

describe("series history", () => {
  const actions = trackActions(
    [buildAction(), buildAction({ actionId: "a2", what: "ＫＰＩ 看板上线", decisionId: undefined, taskId: "t2" })],
    new Map([["t1", buildPlannerTask({ percentComplete: 100, completedDateTime: "2026-06-04T02:00:00Z" })]]),
    now,
    "Asia/Shanghai",
    buildDirectory([buildPerson()]),
  );
  const register = buildDecisionRegister([buildMinutes()], actions, new Map([[week1, new Date(week1)]]));

  it("tracks done-on-time and deleted tasks", () => {
    expect(actions[0]).toMatchObject({ status: { kind: "done", completedOn: "2026-06-04" }, onTime: true });
    expect(actions[1]?.status.kind).toBe("deleted");
  });

  it("registers every decision with its linked action items", () => {
    expect(register).toHaveLength(1);
    expect(register[0]).toMatchObject({ occurrenceKey: week1, itemTitle: "运营", text: "本周内清理积压退款" });
    expect(register[0]?.actions.map((a) => a.actionId)).toEqual(["a1"]);
  });

  it("lists past occurrences newest first with what the workspace holds", () => {
    const digests = buildDigests(
      occurrences,
      {
        agendas: [],
        reports: [{ occurrenceKey: week1, sectionId: "departments", author: "li.na@yunzhan.example" }],
        minutes: [buildMinutes()],
      },
      register,
      now,
    );
    expect(digests.map((d) => d.occurrence.key)).toEqual([week2, week1]);
    expect(digests[1]).toMatchObject({
      reports: [{ author: "li.na@yunzhan.example" }],
      attendance: { present: 1, late: 1, leave: 1, absent: 0, total: 3 },
    });
    expect(digests[1]?.decisions).toHaveLength(1);
    expect(countAttendance(undefined)).toBeUndefined();
  });

  it("leaves out the oldest meetings that hold nothing, from before the series used the app", () => {
    const earlier = "2026-05-18T05:30:00.000Z";
    const withEarlier = [
      { key: earlier, start: new Date(earlier), end: new Date(earlier), status: "held" },
      ...occurrences,
    ];
    const records = { agendas: [], reports: [], minutes: [buildMinutes()] };
    // week2 holds nothing either, but it comes after the first meeting that does: it stays.
    expect(buildDigests(withEarlier, records, register, now).map((d) => d.occurrence.key)).toEqual([week2, week1]);
  });

  it("searches Chinese by substring, folds full-width letters and case, and needs every term", () => {
    expect(foldForSearch("ＫＰＩ")).toBe("kpi");
    expect(matchesQuery("整理双十一退款工单", "退款")).toBe(true);
    expect(matchesQuery("整理双十一退款工单", "双十一 工单")).toBe(true);
    expect(matchesQuery("整理双十一退款工单", "双十一 大促")).toBe(false);
    expect(matchesQuery("整理双十一退款工单", "  ")).toBe(false);
    expect(searchHistory("kpi", register, actions).map((h) => [h.kind, h.text])).toEqual([
      ["action", "ＫＰＩ 看板上线"],
    ]);
    expect(searchHistory("积压", register, actions).map((h) => h.kind)).toEqual(["decision"]);
    expect(searchHistory("李娜", register, actions)).toHaveLength(2);
  });
});

describe("the occurrences the history lists", () => {
  const calendar = occurrences.slice(1);
  const older = "2026-05-25T05:30:00.000Z";

  it("adds, as held, each occurrence the records hold and the calendar read did not return", () => {
    const listed = listHistoryOccurrences(calendar, {
      agendas: [],
      reports: [{ occurrenceKey: older, sectionId: "departments", author: "li.na@yunzhan.example" }],
      minutes: [buildMinutes(), buildMinutes({ occurrenceKey: week2 }), buildMinutes()],
    });
    expect(listed.map((o) => [o.key, o.status, o.start.toISOString(), o.end.toISOString()])).toEqual([
      [week2, "cancelled", week2, "2026-06-08T07:00:00.000Z"],
      ["2026-06-22T05:30:00.000Z", "upcoming", "2026-06-22T05:30:00.000Z", "2026-06-22T07:00:00.000Z"],
      [week1, "held", week1, "2026-06-01T07:00:00.000Z"],
      [older, "held", older, older],
    ]);
  });

  it("keeps the calendar's list as it is when it covers every record", () => {
    expect(listHistoryOccurrences(occurrences, { agendas: [], reports: [], minutes: [buildMinutes()] })).toEqual(
      occurrences,
    );
  });
});
