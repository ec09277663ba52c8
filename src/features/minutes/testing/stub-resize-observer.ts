import { vi } from "vitest";

// Fluent's MessageBar measures itself with ResizeObserver, which jsdom does not have.
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
