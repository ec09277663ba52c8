// Each template's 会议要求 (what a participant does) and 会议纪律 (what is enforced), as the company
// documents write them (docs/domain.md §6). A series starts from its template's rules and may edit
// them. Leave and lateness are not listed here: they are worded from the series' own settings
// (series-config/meeting-rules.ts), so the rule a speaker reads is the rule the minutes apply.
import type { Bilingual } from "@/lib/i18n/bilingual";

export type MeetingRuleKind = "requirement" | "discipline";

export interface MeetingRule {
  kind: MeetingRuleKind;
  text: Bilingual;
}

function requirement(zh: string, en: string): MeetingRule {
  return { kind: "requirement", text: { zh, en } };
}

function discipline(zh: string, en: string): MeetingRule {
  return { kind: "discipline", text: { zh, en } };
}

const prepared = requirement(
  "发言内容必须在会前准备好，紧扣会议主题。",
  "Prepare what you will say before the meeting, and keep to the subject.",
);
const timeBox = requirement(
  "控制好发言时间，不长篇大论、不记流水账，严格按照议程给定的时间执行。",
  "Keep to your time box: no long speeches, no diary of routine work.",
);
const phones = discipline("会议期间手机关机或调至静音状态。", "Phones off or on silent during the meeting.");

const weeklyRules: MeetingRule[] = [
  prepared,
  timeBox,
  requirement("全体参会人员专心聆听，并做好相关记录。", "Everyone listens closely and takes notes."),
  requirement("主持人与会议记录人提前一分钟到场。", "The host and the note-taker arrive a minute early."),
  requirement("佩戴工作证，着正式工作装。", "Wear your staff badge and work clothes."),
  discipline("会前没有准备发言内容的，由行政部给予处罚。", "Coming unprepared is penalised by the admin department."),
  phones,
];

const monthlyRules: MeetingRule[] = [
  requirement(
    "与会人员提前准备好会中所需汇报内容，并安排好会议时间段内的其它工作。",
    "Prepare your report, and clear other work from the meeting's time, beforehand.",
  ),
  requirement("主持人与会议记录人提前一分钟到场。", "The host and the note-taker arrive a minute early."),
  requirement("积极发言，注意语气、语速和音量。", "Speak up, minding your tone, pace and volume."),
  phones,
];

const branchRules: MeetingRule[] = [
  requirement(
    "发言做到总结回顾、工作计划、数据量化、具体说明。",
    "Every report reviews, plans, quantifies and is specific.",
  ),
  requirement(
    "严格计时：每人只用议程给定的分钟数，会议 60 分钟结束。",
    "Strictly timed: each speaker has only their minutes; the meeting ends at 60.",
  ),
];

const restaurantRules: MeetingRule[] = [
  prepared,
  timeBox,
  requirement(
    "全体参会人员专心聆听，不许打断其他人汇报工作，并做好相关记录。",
    "Everyone listens closely, takes notes, and never interrupts another person's report.",
  ),
  discipline("会议期间手机调至静音或震动状态。", "Phones on silent or vibrate during the meeting."),
];

const oneHourRules: MeetingRule[] = [
  requirement(
    "会议不超过 60 分钟：内容放不下就精简内容，不延长时间。",
    "At most 60 minutes: when the content does not fit, cut the content, not the rule.",
  ),
  requirement(
    "发言聚焦上周行动计划与目标、新的行动计划，不念流水账。",
    "Speak to last week's action plan and goals and the new ones; no diary of routine work.",
  ),
  requirement("每个新的行动计划和目标都要有责任人。", "Every new action plan and goal has an owner."),
];

const presetRules: Readonly<Record<string, readonly MeetingRule[]>> = {
  weekly: weeklyRules,
  monthly: monthlyRules,
  // The 周一早会 document sets out only the running order: no rules of its own.
  "monday-morning": [],
  "branch-weekly": branchRules,
  "restaurant-weekly": restaurantRules,
  "one-hour": oneHourRules,
};

/** The rules a template comes with; a template the product does not know has none. */
export function getTemplateRules(templateId: string): MeetingRule[] {
  return (presetRules[templateId] ?? []).map((rule) => ({ kind: rule.kind, text: { ...rule.text } }));
}
