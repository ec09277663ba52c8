import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { pickLanguage } from "@/lib/i18n/create-i18n";
import type { AppLanguage } from "@/lib/i18n/create-i18n";
import type { ActionStatus } from "@/meeting/model/planner/action-status";

export type FollowUpT = TFunction<"followUp">;

/** The followUp namespace, the app language and which half of a template's bilingual text to show. */
export function useFollowUpTranslation(): { t: FollowUpT; language: AppLanguage; lang: "zh" | "en" } {
  const { t, i18n } = useTranslation("followUp");
  const language = pickLanguage(i18n.language);
  return { t, language, lang: language === "zh-CN" ? "zh" : "en" };
}

export function describeStatus(t: FollowUpT, status: ActionStatus): string {
  return status.kind === "overdue" ? t("status.overdue", { count: status.days }) : t(`status.${status.kind}`);
}

/** A YYYY-MM-DD date as the viewer writes dates; the text itself when it is not one. */
export function formatDay(date: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  // NOTE: the date is already the series' calendar date: format it in UTC so no zone shifts it.
  return getDateFormat(locale, "UTC").format(
    new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))),
  );
}

export function formatInstant(date: Date, locale: string, timeZone: string): string {
  return getDateFormat(locale, timeZone).format(date);
}

// A formatter per locale and zone, built once: building one per row cost more than the history's
// aggregation over years of occurrences.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function getDateFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone });
    dateFormats.set(key, format);
  }
  return format;
}

/** A display name for a UPN from the names the app passes (keys in either case), else the UPN. */
export function lookUpName(names: Readonly<Record<string, string>>, upn: string | undefined): string {
  if (upn === undefined || upn === "") return "";
  return names[upn] ?? names[upn.toLowerCase()] ?? upn;
}

/** An occurrence key (its original start, ISO) as a Date, for the rare record whose occurrence is not in the list. */
export function parseOccurrenceKey(key: string): Date | undefined {
  const date = new Date(key);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
