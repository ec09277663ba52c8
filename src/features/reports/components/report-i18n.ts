import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { pickLanguage } from "@/lib/i18n/create-i18n";
import type { AppLanguage } from "@/lib/i18n/create-i18n";
import type { Bilingual } from "@/lib/i18n/bilingual";
import type { ReportIssue } from "../model/validate-report";

export type ReportsT = TFunction<"reports">;

/** The reports namespace plus which half of a `Bilingual` to show. */
export function useReportsTranslation(): { t: ReportsT; language: AppLanguage; lang: keyof Bilingual } {
  const { t, i18n } = useTranslation("reports");
  const language = pickLanguage(i18n.language);
  return { t, language, lang: language === "zh-CN" ? "zh" : "en" };
}

export function describeIssue(t: ReportsT, issue: ReportIssue): string {
  const { params } = issue.message;
  const column = typeof params.column === "string" ? t(`columns.${params.column}`) : undefined;
  return t(issue.message.key, column === undefined ? params : { ...params, column });
}

/** Fluent `Field` takes one message: several issues on one input are read one after another. */
export function describeIssues(t: ReportsT, issues: readonly ReportIssue[]): string | undefined {
  return issues.length === 0 ? undefined : issues.map((issue) => describeIssue(t, issue)).join(" ");
}
