import { describe, expect, it } from "vitest";
import { readTaskDescription, writeTaskDescription } from "./task-description";

describe("a task description", () => {
  it("reads back every part it was written with", () => {
    const content = {
      standard: "上线后转化率不低于 3%",
      decision: "下周起每日复盘直播数据",
      supervisor: "王建国",
      minutesUrl: "https://example.com/minutes?occurrence=2026-12-07",
    };
    expect(readTaskDescription(writeTaskDescription(content))).toEqual(content);
  });

  it("names the agenda item of an action recorded without a decision, and no decision", () => {
    const content = { standard: "周五前回复", agendaItem: "本周工作安排", supervisor: "王建国" };
    const written = writeTaskDescription(content);
    expect(written).toBe("验收标准：周五前回复\n来源议程：本周工作安排\n监督人：王建国");
    expect(readTaskDescription(written)).toEqual(content);
  });

  it("keeps a standard of several lines whole", () => {
    const content = { standard: "1. 页面改版完成\n2. 转化率 ≥ 3%", supervisor: "李娜" };
    const written = writeTaskDescription(content);
    expect(written.split("\n")[0]).toBe("验收标准：1. 页面改版完成");
    expect(readTaskDescription(written)).toEqual(content);
  });

  it("writes the line even without a standard, and reads that as none", () => {
    const written = writeTaskDescription({ standard: "  " });
    expect(written).toBe("验收标准：—");
    expect(readTaskDescription(written)).toEqual({});
  });

  it("reads no standard from a task written by hand", () => {
    expect(readTaskDescription("记得周五前联系供应商")).toEqual({});
  });
});
