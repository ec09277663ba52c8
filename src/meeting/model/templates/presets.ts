// The meeting templates of docs/domain.md §3 as presets. A series copies one and may edit it; the copy
// belongs to the series. Time boxes are per speaker: a section lasts speakers × minutesPerSpeaker.
import type { MeetingTemplate, ReportFieldId, SectionKind, SectionRole, TemplateSection } from "./types";
import type { Bilingual } from "@/lib/i18n/bilingual";

function section(
  id: string,
  kind: SectionKind,
  role: SectionRole,
  title: Bilingual,
  timing: { speakers?: number; minutes: number },
  fields: ReportFieldId[] = [],
  speakerLabel?: Bilingual,
): TemplateSection {
  return {
    id,
    kind,
    role,
    title,
    speakers: timing.speakers ?? 1,
    minutesPerSpeaker: timing.minutes,
    fields,
    ...(speakerLabel ? { speakerLabel } : {}),
  };
}

const reviewTitle: Bilingual = { zh: "上次会议决策执行情况", en: "Review of last meeting's decisions" };
const departmentReport: ReportFieldId[] = [
  "review",
  "kpis",
  "problems",
  "plan",
  "expectedResult",
  "helpNeeded",
  "supervisor",
];
const problemsAndSuggestions: ReportFieldId[] = ["problems", "suggestions"];
const salesKpis: ReportFieldId[] = ["kpis", "receivables", "review", "problems", "plan", "helpNeeded"];

export const weeklyMeeting: MeetingTemplate = {
  id: "weekly",
  name: { zh: "周例会", en: "Weekly meeting" },
  description: {
    zh: "各部门负责人参加，主持人轮流担任，控制在 1.5 小时内。",
    en: "Department heads; the host rotates; at most 1.5 hours.",
  },
  slot: { weekday: 1, start: "13:30" },
  capMinutes: 90,
  hostRotates: true,
  sections: [
    section("review", "review", "all", reviewTitle, { minutes: 15 }),
    section(
      "departments",
      "reports",
      "speaker",
      { zh: "各部门负责人汇报", en: "Department heads' reports" },
      { speakers: 5, minutes: 4 },
      departmentReport,
      { zh: "部门负责人", en: "Department head" },
    ),
    section(
      "company-news",
      "leadership",
      "leadership",
      { zh: "公司近期发展动态", en: "Company news and direction" },
      { minutes: 30 },
    ),
    section(
      "arrangements",
      "leadership",
      "leadership",
      { zh: "领导对本周工作安排", en: "Leadership's arrangements for this week" },
      { minutes: 10 },
    ),
    section(
      "conclusions",
      "summary",
      "host",
      { zh: "复述结论，明确责任人、完成时间及标准", en: "Conclusions: owner, due date and standard for each decision" },
      { minutes: 5 },
    ),
  ],
};

export const monthlyReview: MeetingTemplate = {
  id: "monthly",
  name: { zh: "月例会", en: "Monthly review" },
  description: {
    zh: "公司全体员工参加，总经理主持，控制在 2 小时内。",
    en: "All staff; chaired by the general manager; at most 2 hours.",
  },
  slot: { dayOfMonth: 3, start: "13:30" },
  capMinutes: 120,
  hostRotates: false,
  sections: [
    section("review", "review", "all", reviewTitle, { minutes: 15 }),
    section(
      "store-kpis",
      "reports",
      "speaker",
      { zh: "店长汇报上月计划指标完成情况", en: "Store manager: last month's plan and KPIs" },
      { minutes: 20 },
      ["kpis", "review", "notCompletedReasons"],
      { zh: "店长", en: "Store manager" },
    ),
    section(
      "owners",
      "reports",
      "speaker",
      {
        zh: "各责任人：问题、未完成原因、解决方案及行动计划",
        en: "Owners: problems, reasons, solutions and action plans",
      },
      { speakers: 6, minutes: 8 },
      ["problems", "notCompletedReasons", "plan", "helpNeeded"],
      { zh: "责任人", en: "Owner" },
    ),
    section(
      "month-plan",
      "discussion",
      "leadership",
      {
        zh: "本月工作计划及指标（责任人、完成时间、标准）",
        en: "This month's plan and KPIs (owner, deadline, standard)",
      },
      { minutes: 30 },
    ),
  ],
};

