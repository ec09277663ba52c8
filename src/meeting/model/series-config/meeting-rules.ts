// The rules a series' participants are held to (docs/domain.md §6), as every surface shows them:
// the series' own 会议要求 and 会议纪律, then two lines worded from its settings — the leave cut-off
// and the lateness policy — so the wording never disagrees with what the minutes apply.
import type { Bilingual } from "@/lib/i18n/bilingual";
import { getTemplateRules } from "../templates/rules";
import type { MeetingRule } from "../templates/rules";
import type { LatenessPolicy, SeriesConfig } from "./series-config";

export interface RuleLines {
  requirements: Bilingual[];
  discipline: Bilingual[];
}

/** The series' edited rules, or — for a configuration stored before rules existed — its template's. */
export function getSeriesRules(config: Pick<SeriesConfig, "rules" | "template">): MeetingRule[] {
  return config.rules ?? getTemplateRules(config.template.id);
}

function formatAmount(amount: number): string {
  return String(Math.round(amount * 100) / 100);
}

/** 凡迟到者罚款20元 / 凡迟到1分钟罚款10元…: the series' policy in words. */
export function describeLateness(policy: LatenessPolicy): Bilingual {
  switch (policy.kind) {
    case "none":
      return { zh: "请准时到会。", en: "Be on time." };
    case "flat":
      return {
        zh: `请准时到会，凡迟到者罚款 ${formatAmount(policy.amount)} 元。`,
        en: `Be on time: anyone late is fined CNY ${formatAmount(policy.amount)}.`,
      };
    case "perMinute":
      return {
        zh: `请准时到会，迟到每分钟罚款 ${formatAmount(policy.amount)} 元。`,
        en: `Be on time: lateness is fined CNY ${formatAmount(policy.amount)} per minute.`,
      };
  }
}

/** 请假须提前一天: the series' leave cut-off in words. */
export function describeLeaveCutoff(hours: number): Bilingual {
  if (hours <= 0) {
    return {
      zh: "不能无故请假，请假须在会议开始前提出。",
      en: "No absence without leave: ask before the meeting starts.",
    };
  }
  if (hours % 24 === 0) {
    const days = hours / 24;
    return {
      zh: `不能无故请假，请假须提前 ${String(days)} 天提出。`,
      en: `No absence without leave: ask at least ${String(days)} ${days === 1 ? "day" : "days"} ahead.`,
    };
  }
  return {
    zh: `不能无故请假，请假须提前 ${String(hours)} 小时提出。`,
    en: `No absence without leave: ask at least ${String(hours)} ${hours === 1 ? "hour" : "hours"} ahead.`,
  };
}

export function listRuleLines(config: Pick<SeriesConfig, "rules" | "template" | "attendance">): RuleLines {
  const rules = getSeriesRules(config).filter((rule) => rule.text.zh.trim() !== "" || rule.text.en.trim() !== "");
  return {
    requirements: rules.filter((rule) => rule.kind === "requirement").map((rule) => rule.text),
    discipline: [
      ...rules.filter((rule) => rule.kind === "discipline").map((rule) => rule.text),
      describeLeaveCutoff(config.attendance.leaveCutoffHours),
      describeLateness(config.attendance.lateness),
    ],
  };
}
