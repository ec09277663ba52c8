import { describe, expect, it } from "vitest";
import { backoffDelay, parseRetryAfter } from "./retry-after";

describe("parseRetryAfter", () => {
  const now = Date.parse("2025-03-10T08:00:00Z");

  it.each([
    ["1", 1000],
    [" 10 ", 10_000],
    ["0", 0],
    ["Mon, 10 Mar 2025 08:00:05 GMT", 5000],
    ["Mon, 10 Mar 2025 07:59:00 GMT", 0],
  ])("%j → %i ms", (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });

  it.each([[null], [undefined], [""], ["soon"], ["-1"], ["1.5"]])("%j → undefined", (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe("backoffDelay", () => {
  it("doubles per attempt", () => {
    expect([0, 1, 2, 3].map((attempt) => backoffDelay(attempt))).toEqual([1000, 2000, 4000, 8000]);
  });
});
