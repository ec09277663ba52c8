import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";

export type MinutesT = TFunction<"minutes">;

export function useMinutesTranslation(): { t: MinutesT; locale: string } {
  const { t, i18n } = useTranslation("minutes");
  return { t, locale: i18n.language };
}

/** "20" / "0.3" — amounts as people write them, no trailing zeros or float noise. */
export function formatAmount(amount: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(amount);
}

export function formatTime(date: Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).format(date);
}
