// The subset of Adaptive Card 1.5 that Meetloop posts to meeting chats. Teams renders at most 1.5
// for cards sent by a user through Graph (docs/architecture.md §2), so nothing newer is modelled here; every card
// we emit is checked against the 1.5 JSON schema in tests.

export const ADAPTIVE_CARD_SCHEMA_URL = "http://adaptivecards.io/schemas/adaptive-card.json";

export type CardColor = "default" | "dark" | "light" | "accent" | "good" | "warning" | "attention";
export type CardFontSize = "default" | "small" | "medium" | "large" | "extraLarge";
export type CardFontWeight = "default" | "lighter" | "bolder";
export type CardSpacing = "default" | "none" | "small" | "medium" | "large" | "extraLarge" | "padding";
export type CardContainerStyle = "default" | "emphasis" | "good" | "attention" | "warning" | "accent";
export type CardHorizontalAlignment = "left" | "center" | "right";

interface CardElementBase {
  id?: string;
  spacing?: CardSpacing;
  separator?: boolean;
  isVisible?: boolean;
}

/**
 * Teams renders a subset of markdown in `text` (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-format):
 * use it only for our own fixed labels, never for anything a user typed — that goes through `plainText`.
 */
export interface TextBlock extends CardElementBase {
  type: "TextBlock";
  text: string;
  wrap?: boolean;
  size?: CardFontSize;
  weight?: CardFontWeight;
  color?: CardColor;
  isSubtle?: boolean;
  maxLines?: number;
  style?: "default" | "heading";
  horizontalAlignment?: CardHorizontalAlignment;
}

/** `text` is shown as typed: the 1.5 schema says "Markdown is not supported" for TextRun. */
export interface TextRun {
  type: "TextRun";
  text: string;
  size?: CardFontSize;
  weight?: CardFontWeight;
  color?: CardColor;
  isSubtle?: boolean;
  italic?: boolean;
  strikethrough?: boolean;
  highlight?: boolean;
  underline?: boolean;
}

export interface RichTextBlock extends CardElementBase {
  type: "RichTextBlock";
  inlines: TextRun[];
  horizontalAlignment?: CardHorizontalAlignment;
}

/** Teams renders markdown in both `title` and `value` (cards-format, above): fixed labels only. */
export interface Fact {
  title: string;
  value: string;
}

export interface FactSet extends CardElementBase {
  type: "FactSet";
  facts: Fact[];
}

export type ColumnWidth = "auto" | "stretch" | number | `${number}px`;

export interface Column {
  type: "Column";
  items: CardElement[];
  width?: ColumnWidth;
  spacing?: CardSpacing;
  separator?: boolean;
  style?: CardContainerStyle;
  verticalContentAlignment?: "top" | "center" | "bottom";
}

export interface ColumnSet extends CardElementBase {
  type: "ColumnSet";
  columns: Column[];
  style?: CardContainerStyle;
}

export interface Container extends CardElementBase {
  type: "Container";
  items: CardElement[];
  style?: CardContainerStyle;
  bleed?: boolean;
}

export type CardElement = TextBlock | RichTextBlock | FactSet | ColumnSet | Container;

/** The only action a user-posted card can usefully carry: it cannot submit data (docs/architecture.md §2). */
export interface OpenUrlAction {
  type: "Action.OpenUrl";
  title: string;
  url: string;
  style?: "default" | "positive" | "destructive";
  tooltip?: string;
}

export type CardAction = OpenUrlAction;

export interface AdaptiveCard {
  $schema: typeof ADAPTIVE_CARD_SCHEMA_URL;
  type: "AdaptiveCard";
  version: "1.5";
  lang?: string;
  /** Shown by clients older than `version`; Teams may apply markdown to it, so fixed labels only. */
  fallbackText?: string;
  body: CardElement[];
  actions?: CardAction[];
}

export function createCard(
  body: CardElement[],
  extra: Pick<AdaptiveCard, "lang" | "fallbackText" | "actions"> = {},
): AdaptiveCard {
  return {
    $schema: ADAPTIVE_CARD_SCHEMA_URL,
    type: "AdaptiveCard",
    version: "1.5",
    ...(extra.lang !== undefined ? { lang: extra.lang } : {}),
    ...(extra.fallbackText !== undefined ? { fallbackText: extra.fallbackText } : {}),
    body,
    ...(extra.actions && extra.actions.length > 0 ? { actions: extra.actions } : {}),
  };
}
