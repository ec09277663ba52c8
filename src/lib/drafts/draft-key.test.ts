import { describe, expect, it } from "vitest";
import { buildDraftKey, buildDraftKeyPrefix, parseDraftKey } from "./draft-key";

const parts = {
  kind: "report",
  seriesId: "19:meeting_abc@thread.v2",
  occurrenceKey: "2025-03-03T01:00:00Z",
  userId: "u-1",
} as const;

describe("buildDraftKey", () => {
  it("is stable for the same parts and differs by user, kind, occurrence and item", () => {
    const key = buildDraftKey(parts);
    expect(buildDraftKey({ ...parts })).toBe(key);
    const others = [
      buildDraftKey({ ...parts, userId: "u-2" }),
      buildDraftKey({ ...parts, kind: "minutes" }),
      buildDraftKey({ ...parts, occurrenceKey: "2025-03-10T01:00:00Z" }),
      buildDraftKey({ ...parts, itemId: "topic-1" }),
    ];
    expect(new Set([key, ...others]).size).toBe(5);
  });

  it("cannot be confused by separators inside the parts", () => {
    // Naive joining would make these two the same string.
    const a = buildDraftKey({ ...parts, userId: "a/b", seriesId: "c" });
    const b = buildDraftKey({ ...parts, userId: "a", seriesId: "b/c" });
    expect(a).not.toBe(b);
  });

  it("starts with the prefix of each of its scopes, and not with a sibling's", () => {
    const key = buildDraftKey({ ...parts, itemId: "i-1" });
    expect(key.startsWith(buildDraftKeyPrefix({ userId: "u-1" }))).toBe(true);
    expect(
      key.startsWith(
        buildDraftKeyPrefix({
          userId: "u-1",
          seriesId: parts.seriesId,
          occurrenceKey: parts.occurrenceKey,
          kind: "report",
        }),
      ),
    ).toBe(true);
    expect(key.startsWith(buildDraftKeyPrefix({ userId: "u-10" }))).toBe(false);
    expect(buildDraftKey({ ...parts, userId: "u-10" }).startsWith(buildDraftKeyPrefix({ userId: "u-1" }))).toBe(false);
  });

  it("rejects an empty user and a scope without its wider scope", () => {
    expect(() => buildDraftKey({ ...parts, userId: "" })).toThrow(TypeError);
    expect(() => buildDraftKeyPrefix({ userId: "u-1", occurrenceKey: "x" })).toThrow(TypeError);
  });
});

describe("parseDraftKey", () => {
  it("gives back the parts a key was built from, ids with ':' and '@' included", () => {
    const parts = {
      kind: "report" as const,
      seriesId: "19:meeting_abc@thread.v2",
      occurrenceKey: "2026-12-07T06:00:00.000Z",
      userId: "0f1e2d3c",
      itemId: "departments/ops",
    };
    expect(parseDraftKey(buildDraftKey(parts))).toEqual(parts);
    const withoutItem = {
      kind: parts.kind,
      seriesId: parts.seriesId,
      occurrenceKey: parts.occurrenceKey,
      userId: parts.userId,
    };
    expect(parseDraftKey(buildDraftKey(withoutItem))).toEqual(withoutItem);
  });

  it("refuses what no builder made", () => {
    expect(parseDraftKey("draft/v1/u/s/o/letter/x")).toBeUndefined();
    expect(parseDraftKey("other/v1/u/s/o/report/x")).toBeUndefined();
    expect(parseDraftKey("draft/v1/u/s/report/x")).toBeUndefined();
  });
});
