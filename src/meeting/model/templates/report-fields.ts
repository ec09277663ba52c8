import type { ReportFieldId } from "./types";
import type { Bilingual } from "@/lib/i18n/bilingual";

export type ReportFieldType =
  "text" | "problemList" | "textList" | "helpList" | "person" | "kpiRows" | "complaints" | "reviewRows";

export interface ReportFieldDefinition {
  id: ReportFieldId;
  label: Bilingual;
  type: ReportFieldType;
}

/** docs/domain.md §4, with the labels users see (zh-CN first, as the documents write them). */
export const reportFields: Record<ReportFieldId, ReportFieldDefinition> = {
  review: { id: "review", label: { zh: "上周工作回顾", en: "Last week's results" }, type: "text" },
  // The restaurant chain's four report topics (docs/domain.md §3.5, §4).
  staffing: { id: "staffing", label: { zh: "店面人事管理情况", en: "Store staffing" }, type: "text" },
  revenue: { id: "revenue", label: { zh: "营收情况", en: "Revenue" }, type: "kpiRows" },
  financialAnalysis: {
    id: "financialAnalysis",
    label: { zh: "财务数据分析情况", en: "Financial analysis" },
    type: "text",
  },
  complaints: { id: "complaints", label: { zh: "客诉情况", en: "Customer complaints" }, type: "complaints" },
  onlineReviews: {
    id: "onlineReviews",
    label: { zh: "美团点评情况", en: "Online reviews (Meituan, Dianping)" },
    type: "reviewRows",
  },
  problems: { id: "problems", label: { zh: "存在问题及解决方案", en: "Problems and solutions" }, type: "problemList" },
  suggestions: { id: "suggestions", label: { zh: "建议", en: "Suggestions" }, type: "textList" },
  plan: { id: "plan", label: { zh: "本周工作计划", en: "This week's plan" }, type: "textList" },
  expectedResult: { id: "expectedResult", label: { zh: "预计达到的效果", en: "Expected result" }, type: "text" },
  helpNeeded: {
    id: "helpNeeded",
    label: { zh: "需要其他部门配合事项", en: "Help needed from other departments" },
    type: "helpList",
  },
  supervisor: { id: "supervisor", label: { zh: "监督人", en: "Supervisor" }, type: "person" },
  notCompletedReasons: {
    id: "notCompletedReasons",
    label: { zh: "未完成原因", en: "Reasons for anything not completed" },
    type: "text",
  },
  kpis: { id: "kpis", label: { zh: "指标", en: "KPIs" }, type: "kpiRows" },
  receivables: {
    id: "receivables",
    label: { zh: "回款 / 应收款", en: "Receivables and collections" },
    type: "kpiRows",
  },
};

export const reportFieldIds = [
  "review",
  "staffing",
  "revenue",
  "financialAnalysis",
  "complaints",
  "onlineReviews",
  "problems",
  "suggestions",
  "plan",
  "expectedResult",
  "helpNeeded",
  "supervisor",
  "notCompletedReasons",
  "kpis",
  "receivables",
] as const satisfies readonly ReportFieldId[];
