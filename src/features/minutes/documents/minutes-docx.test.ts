import { describe, expect, it } from "vitest";
import { actionPriorities } from "@/meeting/model/records/minutes-record";
import type { MinutesRecord } from "@/meeting/model/records/minutes-record";
import { createMinutes } from "../model/create-minutes";
import { minutesStrings } from "../strings";
import type { MinutesLanguage } from "./labels";
import { buildMinutesDocx } from "./minutes-docx";
import type { MinutesDocxInput } from "./minutes-docx";
import { buildActionItem, buildMinutes, fixtureDisplayNames } from "./testing/minutes-fixture";
import { readDocx } from "./testing/read-docx";

function input(
  language: MinutesLanguage,
  minutes: MinutesRecord = buildMinutes(),
  overrides: Partial<MinutesDocxInput> = {},
): MinutesDocxInput {
  return {
    language,
    minutes,
    dateTime: language === "zh-CN" ? "2026年11月30日（周一）13:30–15:00" : "Mon, Nov 30, 2026, 13:30–15:00",
    place: "滨江园区 3F 会议室",
    theme: "汇报工作、公司近期发展动态及相关工作安排",
    displayNames: fixtureDisplayNames,
    lateness: { kind: "perMinute", amount: 10 },
    ...overrides,
  };
}

describe("buildMinutesDocx", () => {
  it("writes a Word document laid out as a 会议记录 form", async () => {
    const { paragraphs, tables, files, xml } = await readDocx(await buildMinutesDocx(input("zh-CN")));
    expect(files).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml", "word/styles.xml"]));
    expect(paragraphs[0]).toBe("会议记录");
    const [header, attendance, actions] = tables;
    expect(header).toEqual([
      ["会议名称", "周例会"],
      ["会议时间", "2026年11月30日（周一）13:30–15:00"],
      ["会议地点/链接", "滨江园区 3F 会议室\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0"],
      ["主持人", "王建国", "记录人", "孙丽"],
      ["应到/实到", "应到 7 人，实到 6 人"],
      ["缺席及请假", "刘洋（请假：外出拜访客户）"],
      ["会议主题", "汇报工作、公司近期发展动态及相关工作安排"],
    ]);
    expect(attendance?.[0]).toEqual(["序号", "姓名", "出席状态", "迟到（分钟）", "迟到处理", "备注"]);
    expect(attendance).toContainEqual(["3", "张敏", "迟到", "10", "罚款 100 元", ""]);
    expect(attendance).toContainEqual(["5", "刘洋", "请假", "", "", "外出拜访客户"]);
    expect(actions?.[0]).toEqual(["序号", "行动项", "责任人", "完成时间", "验收标准", "监督人", "优先级"]);
    expect(actions?.[1]).toEqual([
      "1",
      "行动项 1：整理双十二备货清单",
      "李娜",
      "2026-12-07",
      "标准 1：清单经仓储确认并上传共享盘",
      "孙丽",
      "重要",
    ]);
    expect(actions?.[2]).toEqual([
      "2",
      "客服话术更新",
      "陈晓东",
      "2026-12-04",
      "新话术培训完成，抽检合格率 ≥ 95%",
      "",
      "紧急",
    ]);
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        "一、出勤情况",
        "二、会议内容",
        "1. 上次会议决策执行情况",
        "上周 3 项行动项已完成 2 项。\n客服响应时长仍未达标。",
        "（1）客服响应时长目标维持 30 秒",
        "三、行动项",
        "四、与会人员确认",
      ]),
    );
    expect(paragraphs.some((p) => p.startsWith("与会人员确认（签字）："))).toBe(true);
    // A4, and 宋体 for Chinese text.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it("uses SimSun for East Asian text, declared with a fallback in the font table", async () => {
    const { default: JSZip } = await import("jszip");
    const zip = await JSZip.loadAsync(await buildMinutesDocx(input("zh-CN")));
    const styles = (await zip.file("word/styles.xml")?.async("string")) ?? "";
    expect(styles).toMatch(/<w:rFonts [^>]*w:eastAsia="SimSun"/);
    const fonts = (await zip.file("word/fontTable.xml")?.async("string")) ?? "";
    expect(fonts).toContain(
      `<w:font w:name="SimSun"><w:altName w:val="宋体"/><w:panose1 w:val="02010600030101010101"/><w:charset w:val="86"/>`,
    );
  });

  it("writes English labels, the amended version, and fixed dates", async () => {
    const minutes = buildMinutes({ version: 2, items: [{ id: "x", title: "Open topics", notes: "", decisions: [] }] });
    const { paragraphs, tables } = await readDocx(
      await buildMinutesDocx(
        input("en-US", minutes, { lateness: { kind: "flat", amount: 20 }, formatDueDate: (d) => `due ${d}` }),
      ),
    );
    expect(paragraphs[0]).toBe("Minutes (version 2, amended)");
    expect(tables[0]?.[4]).toEqual(["Expected / present", "7 expected, 6 present"]);
    expect(tables[1]).toContainEqual(["3", "张敏", "Late", "10", "CNY 20", ""]);
    expect(paragraphs).toContain("Lateness: CNY 20 for anyone late, Lateness penalties at this meeting: CNY 20");
    expect(tables[2]?.[1]?.[3]).toBe("due 2026-12-07");
    expect(paragraphs).toEqual(
      expect.arrayContaining(["1. Attendance", "1. Open topics", "No decision on this item."]),
    );
  });

  it("has no penalty column without a fining policy, and says when there are no actions", async () => {
    const { paragraphs, tables } = await readDocx(
      await buildMinutesDocx(input("zh-CN", buildMinutes({ actions: [] }), { lateness: { kind: "none" } })),
    );
    expect(tables[1]?.[0]).toEqual(["序号", "姓名", "出席状态", "迟到（分钟）", "备注"]);
    expect(paragraphs.join("\n")).not.toContain("迟到处理");
    expect(tables).toHaveLength(2);
    expect(paragraphs).toContain("本次会议无行动项。");
  });

  it("keeps hostile and huge text as text and still opens", async () => {
    const hostile = `<script>alert(1)</script> & "q" **md** 👨‍👩‍👧‍👦 \u0000\u0007\uFFFF]]></w:t>`;
    const notes = "长".repeat(10_000);
    const minutes = buildMinutes({
      items: [{ id: "i", title: hostile, notes, decisions: [{ id: "d", text: hostile }] }],
      actions: Array.from({ length: 60 }, (_, i) =>
        buildActionItem(i + 1, { what: `${hostile} ${i + 1}`, standard: `标准 ${i + 1}` }),
      ),
    });
    const { paragraphs, tables } = await readDocx(await buildMinutesDocx(input("zh-CN", minutes)));
    const literal = `<script>alert(1)</script> & "q" **md** 👨‍👩‍👧‍👦 ]]></w:t>`;
    expect(paragraphs).toContain(`1. ${literal}`);
    expect(paragraphs).toContain(notes);
    expect(tables[2]).toHaveLength(61);
    expect(tables[2]?.[60]?.slice(0, 2)).toEqual(["60", `${literal} 60`]);
    expect(tables[2]?.[60]?.[4]).toBe("标准 60");
  });
});

