import { describe, expect, it } from "vitest";
import { buildHelpRequest } from "../testing/build-minutes";
import { helpToAction } from "./help-to-action";

const attendees = [
  { upn: "li.na@yunzhan.example", name: "李娜", department: "运营部" },
  { upn: "zhang.min@yunzhan.example", name: "张敏", department: "客服部" },
  { upn: "zhou.jie@yunzhan.example", name: "周杰", department: "运营部" },
];
const defaults = {
  itemId: "ops",
  meetingStart: new Date("2026-11-30T05:30:00.000Z"),
  timeZone: "Asia/Shanghai",
  attendees,
};

describe("helpToAction", () => {
  it("turns the request into a medium-priority action due a week after the meeting", () => {
    const help = buildHelpRequest();
    expect(helpToAction(help, defaults)).toEqual({
      id: `help|${help.reportKey}|0`,
      itemId: "ops",
      what: "协助整理双十一售后问题清单",
      owner: "zhang.min@yunzhan.example",
      ownerName: "张敏",
      due: "2026-12-07",
      standard: "",
      priority: "medium",
      source: { kind: "helpNeeded", reportKey: help.reportKey, index: 0 },
    });
  });

  it("matches a person by name, and a department only when it has one attendee", () => {
    expect(helpToAction(buildHelpRequest({ target: " 周杰 " }), defaults).owner).toBe("zhou.jie@yunzhan.example");
    expect(helpToAction(buildHelpRequest({ target: "客服" }), defaults).owner).toBe("zhang.min@yunzhan.example");
    expect(helpToAction(buildHelpRequest({ target: "运营部" }), defaults)).toMatchObject({ owner: "", ownerName: "" });
    expect(helpToAction(buildHelpRequest({ target: "财务部" }), defaults).owner).toBe("");
  });

  it("counts the week in the series' calendar, not in UTC", () => {
    // 2026-11-30 23:30 in Shanghai is still the 30th there, though the 30th 15:30 in UTC.
    const late = { ...defaults, meetingStart: new Date("2026-11-30T15:30:00.000Z") };
    expect(helpToAction(buildHelpRequest(), late).due).toBe("2026-12-07");
    expect(helpToAction(buildHelpRequest(), { ...late, timeZone: "America/New_York" }).due).toBe("2026-12-07");
    expect(helpToAction(buildHelpRequest(), { ...late, meetingStart: new Date("2026-11-30T16:30:00.000Z") }).due).toBe(
      "2026-12-08",
    );
  });
});
