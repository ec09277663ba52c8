// The body of Graph `POST /chats/{chat-id}/messages` carrying one Adaptive Card, in the shape of
// "Example 3: Send message containing cards" in
// https://learn.microsoft.com/graph/api/chatmessage-post: an HTML body holding
// `<attachment id="…"></attachment>` and an attachment whose `content` is the card as a JSON
// *string*. "The attachment's ID must be the same in the body and attachments elements."
import { utf8ByteLength } from "./card-size";
import { toCardText } from "./plain-text";
import type { AdaptiveCard } from "./types";

export const ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

export interface CardAttachment {
  id: string;
  contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE;
  /** The card, stringified: Graph takes attachment content as a string, not an object. */
  content: string;
}

export interface ChatMessageWithCard {
  body: { contentType: "html"; content: string };
  attachments: [CardAttachment];
}

export interface ChatMessageOptions {
  /**
   * A line of text shown above the card and in chat previews and notifications. It goes into the
   * HTML body, escaped. (chatMessage's own `summary` property "only applies to channel chat
   * messages, not chat messages in a chat" — https://learn.microsoft.com/graph/api/resources/chatmessage —
   * so a meeting chat message has no other place for it.)
   */
  summary?: string;
  /** Defaults to a random GUID without dashes, as in Microsoft's example; fixed in tests. */
  attachmentId?: string;
}

/** Longest summary kept: it is a one-line preview, and it counts against the message limit. */
export const SUMMARY_MAX_LENGTH = 200;
/** Most bytes a summary adds to a message; fit cards to the limit minus this when a summary is sent. */
export const SUMMARY_MAX_BYTES = 1024;

const ATTACHMENT_ID = /^[A-Za-z0-9-]{1,64}$/;

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

function newAttachmentId(): string {
  return crypto.randomUUID().replace(/-/g, "");
}

export function buildChatMessageWithCard(card: AdaptiveCard, options: ChatMessageOptions = {}): ChatMessageWithCard {
  const id = options.attachmentId ?? newAttachmentId();
  // The id is written into HTML unescaped, so only id-like values are accepted.
  if (!ATTACHMENT_ID.test(id)) throw new TypeError(`Invalid attachment id: ${JSON.stringify(id)}`);
  const lead = options.summary === undefined ? "" : summaryParagraph(options.summary);
  return {
    body: { contentType: "html", content: `${lead}<attachment id="${id}"></attachment>` },
    attachments: [{ id, contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: JSON.stringify(card) }],
  };
}

function summaryParagraph(summary: string): string {
  // Escaping and long emoji sequences can make few characters many bytes: shorten until it is cheap.
  for (let length = SUMMARY_MAX_LENGTH; length >= 1; length = Math.floor(length / 2)) {
    const text = toCardText(summary, { maxLength: length });
    if (!text) return "";
    const html = `<p>${escapeHtml(text)}</p>`;
    if (utf8ByteLength(JSON.stringify(html)) <= SUMMARY_MAX_BYTES) return html;
  }
  return "";
}

/** UTF-8 bytes of the whole request body: the card is JSON inside a JSON string, so its quotes count twice. */
export function getChatMessageSizeBytes(message: ChatMessageWithCard): number {
  return utf8ByteLength(JSON.stringify(message));
}

/** What a card costs once posted without a summary — the measure to fit a card for a chat message. */
export function getCardMessageSizeBytes(card: AdaptiveCard): number {
  // A fixed 32-character id stands in for the random one: same length, so the same size.
  return getChatMessageSizeBytes(buildChatMessageWithCard(card, { attachmentId: "0".repeat(32) }));
}
