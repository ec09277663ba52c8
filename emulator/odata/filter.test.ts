import { describe, expect, it } from "vitest";
import { evaluateFilter, listFilterProperties, parseFilter } from "./filter.ts";

const matches = (filter: string, record: unknown): boolean => evaluateFilter(parseFilter(filter), record);

describe("OData $filter", () => {
  it("compares strings, numbers and nested paths joined by and/or", () => {
    const item = { fields: { Status: "open", Score: 3 }, title: "O'Brien" };
    expect(matches("fields/Status eq 'open' and fields/Score ge 3", item)).toBe(true);
    expect(matches("fields/Status eq 'closed' or fields/Score lt 3", item)).toBe(false);
    expect(matches("title eq 'O''Brien'", item)).toBe(true);
  });

  it("matches JoinWebUrl case-insensitively on the property name", () => {
    expect(matches("JoinWebUrl eq 'https://x/y?a=1'", { joinWebUrl: "https://x/y?a=1" })).toBe(true);
  });

  it("compares date-times as instants, with or without quotes", () => {
    const event = { start: { dateTime: "2026-11-30T05:30:00.0000000" } };
    expect(matches("start/dateTime ge '2026-11-30T05:00:00Z'", event)).toBe(true);
    expect(matches("start/dateTime le 2026-11-30T05:00:00Z", event)).toBe(false);
  });

  it("supports any() lambdas and lists the properties used", () => {
    const filter = parseFilter("groupTypes/any(c:c eq 'Unified') and not(displayName eq 'x')");
    expect(evaluateFilter(filter, { groupTypes: ["Unified"], displayName: "y" })).toBe(true);
    expect(listFilterProperties(filter)).toEqual(["groupTypes", "displayName"]);
  });

  it("rejects malformed expressions", () => {
    expect(() => parseFilter("title eq 'open")).toThrow(/unterminated/);
    expect(() => parseFilter("substringof('a', title)")).toThrow(/unsupported function/);
  });
});