export const mondayMorning: MeetingTemplate = {
  id: "monday-morning",
  name: { zh: "周一早会", en: "Monday morning meeting" },
  description: {
    zh: "电商公司各部门依次讲问题与建议，主持人归纳总结。",
    en: "Each e-commerce department raises problems and suggestions; the host sums up.",
  },
  slot: { weekday: 1, start: "09:00" },
  capMinutes: 30,
  hostRotates: true,
  sections: [
    section(
      "opening",
      "opening",
      "host",
      { zh: "上周工作情况及主持人的想法与建议", en: "Last week, and the host's ideas and suggestions" },
      { minutes: 3 },
    ),
    section("review", "review", "all", reviewTitle, { minutes: 5 }),
    section(
      "operations",
      "reports",
      "speaker",
      { zh: "运营讲话", en: "Operations" },
      { minutes: 5 },
      ["review", "problems", "plan", "suggestions"],
      { zh: "运营", en: "Operations" },
    ),
    section(
      "customer-service",
      "reports",
      "speaker",
      { zh: "客服讲话", en: "Customer service" },
      { minutes: 4 },
      problemsAndSuggestions,
      { zh: "客服", en: "Customer service" },
    ),
    section("design", "reports", "speaker", { zh: "美工讲话", en: "Design" }, { minutes: 4 }, problemsAndSuggestions, {
      zh: "美工",
      en: "Design",
    }),
    section(
      "after-sales",
      "reports",
      "speaker",
      { zh: "售后讲话", en: "After-sales" },
      { minutes: 4 },
      problemsAndSuggestions,
      { zh: "售后", en: "After-sales" },
    ),
    section(
      "summary",
      "summary",
      "host",
      { zh: "主持归纳总结及当天安排", en: "Host summary and today's arrangements" },
      { minutes: 5 },
    ),
  ],
};

export const branchWeekly: MeetingTemplate = {
  id: "branch-weekly",
  name: { zh: "分公司周例会", en: "Branch weekly meeting" },
  description: {
    zh: "严格计时 60 分钟：总结回顾、工作计划、数据量化、具体说明。",
    en: "Strictly 60 minutes: review, plan, quantified data, specifics.",
  },
  slot: { weekday: 1, start: "16:30" },
  capMinutes: 60,
  hostRotates: false,
  sections: [
    section(
      "opening",
      "opening",
      "host",
      { zh: "会议主题、新同事介绍", en: "Theme and new colleagues" },
      { minutes: 1 },
    ),
    section("review", "review", "all", reviewTitle, { minutes: 1 }),
    section(
      "sales-support",
      "reports",
      "speaker",
      { zh: "销售后勤", en: "Sales back-office" },
      { speakers: 3, minutes: 3 },
      salesKpis,
      { zh: "销售后勤专员", en: "Sales back-office" },
    ),
    section(
      "warehouse",
      "reports",
      "speaker",
      { zh: "仓库主管", en: "Warehouse supervisor" },
      { minutes: 3 },
      ["problems", "helpNeeded"],
      { zh: "仓库主管", en: "Warehouse supervisor" },
    ),
    section(
      "data",
      "reports",
      "speaker",
      { zh: "数据分析", en: "Data analyst" },
      { minutes: 3 },
      ["review", "helpNeeded"],
      { zh: "数据分析专员", en: "Data analyst" },
    ),
    section(
      "sales-manager",
      "reports",
      "speaker",
      { zh: "销售经理", en: "Sales manager" },
      { minutes: 5 },
      ["kpis", "receivables", "review", "problems", "plan", "helpNeeded"],
      { zh: "销售经理", en: "Sales manager" },
    ),
    section(
      "expansion",
      "reports",
      "speaker",
      { zh: "拓展", en: "Expansion" },
      { speakers: 2, minutes: 3 },
      ["kpis", "review", "problems", "plan", "helpNeeded"],
      { zh: "拓展专员", en: "Expansion" },
    ),
    section(
      "operations",
      "reports",
      "speaker",
      { zh: "运营", en: "Operations" },
      { speakers: 3, minutes: 3 },
      salesKpis,
      { zh: "运营专员", en: "Operations" },
    ),
    section(
      "accounts",
      "reports",
      "speaker",
      { zh: "账务", en: "Accounts" },
      { minutes: 3 },
      ["receivables", "review", "problems", "helpNeeded"],
      { zh: "账务主管", en: "Accounts" },
    ),
    section(
      "manager-summary",
      "summary",
      "leadership",
      { zh: "公司经理总结、工作部署", en: "Company manager: summary and assignments" },
      { minutes: 15 },
    ),
    section("director", "leadership", "leadership", { zh: "总监补充", en: "Director's remarks" }, { minutes: 5 }),
  ],
};

