import { describe, expect, it } from "vitest";
import { validateAdaptiveCard } from "../../../../test/support/card-schema";
import { getCardMessageSizeBytes, TEAMS_MESSAGE_LIMIT_BYTES } from "@/lib/cards";
import type { AdaptiveCard } from "@/lib/cards";
import { collectCardTexts } from "@/lib/cards/testing/card-texts";
import type { MinutesRecord } from "@/meeting/model/records/minutes-record";
import type { MinutesLanguage } from "./labels";
import { buildMinutesCard } from "./minutes-card";
import type { MinutesCardInput } from "./minutes-card";
import { buildMinutesMessage, getMinutesMessageSizeBytes } from "./minutes-message";
import { buildActionItem, buildMinutes, fixtureDisplayNames, fixtureUsers } from "./testing/minutes-fixture";

const links = {
  fullMinutes: "https://teams.microsoft.com/l/entity/app/tab?context=%7B%22subEntityId%22%3A%22minutes%22%7D",
  confirm: "https://teams.microsoft.com/l/entity/app/tab?context=%7B%22subEntityId%22%3A%22confirm%22%7D",
};

function input(
  language: MinutesLanguage,
  minutes: MinutesRecord = buildMinutes(),
  overrides: Partial<MinutesCardInput> = {},
): MinutesCardInput {
  return {
    language,
    minutes,
    timeZone: "China Standard Time",
    displayNames: fixtureDisplayNames,
    links,
    ...overrides,
  };
}

/** Every run of every RichTextBlock, joined per block: a block's runs read as one line. */
function lines(card: AdaptiveCard): string[] {
  const out: string[] = [];
  const visit = (element: AdaptiveCard["body"][number]): void => {
    if (element.type === "RichTextBlock") out.push(element.inlines.map((run) => run.text).join(""));
    if (element.type === "Container") element.items.forEach(visit);
    if (element.type === "ColumnSet")
      element.columns.forEach((c) => {
        c.items.forEach(visit);
      });
  };
  card.body.forEach(visit);
  return out;
}

function expectPostable(card: AdaptiveCard): void {
  expect(validateAdaptiveCard(card)).toEqual([]);
  expect(card).toMatchObject({ type: "AdaptiveCard", version: "1.5" });
  expect(getCardMessageSizeBytes(card)).toBeLessThanOrEqual(TEAMS_MESSAGE_LIMIT_BYTES);
}

function hugeMinutes(): MinutesRecord {
  const notes = "会议记录正文。".repeat(1_500).slice(0, 10_000);
  const hostile = "<script>alert(1)</script> **粗体** [链接](javascript:alert(1)) 👨‍👩‍👧‍👦🎉 {{DATE(2026-01-01T00:00:00Z)}}";
  return buildMinutes({
    items: Array.from({ length: 8 }, (_, i) => ({
      id: `item${i}`,
      title: `议题 ${i} ${hostile}`,
      notes,
      decisions: Array.from({ length: 5 }, (_, j) => ({
        id: `d${i}-${j}`,
        text: `决议 ${i}.${j} ${hostile} ${"长".repeat(2_000)}`,
      })),
    })),
    actions: Array.from({ length: 60 }, (_, i) =>
      buildActionItem(i + 1, {
        what: `行动项 ${i + 1} ${hostile} ${"做".repeat(3_000)}`,
        standard: `验收 ${i + 1} ${hostile} ${"准".repeat(3_000)}`,
      }),
    ),
  });
}

