import { describe, expect, it } from "vitest";
import { formatChineseNumeral } from "./chinese-numerals";

describe("formatChineseNumeral", () => {
  it.each([
    [1, "一"],
    [2, "二"],
    [10, "十"],
    [11, "十一"],
    [20, "二十"],
    [21, "二十一"],
    [50, "五十"],
    [100, "一百"],
    [105, "一百零五"],
    [110, "一百一十"],
    [1001, "一千零一"],
    [2030, "二千零三十"],
  ])("writes %i as %s", (value, text) => {
    expect(formatChineseNumeral(value)).toBe(text);
  });

  it("leaves what is not a counting number as written", () => {
    expect(formatChineseNumeral(0)).toBe("0");
    expect(formatChineseNumeral(1.5)).toBe("1.5");
    expect(formatChineseNumeral(10000)).toBe("10000");
    expect(formatChineseNumeral("3")).toBe("3");
  });
});
