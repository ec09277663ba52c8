import { FluentProvider, teamsLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement, ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { DraftStoreProvider, createMemoryDraftStore } from "@/lib/drafts";
import type { DraftStore } from "@/lib/drafts";
import { createI18n } from "@/lib/i18n/create-i18n";
import type { StringBundle } from "@/lib/i18n/create-i18n";

export interface RenderOptions {
  locale?: "zh-CN" | "en-US";
  store?: DraftStore;
}

/** Renders inside Fluent, i18n (the given feature namespaces) and a drafts store, as src/app does. */
export async function renderWithProviders(
  ui: ReactElement,
  bundles: Record<string, StringBundle>,
  options: RenderOptions = {},
) {
  const i18n = await createI18n(options.locale ?? "zh-CN", bundles);
  const store = options.store ?? createMemoryDraftStore();
  const wrap = (node: ReactNode) => (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={teamsLightTheme}>
        <DraftStoreProvider store={store}>{node}</DraftStoreProvider>
      </FluentProvider>
    </I18nextProvider>
  );
  const result = render(wrap(ui));
  return {
    ...result,
    store,
    rerenderWith: (next: ReactElement) => {
      result.rerender(wrap(next));
    },
  };
}
