// Feature strings travel with the feature's lazy chunk: a view registers its bundle as it loads,
// so the start-up chunk carries only the strings of what it shows first (the series).
import type { i18n as I18n } from "i18next";
import type { StringBundle } from "@/lib/i18n/create-i18n";

let activeI18n: I18n | undefined;

export function setActiveI18n(i18n: I18n): void {
  activeI18n = i18n;
}

export function registerStrings(bundles: Record<string, StringBundle>): void {
  if (!activeI18n) throw new Error("registerStrings called before the app's i18n was created");
  for (const [namespace, bundle] of Object.entries(bundles)) {
    for (const language of ["zh-CN", "en-US"] as const) {
      if (!activeI18n.hasResourceBundle(language, namespace))
        activeI18n.addResourceBundle(language, namespace, bundle[language]);
    }
  }
}

/** `import()` a module, register its strings, and hand back what React.lazy wants. */
export async function loadWithStrings<M, C>(
  load: Promise<M>,
  pick: (m: M) => C,
  strings: (m: M) => Record<string, StringBundle>,
): Promise<{ default: C }> {
  const module = await load;
  registerStrings(strings(module));
  return { default: pick(module) };
}
