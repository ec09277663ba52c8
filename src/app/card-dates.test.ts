// Every card Meetloop posts to the meeting chat writes dates and times one way
// (src/lib/time/format-card-when.ts): the agenda notice and the minutes card, in both languages.
import { describe, expect, it } from "vitest";
import type { AdaptiveCard } from "@/lib/cards";
import { collectCardTexts } from "@/lib/cards/testing/card-texts";
import { weeklyMeeting } from "@/meeting/model/templates/presets";
import { generateAgenda } from "@/features/agenda/model/agenda";
import { buildAgendaCard } from "@/features/agenda/model/agenda-card";
import { buildMinutesCard } from "@/features/minutes/documents/minutes-card";
import {
  buildActionItem,
  buildMinutes,
  fixtureDisplayNames,
} from "@/features/minutes/documents/testing/minutes-fixture";

type Language = "zh-CN" | "en-US";

// A Monday meeting, 14:00–15:30 in Shanghai; the test machine's own zone plays no part.
const start = new Date("2026-12-07T06:00:00Z");
const end = new Date("2026-12-07T07:30:00Z");
const timeZone = "China Standard Time";

const expected: Record<Language, { when: string; day: RegExp; clock: RegExp }> = {
  "zh-CN": {
    when: "12月7日（周一）14:00–15:30 中国标准时间",
    day: /\d{1,2}月\d{1,2}日（周[一二三四五六日]）/,
    clock: /^\d{2}:\d{2} · /,
  },
  "en-US": {
    when: "Mon, Dec 7, 2:00–3:30 PM China Standard Time",
    day: /(Sun|Mon|Tue|Wed|Thu|Fri|Sat), [A-Z][a-z]{2} \d{1,2}/,
    clock: /^\d{1,2}:\d{2} [AP]M · /,
  },
};

function agendaCard(language: Language): AdaptiveCard {
  return buildAgendaCard({
    language,
    meetingTitle: "周例会",
    when: { start, end, timeZone },
    agenda: generateAgenda({
      template: weeklyMeeting,
      occurrenceKey: start.toISOString(),
      host: "host@y.example",
      noteTaker: "notes@y.example",
      speakers: {},
      topics: [],
    }),
    displayNames: {},
    revision: 1,
    links: {},
  });
}

function minutesCard(language: Language): AdaptiveCard {
  return buildMinutesCard({
    language,
    minutes: buildMinutes({
      start: start.toISOString(),
      end: end.toISOString(),
      actions: [buildActionItem(1, { due: "2026-12-14" })],
    }),
    timeZone,
    displayNames: fixtureDisplayNames,
    links: {},
  });
}

function allTexts(card: AdaptiveCard): string[] {
  const { textBlocks, textRuns, facts } = collectCardTexts(card);
  return [...textBlocks, ...textRuns, ...facts];
}

describe.each(["zh-CN", "en-US"] as const)("cards posted to the meeting chat (%s)", (language) => {
  const cards = { agenda: agendaCard(language), minutes: minutesCard(language) };

  it.each(Object.keys(cards) as (keyof typeof cards)[])(
    "the %s card states the meeting's time in the one form",
    (name) => {
      expect(allTexts(cards[name])).toContain(expected[language].when);
    },
  );

  it("the agenda card lays out each item's start on the same clock", () => {
    const starts = collectCardTexts(cards.agenda).textBlocks.filter((t) => /^\d{1,2}:\d{2}/.test(t));
    expect(starts.length).toBeGreaterThan(1);
    for (const text of starts) expect(text).toMatch(expected[language].clock);
    expect(starts[0]).toMatch(language === "zh-CN" ? /^14:00 · / : /^2:00 PM · /);
  });

  it("the minutes card writes a due date as a day with its weekday", () => {
    const dueLine = allTexts(cards.minutes).find((t) => t.includes(language === "zh-CN" ? "12月14日" : "Dec 14"));
    expect(dueLine).toMatch(expected[language].day);
    expect(allTexts(cards.minutes).join("\n")).not.toContain("2026-12-14");
  });
});
