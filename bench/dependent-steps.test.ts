import { describe, expect, it } from "vitest";
import { findLongestChain, median } from "./dependent-steps";
import type { Step } from "./dependent-steps";

function step(label: string, startedAt: number, endedAt: number): Step {
  return { kind: "other", label, startedAt, endedAt };
}

describe("findLongestChain", () => {
  it("follows steps that wait for each other and counts parallel ones once", () => {
    const chain = findLongestChain([
      step("document", 0, 50),
      step("entry", 60, 100),
      step("vendor", 62, 110),
      step("initialize", 115, 115),
      step("token", 120, 120),
      step("token again", 120, 120),
      step("graph", 130, 280),
      step("late", 20, 300),
    ]);
    expect(chain.map((s) => s.label)).toEqual(["document", "entry", "initialize", "token", "graph"]);
  });

  it("has no steps when nothing happened", () => {
    expect(findLongestChain([])).toEqual([]);
  });
});

describe("median", () => {
  it("takes the middle value, or the mean of the two middle values", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
