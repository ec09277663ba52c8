import { describe, expect, it } from "vitest";
import { isSameJoinUrl, normalizeJoinUrl } from "./join-url";
import { findPreviousOccurrenceKey, toOccurrenceKey } from "./occurrence-key";

describe("the occurrence key", () => {
  it("is the original start for a moved occurrence", () => {
    const key = toOccurrenceKey({
      start: new Date("2026-12-08T06:00:00Z"),
      originalStart: new Date("2026-12-07T05:30:00Z"),
    });
    expect(key).toBe("2026-12-07T05:30:00.000Z");
  });

  it("is the start when the occurrence was not moved", () => {
    expect(toOccurrenceKey({ start: new Date("2026-12-07T05:30:00Z") })).toBe("2026-12-07T05:30:00.000Z");
  });

  it("finds the held occurrence before a key, whatever the order given", () => {
    const held = ["2026-12-14T05:30:00.000Z", "2026-11-30T05:30:00.000Z", "2026-12-07T05:30:00.000Z"];
    expect(findPreviousOccurrenceKey(held, "2026-12-14T05:30:00.000Z")).toBe("2026-12-07T05:30:00.000Z");
    expect(findPreviousOccurrenceKey(held, "2026-11-30T05:30:00.000Z")).toBeUndefined();
  });
});

describe("join link matching", () => {
  const link = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%22Tid%22%7d";

  it("matches a link encoded once, twice or not at all", () => {
    const twice = link.replaceAll("%", "%25");
    expect(isSameJoinUrl(link, twice)).toBe(true);
    expect(isSameJoinUrl(link, decodeURIComponent(link))).toBe(true);
  });

  it("keeps a stray percent sign instead of throwing", () => {
    expect(normalizeJoinUrl("https://example.com/a%zz")).toBe("https://example.com/a%zz");
  });

  it("does not match different meetings or a missing link", () => {
    expect(isSameJoinUrl(link, link.replace("abc", "abd"))).toBe(false);
    expect(isSameJoinUrl(link, undefined)).toBe(false);
  });
});
