import { describe, expect, it } from "vitest";
import { validateAdaptiveCard } from "../../../../test/support/card-schema";
import { getCardMessageSizeBytes, getCardSizeBytes, TEAMS_MESSAGE_LIMIT_BYTES } from "@/lib/cards";
import type { AdaptiveCard } from "@/lib/cards";
import { collectCardTexts } from "@/lib/cards/testing/card-texts";
import { restaurantWeekly, weeklyMeeting } from "@/meeting/model/templates/presets";
import { listRuleLines } from "@/meeting/model/series-config/meeting-rules";
import { buildSeriesConfig } from "@/meeting/testing/build-series-config";
import { addItem, generateAgenda } from "./agenda";
import type { Agenda } from "./agenda";
import { agendaCardLabels, buildAgendaCard } from "./agenda-card";
import type { AgendaCardInput, AgendaCardLanguage } from "./agenda-card";

const heads = ["ops@y.example", "cs@y.example", "design@y.example", "after@y.example", "wh@y.example"];
const names: Record<string, string> = {
  "ops@y.example": "王芳",
  "cs@y.example": "李娜",
  "design@y.example": "张伟",
  "after@y.example": "刘洋",
  "wh@y.example": "陈静",
  "host@y.example": "陈建国",
  "notes@y.example": "赵敏",
};
const links = {
  fillReport: "https://teams.microsoft.com/l/entity/app/tab?context=%7B%22subEntityId%22%3A%22report%22%7D",
  openAgenda: "https://teams.microsoft.com/l/entity/app/tab?context=%7B%22subEntityId%22%3A%22agenda%22%7D",
};

function weeklyAgenda(): Agenda {
  return generateAgenda({
    template: weeklyMeeting,
    occurrenceKey: "2026-11-30T05:30:00.000Z",
    host: "host@y.example",
    noteTaker: "notes@y.example",
    speakers: { departments: heads },
    topics: [],
  });
}

function shanghai(start: string, end: string): AgendaCardInput["when"] {
  return { start: new Date(start), end: new Date(end), timeZone: "China Standard Time" };
}

function input(language: AgendaCardLanguage, overrides: Partial<AgendaCardInput> = {}): AgendaCardInput {
  return {
    language,
    meetingTitle: language === "zh-CN" ? "周例会" : "Weekly meeting",
    when: shanghai("2026-11-30T05:30:00Z", "2026-11-30T07:00:00Z"),
    agenda: weeklyAgenda(),
    displayNames: names,
    reports: { submitted: 3, expected: 5 },
    revision: 1,
    links,
    ...overrides,
  };
}

