import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useCountdown } from "./use-countdown";

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2026-11-30T05:44:58.000Z"));
});
afterEach(() => {
  vi.useRealTimers();
});

describe("useCountdown", () => {
  it("ticks every second and turns into overtime after the box ends", () => {
    const { result } = renderHook(() => useCountdown(new Date("2026-11-30T05:45:00.000Z")));
    expect(result.current).toMatchObject({ label: "00:02", isOvertime: false });
    act(() => {
      vi.advanceTimersByTime(2000);
    });
    expect(result.current).toMatchObject({ label: "00:00", isOvertime: false });
    act(() => {
      vi.advanceTimersByTime(65_000);
    });
    expect(result.current).toMatchObject({ label: "+01:05", isOvertime: true });
  });

  it("has nothing to count without an end", () => {
    expect(renderHook(() => useCountdown(undefined)).result.current).toBeUndefined();
  });
});