describe("buildMinutesDocx speaks the editor's words", () => {
  const speakers = ["李娜", "陈晓东", "张敏", "刘洋", "赵磊"];
  const fromAgenda = createMinutes({
    occurrence: {
      key: "2026-11-30T05:30:00.000Z",
      title: "周例会",
      start: new Date("2026-11-30T05:30:00Z"),
      end: new Date("2026-11-30T07:00:00Z"),
    },
    agendaItems: speakers.map((name, index) => ({
      id: `dept-${index}`,
      title: "各部门负责人汇报",
      minutes: 10,
      speaker: { upn: `p${index}@contoso.example`, name },
    })),
    attendees: [],
    config: {},
    by: "host@contoso.example",
    now: new Date("2026-11-30T05:00:00Z"),
  });

  it.each(["zh-CN", "en-US"] as const)("names each speaker on their item (%s)", async (language) => {
    const { paragraphs } = await readDocx(await buildMinutesDocx(input(language, fromAgenda)));
    const itemLines = paragraphs.filter((p) => /^\d+\. 各部门负责人汇报/.test(p));
    expect(itemLines).toEqual(speakers.map((name, index) => `${index + 1}. 各部门负责人汇报 · ${name}`));
  });

  it.each(["zh-CN", "en-US"] as const)("uses the panel's priority, status and field words (%s)", async (language) => {
    const ui = minutesStrings[language];
    const minutes = buildMinutes({
      actions: actionPriorities.map((priority, index) => buildActionItem(index + 1, { priority })),
    });
    const { tables } = await readDocx(await buildMinutesDocx(input(language, minutes)));
    const [, attendance, actions] = tables;
    expect(actions?.[0]?.slice(2)).toEqual([
      ui.action.owner,
      ui.action.due,
      ui.action.standard,
      ui.action.supervisor,
      ui.action.priority,
    ]);
    expect(actions?.slice(1).map((row) => row[6])).toEqual(actionPriorities.map((p) => ui.priority[p]));
    expect(attendance?.[0]?.[2]).toBe(ui.attendance.status);
    const statusWords = new Set(attendance?.slice(1).map((row) => row[2]));
    const uiWords = [ui.attendance.present, ui.attendance.late, ui.attendance.leave, ui.attendance.absent];
    expect(
      [...statusWords].every((word) => word !== undefined && [...uiWords, ui.attendance.unmarked].includes(word)),
    ).toBe(true);
    expect(statusWords.size).toBeGreaterThan(1);
  });
});
