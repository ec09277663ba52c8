// Teams refuses a chat message above about 28 KB, the card included ("Request Entity too large";
// https://learn.microsoft.com/connectors/teams/#known-issues-and-limitations). A card built from
// user text must therefore be measured and, when too big, made smaller in a way that still says
// the important things — never by cutting JSON, which would post a broken card.
import { truncateText } from "./plain-text";
import type { AdaptiveCard, CardElement, Column } from "./types";

export const TEAMS_MESSAGE_LIMIT_BYTES = 28 * 1024;

/** UTF-8 length without allocating an encoded copy: cards are measured many times while fitting. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-8 bytes of the card's JSON, as it is stringified into the message attachment. */
export function getCardSizeBytes(card: AdaptiveCard): number {
  return utf8ByteLength(JSON.stringify(card));
}

export interface FitCardOptions {
  /** Defaults to TEAMS_MESSAGE_LIMIT_BYTES. */
  maxBytes?: number;
  /** Defaults to getCardSizeBytes; pass a message-level measure to count the envelope too. */
  measure?: (card: AdaptiveCard) => number;
}

export interface FitCardResult {
  card: AdaptiveCard;
  sizeBytes: number;
  fits: boolean;
  /** Which candidate was used (0 = the full card); candidates past the caller's come from shortening text runs. */
  step: number;
}

/** Text-run limits tried, in order, when none of the caller's candidates fits. */
const LAST_RESORT_TEXT_LIMITS = [200, 80, 32, 12] as const;

/**
 * The first candidate that fits. Callers list their card from richest to leanest (e.g. full, then
 * shorter titles, then fewer list items with "and N more…"), so what is dropped is what they rank
 * least important; candidates are consumed lazily, so a generator can offer hundreds cheaply.
 * When none fits, the leanest one's text runs are shortened further; `fits` is false only if even
 * that is too big, and the smallest card found is returned — always a complete, valid card.
 */
export function fitCard(candidates: Iterable<AdaptiveCard>, options: FitCardOptions = {}): FitCardResult {
  const maxBytes = options.maxBytes ?? TEAMS_MESSAGE_LIMIT_BYTES;
  const measure = options.measure ?? getCardSizeBytes;
  let smallest: FitCardResult | undefined;
  let step = 0;
  for (const card of withLastResorts(candidates)) {
    const sizeBytes = measure(card);
    const result: FitCardResult = { card, sizeBytes, fits: sizeBytes <= maxBytes, step };
    if (result.fits) return result;
    if (!smallest || sizeBytes < smallest.sizeBytes) smallest = result;
    step++;
  }
  if (!smallest) throw new TypeError("fitCard needs at least one candidate card");
  return smallest;
}

function* withLastResorts(candidates: Iterable<AdaptiveCard>): Generator<AdaptiveCard> {
  let last: AdaptiveCard | undefined;
  for (const card of candidates) {
    last = card;
    yield card;
  }
  if (!last) return;
  for (const limit of LAST_RESORT_TEXT_LIMITS) yield shortenTextRuns(last, limit);
}

/**
 * The largest `count` in [0, maxCount] whose card fits, or undefined if none does — for a card that
 * lists the first `count` entries of a long list. Binary search: a card grows with its list, and
 * a linear walk down from hundreds of entries would render and measure hundreds of cards.
 */
export function largestFittingCount(
  render: (count: number) => AdaptiveCard,
  maxCount: number,
  options: FitCardOptions = {},
): number | undefined {
  const maxBytes = options.maxBytes ?? TEAMS_MESSAGE_LIMIT_BYTES;
  const measure = options.measure ?? getCardSizeBytes;
  const fits = (count: number): boolean => measure(render(count)) <= maxBytes;
  let low = 0;
  let high = Math.max(0, Math.floor(maxCount));
  if (!fits(low)) return undefined;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** A copy of the card with every TextRun cut to `maxGraphemes` (labels in TextBlocks are ours and short). */
export function shortenTextRuns(card: AdaptiveCard, maxGraphemes: number): AdaptiveCard {
  const shortenColumn = (column: Column): Column => ({ ...column, items: column.items.map(shortenElement) });
  const shortenElement = (element: CardElement): CardElement => {
    switch (element.type) {
      case "RichTextBlock":
        return {
          ...element,
          inlines: element.inlines.map((run) => ({ ...run, text: truncateText(run.text, maxGraphemes) })),
        };
      case "Container":
        return { ...element, items: element.items.map(shortenElement) };
      case "ColumnSet":
        return { ...element, columns: element.columns.map(shortenColumn) };
      case "TextBlock":
      case "FactSet":
        return element;
    }
  };
  return { ...card, body: card.body.map(shortenElement) };
}
