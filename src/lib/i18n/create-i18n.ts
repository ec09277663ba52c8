// One i18next instance per app start, in the language the host reports (zh-CN or en-US).
// Features bring their own string bundles; src/app registers them here.
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import type { i18n as I18n, Resource } from "i18next";
import { formatChineseNumeral } from "./chinese-numerals";
import { commonStrings } from "./common-strings";

export type AppLanguage = "zh-CN" | "en-US";

export function pickLanguage(locale: string | undefined): AppLanguage {
  return locale?.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}

export type StringBundle = Record<AppLanguage, Record<string, unknown>>;

export async function createI18n(locale: string | undefined, bundles: Record<string, StringBundle>): Promise<I18n> {
  const language = pickLanguage(locale);
  const resources: Resource = { "zh-CN": {}, "en-US": {} };
  for (const [namespace, bundle] of Object.entries({ common: commonStrings, ...bundles })) {
    for (const lang of ["zh-CN", "en-US"] as const) {
      const target = resources[lang];
      if (target) target[namespace] = bundle[lang];
    }
  }
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: "en-US",
    resources,
    defaultNS: "common",
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // "{{row, zhNumeral}}" in a zh-CN string: items are named 问题二, 第三条, never 第 3 行.
  instance.services.formatter?.add("zhNumeral", formatChineseNumeral);
  document.documentElement.lang = language;
  return instance;
}
