import type { ReactElement } from "react";
import { renderWithProviders as renderWithAppProviders } from "@/lib/testing/render-with-providers";
import type { RenderOptions } from "@/lib/testing/render-with-providers";
import { minutesStrings } from "../strings";

/** Renders inside Fluent, i18n (the minutes namespace) and a drafts store, as src/app does. */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}) {
  return renderWithAppProviders(ui, { minutes: minutesStrings }, options);
}