export const restaurantWeekly: MeetingTemplate = {
  id: "restaurant-weekly",
  name: { zh: "餐饮周会", en: "Restaurant weekly meeting" },
  description: {
    zh: "公司领导、店内管理人员、财务、人事参加；各部门汇报店面人事、营收、财务数据分析、客诉及美团点评，以及本周计划。",
    en: "Leadership, store managers, finance and HR; each department reports staffing, revenue, financial analysis, complaints and online reviews, and this week's plan.",
  },
  slot: { weekday: 1, start: "15:00" },
  capMinutes: 90,
  hostRotates: true,
  sections: [
    section("review", "review", "all", reviewTitle, { minutes: 5 }),
    section(
      "departments",
      "reports",
      "speaker",
      { zh: "各部门上周工作总结及本周工作计划", en: "Departments: last week's results and this week's plan" },
      { speakers: 4, minutes: 15 },
      [
        "review",
        "staffing",
        "revenue",
        "financialAnalysis",
        "complaints",
        "onlineReviews",
        "problems",
        "plan",
        "expectedResult",
        "helpNeeded",
      ],
      { zh: "部门", en: "Department" },
    ),
    section(
      "company-news",
      "leadership",
      "leadership",
      { zh: "公司领导阐述公司近期发展动态", en: "Leadership: company news" },
      { minutes: 10 },
    ),
    section(
      "other",
      "discussion",
      "all",
      { zh: "其它工作安排和对接", en: "Other arrangements and hand-overs" },
      { minutes: 10 },
    ),
  ],
};

export const oneHourWeekly: MeetingTemplate = {
  id: "one-hour",
  name: { zh: "一小时高效周会（PATIO）", en: "One-hour weekly meeting (PATIO)" },
  description: {
    zh: "目的·议程·时间·信息·结果；内容放不下就精简内容，不破例。",
    en: "Purpose, agenda, timed, information, outcomes: cut content, not the rule.",
  },
  slot: { weekday: 1, start: "10:00" },
  capMinutes: 60,
  hostRotates: false,
  sections: [
    section(
      "review",
      "review",
      "all",
      { zh: "上周行动计划目标的完成情况", en: "Last week's action plan and goals" },
      { minutes: 15 },
    ),
    section(
      "went-well",
      "reports",
      "speaker",
      { zh: "好的方面、存在的问题及改进", en: "What went well, problems, what to improve" },
      { speakers: 5, minutes: 5 },
      ["review", "problems", "suggestions"],
      { zh: "负责人", en: "Owner" },
    ),
    section(
      "new-plans",
      "discussion",
      "all",
      { zh: "新的行动计划和目标、责任人", en: "New action plans and goals, each with an owner" },
      { minutes: 20 },
    ),
  ],
};

export const presetTemplates: readonly MeetingTemplate[] = [
  weeklyMeeting,
  monthlyReview,
  mondayMorning,
  branchWeekly,
  restaurantWeekly,
  oneHourWeekly,
];
