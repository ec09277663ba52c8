export * from "./types";
export * from "./plain-text";
export * from "./card-size";
export {
  ADAPTIVE_CARD_CONTENT_TYPE,
  SUMMARY_MAX_BYTES,
  SUMMARY_MAX_LENGTH,
  buildChatMessageWithCard,
  escapeHtml,
  getCardMessageSizeBytes,
  getChatMessageSizeBytes,
} from "./chat-message";
export type { CardAttachment, ChatMessageOptions, ChatMessageWithCard } from "./chat-message";
export * from "./deep-link";
