export const supportedLocales = ["zh-CN", "en-US"] as const;

export type SupportedLocale = (typeof supportedLocales)[number];

/** Canonical BCP-47 casing: Teams reports "zh-cn", Intl and i18next expect "zh-CN". */
export function canonicalizeLocale(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/** The UI ships zh-CN and en-US only: any Chinese variant → zh-CN, anything else → en-US. */
export function pickSupportedLocale(tag: string | undefined): SupportedLocale {
  return tag?.toLowerCase().startsWith("zh") === true ? "zh-CN" : "en-US";
}

export function isSupportedLocale(tag: string): tag is SupportedLocale {
  return (supportedLocales as readonly string[]).includes(tag);
}
