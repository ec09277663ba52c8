import { describe, expect, it } from "vitest";
import { plainText, sanitizeCardText, truncateText } from "./plain-text";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("plainText", () => {
  it.each([
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)"> &amp; <b>bold</b>',
    "**bold** [x](javascript:alert(1)) _it_ # heading",
    "👍 周例会：双十二备货 🇨🇳 👨‍👩‍👧‍👦",
  ])("keeps %s literally in a single TextRun", (text) => {
    expect(plainText(text)).toEqual({ type: "RichTextBlock", inlines: [{ type: "TextRun", text }] });
  });

  it("puts styling on the run and layout on the block", () => {
    expect(plainText("李娜", { weight: "bolder", isSubtle: true, spacing: "none", separator: true })).toEqual({
      type: "RichTextBlock",
      spacing: "none",
      separator: true,
      inlines: [{ type: "TextRun", text: "李娜", weight: "bolder", isSubtle: true }],
    });
  });

  it("truncates long text to the field's limit with an ellipsis", () => {
    const run = plainText("长".repeat(10_000), { maxLength: 50 }).inlines[0];
    expect(run?.text).toBe(`${"长".repeat(49)}…`);
  });
});

describe("sanitizeCardText", () => {
  it("strips control and bidi-override characters and turns line breaks into spaces", () => {
    expect(sanitizeCardText("  a\u0000b\u0007c\u202Ed\u2066e\nf\r\ng\th\u0085i\u001B ")).toBe("abcde f g h i");
  });

  it("keeps line breaks when asked", () => {
    expect(sanitizeCardText("第一行\r\n第二行\r第三行\u0000", { keepLineBreaks: true })).toBe("第一行\n第二行\n第三行");
  });

  it("replaces lone surrogates so the message stays valid UTF-8", () => {
    const cleaned = sanitizeCardText("a\uD83Db👍");
    expect(cleaned).toBe("a\uFFFDb👍");
    expect(LONE_SURROGATE.test(cleaned)).toBe(false);
  });

  it("stops a typed {{DATE(…)}} from being expanded by the renderer", () => {
    const cleaned = sanitizeCardText("{{DATE(2017-02-14T06:00:00Z, SHORT)}}");
    expect(cleaned).not.toContain("{{DATE(");
    expect(cleaned.replace(/\u200B/g, "")).toBe("{{DATE(2017-02-14T06:00:00Z, SHORT)}}");
  });
});

describe("truncateText", () => {
  it("leaves text within the limit alone", () => {
    expect(truncateText("周例会", 3)).toBe("周例会");
  });

  it("never splits an emoji, a flag or a family", () => {
    expect(truncateText("👍".repeat(10), 5)).toBe("👍👍👍👍…");
    expect(truncateText("🇨🇳🇨🇳🇨🇳", 2)).toBe("🇨🇳…");
    const family = "👨‍👩‍👧‍👦";
    const cut = truncateText(family.repeat(5), 3);
    expect(cut).toBe(`${family}${family}…`);
    expect(LONE_SURROGATE.test(cut)).toBe(false);
  });

  it("does not leave a trailing space before the ellipsis", () => {
    expect(truncateText("ab  cdef", 4)).toBe("ab…");
  });
});
