// The chat message that publishes the minutes: the minutes card plus an @mention of everyone who
// was absent or on leave, so the minutes reach them too (docs/domain.md §1 "After": 发放会议记录…根据需要
// 发放给与会人员及未与会人员).
//
// Why a mention and not an e-mail: the absent people are still members of the meeting chat (the
// chat's members are the meeting's invitees, docs/architecture.md §2), and Teams notifies a member who is
// @mentioned in a chat (activity feed, banner, and the missed-activity e-mail when they are away).
// The mention rides on the message we post anyway with ChatMessage.Send, so no new permission —
// Mail.Send would be a second consent line for the same result — and the minutes stay in one place.
//
// Shape, from "Example 2: @mentions a user" in https://learn.microsoft.com/graph/api/chatmessage-post
// and https://learn.microsoft.com/graph/api/resources/chatmessagemention: each mention has an Int32
// `id` that "matches the {index} value in the corresponding <at id="{index}"> tag in the message
// body", `mentionText`, and `mentioned.user` { id (Entra object id), displayName,
// userIdentityType: "aadUser" } (chatMessageMentionedIdentitySet; checked against the v1.0 CSDL).
import { buildChatMessageWithCard, createCard, escapeHtml, toCardText, utf8ByteLength } from "@/lib/cards";
import type { AdaptiveCard, ChatMessageWithCard } from "@/lib/cards";
import { sharedLabels } from "./labels";
import type { MinutesLanguage } from "./labels";

export interface MinutesMention {
  /** For the caller's bookkeeping (who was reached); not sent. */
  upn: string;
  /** The Entra object id: a mention names the user by id, not by UPN. */
  userId: string;
  name: string;
}

export interface ChatMessageMention {
  id: number;
  mentionText: string;
  mentioned: { user: { id: string; displayName: string; userIdentityType: "aadUser" } };
}

export interface MinutesChatMessage extends ChatMessageWithCard {
  mentions: ChatMessageMention[];
}

export interface MinutesMessageOptions {
  /** The line above the card (escaped and shortened by buildChatMessageWithCard). */
  summary?: string;
  mentions: readonly MinutesMention[];
  /** Language of the line that introduces the mentions; defaults to the card's `lang`. */
  language?: MinutesLanguage;
  /** Fixed in tests; random otherwise. */
  attachmentId?: string;
}

/** A mention shows a name, not a paragraph: long names are cut so many absentees still fit. */
export const MENTION_NAME_MAX_LENGTH = 64;

const mentionLead: Record<MinutesLanguage, string> = {
  "zh-CN": "未出席的同事请查阅会议纪要：",
  "en-US": "For those absent or on leave: ",
};

const ENTRA_OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function buildMinutesMessage(card: AdaptiveCard, options: MinutesMessageOptions): MinutesChatMessage {
  const base = buildChatMessageWithCard(card, {
    ...(options.summary === undefined ? {} : { summary: options.summary }),
    ...(options.attachmentId === undefined ? {} : { attachmentId: options.attachmentId }),
  });
  const mentions = toChatMessageMentions(options.mentions);
  if (mentions.length === 0) return { ...base, mentions };
  const [attachment] = base.attachments;
  // buildChatMessageWithCard ends the body with the attachment tag; the mentions go just before
  // it, after the summary, so the preview still starts with the summary.
  const tag = `<attachment id="${attachment.id}"></attachment>`;
  if (!base.body.content.endsWith(tag))
    throw new Error("Unexpected chat message body: the card attachment tag is not last");
  const language = options.language ?? (card.lang === "en-US" ? "en-US" : "zh-CN");
  const content = `${base.body.content.slice(0, -tag.length)}${buildMentionParagraph(mentions, language)}${tag}`;
  return { body: { contentType: "html", content }, attachments: base.attachments, mentions };
}

/** One mention per person, numbered from 0 in order; the name is cleaned the way card text is. */
export function toChatMessageMentions(people: readonly MinutesMention[]): ChatMessageMention[] {
  const seen = new Set<string>();
  const mentions: ChatMessageMention[] = [];
  for (const person of people) {
    if (!ENTRA_OBJECT_ID.test(person.userId))
      throw new TypeError(
        `A mention needs the user's Entra object id, got ${JSON.stringify(person.userId)} for ${person.upn}`,
      );
    const key = person.userId.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const name = toCardText(person.name, { maxLength: MENTION_NAME_MAX_LENGTH }) || person.upn;
    mentions.push({
      id: mentions.length,
      mentionText: name,
      mentioned: { user: { id: person.userId, displayName: name, userIdentityType: "aadUser" } },
    });
  }
  return mentions;
}

function buildMentionParagraph(mentions: readonly ChatMessageMention[], language: MinutesLanguage): string {
  const tags = mentions.map((mention) => `<at id="${mention.id}">${escapeHtml(mention.mentionText)}</at>`);
  return `<p>${escapeHtml(mentionLead[language])}${tags.join(sharedLabels[language].listSeparator)}</p>`;
}

/** UTF-8 bytes of the request body, measured as Graph and the emulator measure it. */
export function getMinutesMessageSizeBytes(message: MinutesChatMessage): number {
  return utf8ByteLength(JSON.stringify(message));
}

/**
 * What the mentions add to a message: Teams counts @-mentions in its ~28 KB message limit
 * (https://learn.microsoft.com/microsoftteams/limits-specifications-teams, note on post size), so
 * the card is fitted to what is left.
 */
export function getMentionsSizeBytes(people: readonly MinutesMention[], language: MinutesLanguage): number {
  const card = createCard([]);
  const attachmentId = "0".repeat(32);
  const without = buildMinutesMessage(card, { mentions: [], attachmentId, language });
  const withMentions = buildMinutesMessage(card, { mentions: people, attachmentId, language });
  return getMinutesMessageSizeBytes(withMentions) - getMinutesMessageSizeBytes(without);
}
