import { describe, expect, it } from "vitest";
import { canHostNewSeries, judgeWorkspace, readGroupVisibility } from "./workspace-visibility";
import type { GroupVisibility } from "./workspace-visibility";

describe("readGroupVisibility", () => {
  it("maps Graph's three values, in either casing Microsoft's pages have used", () => {
    expect(readGroupVisibility("Public")).toBe("public");
    expect(readGroupVisibility("Private")).toBe("private");
    expect(readGroupVisibility("HiddenMembership")).toBe("hiddenMembership");
    expect(readGroupVisibility("Hiddenmembership")).toBe("hiddenMembership");
    expect(readGroupVisibility("private")).toBe("private");
  });

  it("reads a group without a value as public, as Graph interprets it", () => {
    expect(readGroupVisibility(null)).toBe("public");
    expect(readGroupVisibility(undefined)).toBe("public");
    expect(readGroupVisibility("")).toBe("public");
  });

  it("vouches for nothing else", () => {
    expect(readGroupVisibility("Secret")).toBe("unknown");
    expect(readGroupVisibility(1)).toBe("unknown");
  });
});

describe("which groups may hold a new series", () => {
  it.each<[GroupVisibility, boolean]>([
    ["private", true],
    ["hiddenMembership", true],
    ["public", false],
    ["unknown", false],
  ])("%s → %s", (visibility, allowed) => {
    expect(canHostNewSeries(visibility)).toBe(allowed);
  });

  it("refuses a public group for a new series or as a new workspace, and keeps an existing series' own", () => {
    expect(judgeWorkspace("public", false)).toBe("refused");
    expect(judgeWorkspace("unknown", false)).toBe("refused");
    expect(judgeWorkspace("public", true)).toBe("kept");
    expect(judgeWorkspace("private", false)).toBe("allowed");
    expect(judgeWorkspace("hiddenMembership", true)).toBe("allowed");
  });
});
