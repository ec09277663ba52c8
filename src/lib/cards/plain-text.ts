// Anything a person typed (names, titles, problems) goes on a card through `plainText`, never a
// TextBlock. Teams applies markdown to TextBlock.text and Fact title/value
// (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-format), so a
// title like "**x** [y](javascript:…)" would turn into formatting and a link. A TextRun inside a
// RichTextBlock is not parsed: "Text to display. Markdown is not supported."
// (https://learn.microsoft.com/adaptive-cards/schema-explorer/text-run, and the note "RichTextBlock
// doesn't support Markdown" in https://learn.microsoft.com/adaptive-cards/authoring-cards/text-features).
// HTML is never interpreted in Adaptive Cards (cards-format, above), so `<script>` is shown as text.
import type {
  CardColor,
  CardFontSize,
  CardFontWeight,
  CardHorizontalAlignment,
  CardSpacing,
  RichTextBlock,
  TextRun,
} from "./types";

/** Graphemes kept by default when a caller gives no limit: long enough for any real title. */
export const DEFAULT_TEXT_LIMIT = 500;

export interface SanitizeOptions {
  /** Keep line breaks (as "\n") instead of turning them into spaces — for multi-line fields. */
  keepLineBreaks?: boolean;
}

const LINE_BREAKS = /\r\n|[\r\n\v\f\u0085\u2028\u2029]/g;
// C0 and C1 controls (tab and line breaks are handled first), plus the bidi embedding/override/
// isolate marks: these can make a title display as something other than what it contains.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
// A lone surrogate is not valid UTF-8; Graph would reject or mangle the message.
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Adaptive Card renderers expand {{DATE(…)}} / {{TIME(…)}} in TextRun text too; a zero-width space
// between the braces keeps a typed "{{DATE(…)}}" literal while it looks the same.
const DATE_FUNCTIONS = /\{\{(?=(?:DATE|TIME)\()/g;

/** Text as a card should carry it: no control or bidi-override characters, no lone surrogates, trimmed. */
export function sanitizeCardText(text: string, options: SanitizeOptions = {}): string {
  const lines = options.keepLineBreaks ? text.replace(LINE_BREAKS, "\n") : text.replace(LINE_BREAKS, " ");
  return lines
    .replace(/\t/g, " ")
    .replace(CONTROLS, "")
    .replace(LONE_SURROGATES, "\uFFFD")
    .replace(DATE_FUNCTIONS, "{\u200B{")
    .trim();
}

const segmenter: Intl.Segmenter | undefined =
  typeof Intl.Segmenter === "function" ? new Intl.Segmenter(undefined, { granularity: "grapheme" }) : undefined;

function graphemes(text: string, atMost: number): string[] {
  // Graphemes, not UTF-16 units, so an emoji, a flag or a family is never cut in half. Only the
  // head of a huge text is segmented: a grapheme is rarely longer than a few dozen units.
  const head = text.length > atMost * 32 ? text.slice(0, atMost * 32) : text;
  if (!segmenter) return Array.from(head).slice(0, atMost);
  const out: string[] = [];
  for (const { segment } of segmenter.segment(head)) {
    out.push(segment);
    if (out.length >= atMost) break;
  }
  return out;
}

/** At most `maxGraphemes` user-perceived characters; a cut text ends with "…" (counted in the limit). */
export function truncateText(text: string, maxGraphemes: number): string {
  const limit = Math.max(1, Math.floor(maxGraphemes));
  const head = graphemes(text, limit + 1);
  if (head.length <= limit) return text;
  return `${head
    .slice(0, limit - 1)
    .join("")
    .trimEnd()}…`;
}

export interface PlainTextOptions extends SanitizeOptions {
  /** Graphemes kept before "…"; defaults to DEFAULT_TEXT_LIMIT. */
  maxLength?: number;
  size?: CardFontSize;
  weight?: CardFontWeight;
  color?: CardColor;
  isSubtle?: boolean;
  italic?: boolean;
  spacing?: CardSpacing;
  separator?: boolean;
  horizontalAlignment?: CardHorizontalAlignment;
  id?: string;
}

/** Cleaned and length-limited text, as `plainText` puts it on the card. */
export function toCardText(text: string, options: Pick<PlainTextOptions, "maxLength" | "keepLineBreaks"> = {}): string {
  return truncateText(sanitizeCardText(text, options), options.maxLength ?? DEFAULT_TEXT_LIMIT);
}

/** User text shown exactly as typed: one RichTextBlock holding one TextRun. */
export function plainText(text: string, options: PlainTextOptions = {}): RichTextBlock {
  const run: TextRun = { type: "TextRun", text: toCardText(text, options) };
  if (options.size !== undefined) run.size = options.size;
  if (options.weight !== undefined) run.weight = options.weight;
  if (options.color !== undefined) run.color = options.color;
  if (options.isSubtle !== undefined) run.isSubtle = options.isSubtle;
  if (options.italic !== undefined) run.italic = options.italic;
  const block: RichTextBlock = { type: "RichTextBlock", inlines: [run] };
  if (options.id !== undefined) block.id = options.id;
  if (options.spacing !== undefined) block.spacing = options.spacing;
  if (options.separator !== undefined) block.separator = options.separator;
  if (options.horizontalAlignment !== undefined) block.horizontalAlignment = options.horizontalAlignment;
  return block;
}