function expectPostable(card: AdaptiveCard): void {
  expect(validateAdaptiveCard(card)).toEqual([]);
  expect(card).toMatchObject({
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    type: "AdaptiveCard",
    version: "1.5",
  });
  expect(getCardSizeBytes(card)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
  expect(getCardMessageSizeBytes(card)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
}

describe("buildAgendaCard for the 周例会 preset", () => {
  it("is a valid 1.5 card under 28 KB in Chinese, with times, names, status and buttons", () => {
    const card = buildAgendaCard(input("zh-CN"));
    expectPostable(card);
    const { textBlocks, textRuns } = collectCardTexts(card);
    expect(textRuns.slice(0, 2)).toEqual(["周例会", "11月30日（周一）13:30–15:00 中国标准时间"]);
    expect(textRuns).toEqual(
      expect.arrayContaining([
        "陈建国",
        "赵敏",
        "上次会议决策执行情况",
        "各部门负责人汇报",
        ...heads.map((h) => names[h]),
      ]),
    );
    expect(textBlocks).toEqual(
      expect.arrayContaining([
        "主持人",
        "记录人",
        "已提交 3/5",
        "议程（共 80 分钟）",
        "13:30 · 15 分钟",
        "13:45 · 4 分钟",
        "14:05 · 30 分钟",
        "14:35 · 10 分钟",
        "14:45 · 5 分钟",
      ]),
    );
    expect(textBlocks.some((t) => t.startsWith("议程已更新"))).toBe(false);
    expect(card.lang).toBe("zh-CN");
    expect(card.actions).toEqual([
      { type: "Action.OpenUrl", title: "填写我的汇报", url: links.fillReport, style: "positive" },
      { type: "Action.OpenUrl", title: "打开议程", url: links.openAgenda },
    ]);
  });

  it("is a valid 1.5 card under 28 KB in English, marking an updated agenda", () => {
    const card = buildAgendaCard(input("en-US", { revision: 2 }));
    expectPostable(card);
    const { textBlocks, textRuns } = collectCardTexts(card);
    expect(textBlocks[0]).toBe("Agenda updated (version 2)");
    expect(textBlocks).toEqual(
      expect.arrayContaining([
        "Host",
        "Note-taker",
        "3 of 5 submitted",
        "Agenda (80 min)",
        "1:30 PM · 15 min",
        "1:45 PM · 4 min",
      ]),
    );
    expect(textRuns).toEqual(
      expect.arrayContaining([
        "Weekly meeting",
        "Review of last meeting's decisions",
        "Department heads' reports",
        "王芳",
      ]),
    );
    expect(textRuns).not.toContain("上次会议决策执行情况");
    expect(card.actions?.map((a) => a.title)).toEqual(["Fill my report", "Open agenda"]);
  });

  it("lists the items in agenda order, each speaker under their own item", () => {
    const card = buildAgendaCard(input("zh-CN"));
    const runs = collectCardTexts(card).textRuns;
    const order = ["上次会议决策执行情况", "各部门负责人汇报", "王芳", "各部门负责人汇报", "李娜"];
    const at = order.map((text, i) => runs.indexOf(text, i === 0 ? 0 : runs.indexOf(order[i - 1] ?? "") + 1));
    expect(at.every((index) => index >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("shows people who are not in the directory by their UPN, and a missing host as not assigned", () => {
    const agenda = { ...weeklyAgenda(), host: undefined };
    const card = buildAgendaCard(input("zh-CN", { agenda, displayNames: {} }));
    const { textBlocks, textRuns } = collectCardTexts(card);
    expect(textRuns).toContain("ops@y.example");
    expect(textBlocks).toContain("未指定");
  });

  it("leaves out buttons whose link is not https and the report status when nobody reports", () => {
    const card = buildAgendaCard(
      input("en-US", {
        links: { fillReport: "javascript:alert(1)", openAgenda: "/relative" },
        reports: { submitted: 0, expected: 0 },
      }),
    );
    expectPostable(card);
    expect(card.actions).toBeUndefined();
    expect(collectCardTexts(card).textBlocks.join("\n")).not.toMatch(/submitted|Reports/);
  });

  it("is pure: same input, same card, input untouched", () => {
    const frozen = input("zh-CN");
    const before = JSON.stringify(frozen);
    expect(buildAgendaCard(frozen)).toEqual(buildAgendaCard(frozen));
    expect(JSON.stringify(frozen)).toBe(before);
  });
});

describe("buildAgendaCard with hostile or huge input", () => {
  const hostile = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)"><b>HTML</b> &amp;',
    "**bold** [x](javascript:alert(1))",
    "👍 双十二备货 🇨🇳 👨‍👩‍👧‍👦",
  ];
  const longTitle = `超长标题${"很长的议题".repeat(2_000)}`;

  function hostileInput(language: AgendaCardLanguage): AgendaCardInput {
    let agenda = weeklyAgenda();
    [...hostile, longTitle].forEach((title, i) => {
      agenda = addItem(agenda, {
        id: `t${String(i)}`,
        kind: "topic",
        title: { zh: title, en: title },
        minutes: 5,
        fields: [],
      });
    });
    const evilNames: Record<string, string> = {
      ...names,
      "ops@y.example": hostile[0] ?? "",
      "cs@y.example": hostile[2] ?? "",
      "host@y.example": "名".repeat(10_000),
    };
    return input(language, {
      meetingTitle: `${hostile[1] ?? ""}${"周例会".repeat(4_000)}`,
      agenda,
      displayNames: evilNames,
    });
  }

  it.each(["zh-CN", "en-US"] as const)("%s: still a valid card under 28 KB showing the text literally", (language) => {
    const card = buildAgendaCard(hostileInput(language));
    expectPostable(card);
    const { textRuns } = collectCardTexts(card);
    for (const text of hostile) expect(textRuns).toContain(text);
    const long = textRuns.find((t) => t.startsWith("超长标题"));
    expect(long).toMatch(/^超长标题(很长的议题)*[很长的议题]*…$/);
    expect(long && Array.from(long).length).toBeLessThanOrEqual(200);
    expect(textRuns.find((t) => t.startsWith("名"))).toMatch(/^名+…$/);
    expect(textRuns[0]).toMatch(/^<img src=x onerror="alert\(1\)"><b>HTML<\/b> &amp;(周例会)*[周例会]*…$/);
    expect(textRuns[1]).toBe(
      language === "zh-CN"
        ? "11月30日（周一）13:30–15:00 中国标准时间"
        : "Mon, Nov 30, 1:30–3:00 PM China Standard Time",
    );
  });

  it.each(["zh-CN", "en-US"] as const)("%s: no TextBlock carries user text", (language) => {
    const { textBlocks } = collectCardTexts(buildAgendaCard(hostileInput(language)));
    const userFragments = [
      ...hostile.map((t) => t.slice(0, 6)),
      "超长标题",
      "周例会周例会",
      "名名名",
      "script",
      "javascript",
      "👍",
      "**",
      "<",
    ];
    for (const block of textBlocks) {
      for (const fragment of userFragments) expect(block).not.toContain(fragment);
    }
    // Every TextBlock is one of our labels, whatever the input was.
    const labels = agendaCardLabels[language];
    const fixed = new Set<string>([labels.notice, labels.host, labels.noteTaker, labels.reports, labels.notAssigned]);
    const formatted =
      /^(\d{1,2}:\d{2}( [AP]M)? · )?\d+ (分钟|min)$|^已提交 \d+\/\d+$|^\d+ of \d+ submitted$|^议程（共 \d+ 分钟）$|^Agenda \(\d+ min\)$/;
    for (const block of textBlocks) expect(fixed.has(block) || formatted.test(block)).toBe(true);
  });

  it("fits 200 agenda items into 28 KB, listing as many as fit and counting the rest", () => {
    for (const language of ["zh-CN", "en-US"] as const) {
      let agenda = weeklyAgenda();
      for (let i = 0; i < 200; i++) {
        agenda = addItem(agenda, {
          id: `topic-${String(i)}`,
          kind: "topic",
          title: {
            zh: `第 ${String(i + 1)} 个议题：${"华东区门店库存与补货计划".repeat(3)}`,
            en: `Topic ${String(i + 1)}`,
          },
          minutes: 1,
          fields: [],
        });
      }
      const card = buildAgendaCard(input(language, { agenda }));
      expectPostable(card);
      const { textBlocks, textRuns } = collectCardTexts(card);
      const more = textBlocks.find((t) => /^还有 \d+ 项…$|^and \d+ more…$/.test(t));
      expect(more).toBeDefined();
      const hidden = Number(/\d+/.exec(more ?? "")?.[0]);
      const shown = textBlocks.filter((t) => /^\d{1,2}:\d{2}( [AP]M)? · /.test(t)).length;
      expect(shown + hidden).toBe(agenda.items.length);
      expect(shown).toBeGreaterThan(20);
      expect(textRuns).toContain(language === "zh-CN" ? "上次会议决策执行情况" : "Review of last meeting's decisions");
    }
  });

  it("drops to a header-only card rather than an invalid one when the budget is tiny", () => {
    const card = buildAgendaCard(input("zh-CN", { maxMessageBytes: 3_500 }));
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(getCardMessageSizeBytes(card)).toBeLessThanOrEqual(3_500);
    expect(collectCardTexts(card).textBlocks.some((t) => /^还有 \d+ 项…$|^共 \d+ 项/.test(t))).toBe(true);
    expect(card.actions).toHaveLength(2);
  });
});

describe("buildAgendaCard with the series' rules", () => {
  const restaurantConfig = buildSeriesConfig({
    template: structuredClone(restaurantWeekly),
    attendance: { leaveCutoffHours: 24, lateness: { kind: "flat", amount: 20 } },
  });

  function restaurantInput(language: AgendaCardLanguage, overrides: Partial<AgendaCardInput> = {}): AgendaCardInput {
    const agenda = generateAgenda({
      template: restaurantWeekly,
      occurrenceKey: "2026-11-30T07:00:00.000Z",
      host: "host@y.example",
      noteTaker: "notes@y.example",
      speakers: { departments: heads.slice(0, 4) },
      topics: [],
    });
    return input(language, {
      meetingTitle: "餐饮周会",
      when: shanghai("2026-11-30T07:00:00Z", "2026-11-30T08:30:00Z"),
      agenda,
      rules: listRuleLines(restaurantConfig),
      ...overrides,
    });
  }

  it.each(["zh-CN", "en-US"] as const)("%s: summarises the rules under the agenda, in a valid card", (language) => {
    const card = buildAgendaCard(restaurantInput(language));
    expectPostable(card);
    const { textBlocks, textRuns } = collectCardTexts(card);
    expect(textBlocks).toContain(agendaCardLabels[language].rules);
    const summary = textRuns.at(-1) ?? "";
    if (language === "zh-CN") {
      expect(summary).toContain("不许打断其他人汇报工作");
      expect(summary).toContain("请假须提前 1 天提出");
      expect(summary).toContain("凡迟到者罚款 20 元");
    } else {
      expect(summary).toContain("never interrupts another person's report");
      expect(summary).toContain("anyone late is fined CNY 20");
    }
  });

  it("shows edited rules literally and cuts a huge one, keeping the card postable", () => {
    const rules = {
      requirements: [{ zh: "**加粗** <script>alert(1)</script>", en: "x" }],
      discipline: [{ zh: "纪律".repeat(20_000), en: "x" }],
    };
    const card = buildAgendaCard(restaurantInput("zh-CN", { rules }));
    expectPostable(card);
    const { textBlocks, textRuns } = collectCardTexts(card);
    const summary = textRuns.find((run) => run.startsWith("**加粗**")) ?? "";
    expect(summary).toContain("<script>alert(1)</script>");
    expect(summary.endsWith("…")).toBe(true);
    for (const block of textBlocks) expect(block).not.toContain("script");
  });

  it("has no rules section when the series has none", () => {
    const card = buildAgendaCard(restaurantInput("zh-CN", { rules: { requirements: [], discipline: [] } }));
    expect(collectCardTexts(card).textBlocks).not.toContain("会议要求与纪律");
    expect(collectCardTexts(buildAgendaCard(input("zh-CN"))).textBlocks).not.toContain("会议要求与纪律");
  });
});
