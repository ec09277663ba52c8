import { vi } from "vitest";

// Fluent's MessageBar and the popups of Dropdown and Combobox measure with ResizeObserver, which
// jsdom does not have.
class StillResizeObserver {
  observe(): void {
    // jsdom lays nothing out: there is never a resize to report.
  }
  unobserve(): void {
    // Nothing was observed.
  }
  disconnect(): void {
    // Nothing to release.
  }
}

export function stubResizeObserver(): void {
  vi.stubGlobal("ResizeObserver", StillResizeObserver);
}
