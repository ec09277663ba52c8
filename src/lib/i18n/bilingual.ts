import { useTranslation } from "react-i18next";

/** Text that travels with its data in both languages (templates, section titles). */
export interface Bilingual {
  zh: string;
  en: string;
}

export function pickBilingual(text: Bilingual, language: string): string {
  return language.toLowerCase().startsWith("zh") ? text.zh : text.en;
}

/** Template text travels with its data in both languages; this picks the viewer's. */
export function useBilingual(): (text: Bilingual) => string {
  const { i18n } = useTranslation();
  return (text) => pickBilingual(text, i18n.language);
}