describe("buildMinutesCard", () => {
  it("is a valid 1.5 card in Chinese with the header, attendance, decisions, actions and buttons", () => {
    const card = buildMinutesCard(input("zh-CN"));
    expectPostable(card);
    const { textBlocks } = collectCardTexts(card);
    expect(textBlocks).toEqual(
      expect.arrayContaining([
        "会议纪要",
        "出勤",
        "出席 5 · 迟到 1 · 请假 1 · 缺席 0",
        "决议（2 条）",
        "行动项（2 项）",
      ]),
    );
    expect(lines(card)).toEqual(
      expect.arrayContaining([
        "周例会",
        "11月30日（周一）13:30–15:00 中国标准时间",
        "主持人：王建国",
        "记录人：孙丽",
        "迟到：张敏（10 分钟）",
        "请假：刘洋",
        "1. 客服响应时长目标维持 30 秒",
        "2. 双十二预热 12 月 5 日上线",
        "1. 行动项 1：整理双十二备货清单  [重要]",
        "责任人：李娜 · 完成时间：12月7日（周一） · 监督人：孙丽",
        "验收标准：标准 1：清单经仓储确认并上传共享盘",
        "2. 客服话术更新  [紧急]",
        "责任人：陈晓东 · 完成时间：12月4日（周五）",
        "验收标准：新话术培训完成，抽检合格率 ≥ 95%",
      ]),
    );
    expect(lines(card).some((l) => l.startsWith("缺席"))).toBe(false);
    expect(textBlocks.some((t) => t.includes("修订"))).toBe(false);
    expect(card.lang).toBe("zh-CN");
    expect(card.actions).toEqual([
      { type: "Action.OpenUrl", title: "查看完整纪要", url: links.fullMinutes },
      { type: "Action.OpenUrl", title: "确认纪要", url: links.confirm, style: "positive" },
    ]);
  });

  it("is a valid 1.5 card in English, marking an amended version", () => {
    const card = buildMinutesCard(input("en-US", buildMinutes({ version: 3 })));
    expectPostable(card);
    const { textBlocks } = collectCardTexts(card);
    expect(textBlocks[0]).toBe("Minutes amended (version 3)");
    expect(textBlocks).toEqual(
      expect.arrayContaining([
        "Meeting minutes",
        "Present 5 · Late 1 · On leave 1 · Absent 0",
        "Decisions (2)",
        "Action items (2)",
      ]),
    );
    expect(lines(card)).toEqual(
      expect.arrayContaining([
        "Host: 王建国",
        "Late: 张敏（10 min）",
        "On leave: 刘洋",
        "Owner: 李娜 · Due date: Mon, Dec 7 · Supervisor: 孙丽",
      ]),
    );
    expect(card.actions?.map((a) => a.title)).toEqual(["Open full minutes", "Confirm minutes"]);
  });

  it("names absent and unrecorded people, and says when nothing was decided", () => {
    const minutes = buildMinutes({
      attendance: { [fixtureUsers.ops.upn]: { status: "absent" }, [fixtureUsers.host.upn]: { status: "present" } },
      items: [],
      actions: [],
    });
    const card = buildMinutesCard(input("zh-CN", minutes));
    expectPostable(card);
    expect(collectCardTexts(card).textBlocks).toEqual(
      expect.arrayContaining([
        "出席 1 · 迟到 0 · 请假 0 · 缺席 1 · 未标记 5",
        "本次会议未形成决议",
        "本次会议无行动项",
      ]),
    );
    expect(lines(card)).toContain("缺席：李娜");
  });

  it.each<MinutesLanguage>(["zh-CN", "en-US"])(
    "summarises 60 action items and 10,000-character notes into a postable %s card",
    (language) => {
      const minutes = hugeMinutes();
      const card = buildMinutesCard(input(language, minutes));
      expectPostable(card);
      const { textBlocks } = collectCardTexts(card);
      const more =
        language === "zh-CN" ? /^…还有 (\d+) 项，请查看完整纪要$/ : /^… and (\d+) more — open the full minutes$/;
      const hidden = textBlocks
        .map((t) => more.exec(t)?.[1])
        .filter((n) => n !== undefined)
        .map(Number);
      expect(hidden.length).toBeGreaterThan(0);
      expect(card.actions).toHaveLength(2);
      // Posted with mentions of the person on leave and a summary, the message still fits.
      const message = buildMinutesMessage(card, {
        summary: "周例会 会议纪要 ".repeat(100),
        mentions: [{ upn: fixtureUsers.after.upn, userId: fixtureUsers.after.id, name: fixtureUsers.after.name }],
      });
      expect(getMinutesMessageSizeBytes(message)).toBeLessThanOrEqual(TEAMS_MESSAGE_LIMIT_BYTES);
    },
  );

  it("keeps hostile text literal: only in TextRuns, never in a TextBlock or a link", () => {
    const hostile =
      "<script>alert(1)</script> **粗体** [链接](javascript:alert(1)) 👨‍👩‍👧‍👦🎉 {{DATE(2026-01-01T00:00:00Z)}}";
    const minutes = buildMinutes({
      meetingTitle: hostile,
      attendees: [{ upn: "x@y.example", name: hostile }],
      attendance: { "x@y.example": { status: "absent" } },
      items: [{ id: "i", title: hostile, notes: hostile, decisions: [{ id: "d", text: hostile }] }],
      actions: [
        buildActionItem(1, {
          what: hostile,
          standard: hostile,
          owner: "x@y.example",
          ownerName: hostile,
          due: hostile,
        }),
      ],
    });
    const card = buildMinutesCard(input("en-US", minutes, { displayNames: {} }));
    expectPostable(card);
    const { textBlocks, textRuns } = collectCardTexts(card);
    const literal =
      "<script>alert(1)</script> **粗体** [链接](javascript:alert(1)) 👨‍👩‍👧‍👦🎉 {\u200B{DATE(2026-01-01T00:00:00Z)}}";
    expect(textRuns.filter((t) => t === literal).length).toBeGreaterThanOrEqual(4);
    expect(textBlocks.join("\n")).not.toMatch(/script|\*\*|javascript|DATE/);
    expect(JSON.stringify(card.actions)).not.toContain("javascript");
  });

  it("reserves room for many mentions", () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      upn: `p${i}@y.example`,
      userId: `00000000-0000-0000-0000-${String(i).padStart(12, "0")}`,
      name: `同事${i}`.repeat(8),
    }));
    const card = buildMinutesCard(input("zh-CN", hugeMinutes(), { mentions: many }));
    const message = buildMinutesMessage(card, { summary: "纪要".repeat(500), mentions: many });
    expect(getMinutesMessageSizeBytes(message)).toBeLessThanOrEqual(TEAMS_MESSAGE_LIMIT_BYTES);
  });

  it("falls back to the header and attendance when only that fits", () => {
    const card = buildMinutesCard(input("zh-CN", hugeMinutes(), { maxMessageBytes: 2_500 }));
    expectPostable(card);
    expect(getCardMessageSizeBytes(card)).toBeLessThanOrEqual(2_500);
    expect(collectCardTexts(card).textBlocks).toContain("共 40 条决议、60 项行动项，请查看完整纪要");
  });

  it("leaves out buttons whose link is not https", () => {
    const card = buildMinutesCard(
      input("en-US", buildMinutes(), { links: { fullMinutes: "javascript:alert(1)", confirm: "/relative" } }),
    );
    expectPostable(card);
    expect(card.actions).toBeUndefined();
  });

  it("is pure: same input, same card, input untouched", () => {
    const frozen = input("zh-CN");
    const before = JSON.stringify(frozen);
    expect(buildMinutesCard(frozen)).toEqual(buildMinutesCard(frozen));
    expect(JSON.stringify(frozen)).toBe(before);
  });

  it.each([
    [
      "zh-CN",
      { kind: "perMinute", amount: 10 },
      "迟到处理：迟到每分钟罚款 10 元 · 本次迟到罚款合计 100 元",
      "张敏（10 分钟、罚款 100 元）",
    ],
    [
      "zh-CN",
      { kind: "flat", amount: 20 },
      "迟到处理：凡迟到者罚款 20 元 · 本次迟到罚款合计 20 元",
      "张敏（10 分钟、罚款 20 元）",
    ],
    [
      "en-US",
      { kind: "perMinute", amount: 10 },
      "Lateness: CNY 10 per minute late · Lateness penalties at this meeting: CNY 100",
      "张敏（10 min, CNY 100）",
    ],
  ] as const)(
    "%s: shows the series' lateness policy %o in the attendance, with each late person's penalty",
    (language, lateness, policyLine, lateLine) => {
      const card = buildMinutesCard(input(language, buildMinutes(), { lateness }));
      expectPostable(card);
      expect(collectCardTexts(card).textBlocks).toContain(policyLine);
      expect(lines(card).some((line) => line.includes(lateLine))).toBe(true);
    },
  );

  it("says nothing of penalties when the series does not fine", () => {
    const card = buildMinutesCard(input("zh-CN", buildMinutes(), { lateness: { kind: "none" } }));
    expect(collectCardTexts(card).textBlocks.join("\n")).not.toContain("迟到处理");
    expect(lines(card).join("\n")).not.toContain("罚款");
  });
});
