import { describe, expect, it } from "vitest";
import { validateAdaptiveCard } from "../../../test/support/card-schema";
import {
  fitCard,
  getCardSizeBytes,
  largestFittingCount,
  shortenTextRuns,
  TEAMS_MESSAGE_LIMIT_BYTES,
  utf8ByteLength,
} from "./card-size";
import { plainText } from "./plain-text";
import { collectCardTexts } from "./testing/card-texts";
import { createCard } from "./types";
import type { AdaptiveCard } from "./types";

function cardWith(text: string, copies = 1): AdaptiveCard {
  return createCard([
    { type: "TextBlock", text: "Label", wrap: true },
    ...Array.from({ length: copies }, () => plainText(text, { maxLength: 100_000 })),
  ]);
}

describe("sizes", () => {
  it.each(["", "abc", "周例会", "👍👨‍👩‍👧‍👦", "é\u0000\uD83D"])("counts UTF-8 bytes of %j like Node does", (text) => {
    expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, "utf8"));
  });

  it("measures a card as its JSON in UTF-8", () => {
    const card = cardWith("周例会 <b>x</b> 👍");
    expect(getCardSizeBytes(card)).toBe(Buffer.byteLength(JSON.stringify(card), "utf8"));
  });
});

describe("fitCard", () => {
  it("takes the first candidate that fits and does not build the rest", () => {
    let built = 0;
    function* candidates(): Generator<AdaptiveCard> {
      for (const copies of [400, 40, 4, 1]) {
        built++;
        yield cardWith("周例会议程", copies);
      }
    }
    const result = fitCard(candidates(), { maxBytes: 2_000 });
    expect(result.fits).toBe(true);
    expect(result.step).toBe(2);
    expect(built).toBe(3);
    expect(result.sizeBytes).toBeLessThanOrEqual(2_000);
    expect(collectCardTexts(result.card).textRuns).toHaveLength(4);
  });

  it("shortens text runs of the leanest candidate when no candidate fits, keeping the card valid", () => {
    const huge = cardWith("长".repeat(20_000));
    expect(getCardSizeBytes(huge)).toBeGreaterThan(TEAMS_MESSAGE_LIMIT_BYTES);
    const result = fitCard([huge]);
    expect(result.fits).toBe(true);
    expect(result.step).toBeGreaterThan(0);
    expect(validateAdaptiveCard(result.card)).toEqual([]);
    const [run] = collectCardTexts(result.card).textRuns;
    expect(run).toMatch(/^长+…$/);
    expect(collectCardTexts(result.card).textBlocks).toEqual(["Label"]);
  });

  it("returns the smallest card, marked as not fitting, when nothing can fit", () => {
    const result = fitCard([cardWith("x", 2_000)], { maxBytes: 1_000 });
    expect(result.fits).toBe(false);
    expect(result.sizeBytes).toBeGreaterThan(1_000);
    expect(validateAdaptiveCard(result.card)).toEqual([]);
  });

  it("needs a candidate", () => {
    expect(() => fitCard([])).toThrow(TypeError);
  });

  it("shortens runs inside containers and columns without touching labels", () => {
    const card = createCard([
      { type: "Container", items: [plainText("一二三四五六")] },
      {
        type: "ColumnSet",
        columns: [{ type: "Column", items: [{ type: "TextBlock", text: "标签标签标签" }, plainText("abcdefgh")] }],
      },
    ]);
    const texts = collectCardTexts(shortenTextRuns(card, 3));
    expect(texts.textRuns).toEqual(["一二…", "ab…"]);
    expect(texts.textBlocks).toEqual(["标签标签标签"]);
  });
});

describe("largestFittingCount", () => {
  const render = (count: number) => cardWith("议题", count);
  const perItem = getCardSizeBytes(render(1)) - getCardSizeBytes(render(0));

  it("finds the longest list that fits, in few renders", () => {
    let renders = 0;
    const budget = getCardSizeBytes(render(37)) + perItem - 1;
    const count = largestFittingCount(
      (n) => {
        renders++;
        return render(n);
      },
      500,
      { maxBytes: budget },
    );
    expect(count).toBe(37);
    expect(renders).toBeLessThanOrEqual(12);
  });

  it("gives every entry when all fit, and undefined when not even an empty list fits", () => {
    expect(largestFittingCount(render, 5)).toBe(5);
    expect(largestFittingCount(render, 5, { maxBytes: 10 })).toBeUndefined();
  });
});

describe("validateAdaptiveCard", () => {
  it("accepts our cards and rejects what Teams would not render", () => {
    expect(validateAdaptiveCard(cardWith("ok"))).toEqual([]);
    expect(validateAdaptiveCard({ ...cardWith("ok"), type: "HeroCard" })).not.toEqual([]);
    expect(
      validateAdaptiveCard(
        createCard([{ type: "RichTextBlock", inlines: [{ type: "TextRun", text: "x", markdown: true } as never] }]),
      ),
    ).not.toEqual([]);
    expect(
      validateAdaptiveCard(
        createCard([{ type: "ColumnSet", columns: [{ type: "Column", items: [{ type: "TextBlock" } as never] }] }]),
      ),
    ).not.toEqual([]);
    expect(
      validateAdaptiveCard(createCard([], { actions: [{ type: "Action.OpenUrl", title: "x" } as never] })),
    ).not.toEqual([]);
    expect(validateAdaptiveCard({ ...cardWith("ok"), version: undefined })).toEqual([
      "/version is required on a top-level card",
    ]);
    expect(validateAdaptiveCard({ ...cardWith("ok"), version: "1.6" })).toEqual([
      "/version 1.6 is newer than the 1.5 Teams renders",
    ]);
  });
});
