// Reading the meeting chat for the cards that carry one marker (card-marker.ts). "List messages in a
// chat" (https://learn.microsoft.com/graph/api/chat-list-messages) returns at most 50 messages a page
// ($top ≤ 50), newest first, and can order by createdDateTime only descending; its $filter on
// createdDateTime takes `lt` alone, so there is no "posted after" query. We therefore order by
// createdDateTime (stable: a reaction re-sorts lastModifiedDateTime order under a reader paging through
// it) and follow @odata.nextLink until a page reaches messages created before the card could have
// been posted. A deleted message stays in the list with deletedDateTime set and no content; it is not
// a card any more.
import * as z from "zod/mini";
import type { GraphClient } from "@/lib/graph";

/** How far a client clock may be ahead of Teams' clock; `since` is moved back by this much. */
export const clockSkewMs = 24 * 60 * 60 * 1000;

export interface PostedCard {
  messageId: string;
  createdAt: string;
  /** The sender's Entra object id, when Graph names one. */
  senderId: string | undefined;
  senderName: string;
}

const messageSchema = z.object({
  id: z.string(),
  createdDateTime: z.string(),
  deletedDateTime: z.optional(z.nullable(z.string())),
  from: z.optional(
    z.nullable(
      z.object({
        user: z.optional(
          z.nullable(
            z.object({ id: z.optional(z.nullable(z.string())), displayName: z.optional(z.nullable(z.string())) }),
          ),
        ),
      }),
    ),
  ),
  attachments: z.optional(z.nullable(z.array(z.object({ id: z.optional(z.nullable(z.string())) })))),
});

const pageSchema = z.object({ value: z.array(messageSchema), "@odata.nextLink": z.optional(z.string()) });

export type ChatMessageView = z.infer<typeof messageSchema>;

export function toPostedCard(message: ChatMessageView): PostedCard {
  return {
    messageId: message.id,
    createdAt: message.createdDateTime,
    senderId: message.from?.user?.id ?? undefined,
    senderName: message.from?.user?.displayName ?? "",
  };
}

export function readChatMessage(raw: unknown): ChatMessageView {
  return messageSchema.parse(raw);
}

/** Oldest first; the same order for everyone, so every reader keeps the same copy. */
export function compareCards(a: PostedCard, b: PostedCard): number {
  return Date.parse(a.createdAt) - Date.parse(b.createdAt) || Number(a.messageId) - Number(b.messageId);
}

/** The chat's undeleted messages carrying `marker`, created at or after `since` less the clock skew, oldest first. */
export async function listPostedCards(
  client: GraphClient,
  seriesId: string,
  marker: string,
  options: { since: Date; signal?: AbortSignal },
): Promise<PostedCard[]> {
  const cutoff = options.since.getTime() - clockSkewMs;
  const cards: PostedCard[] = [];
  let next: string | undefined =
    `/chats/${encodeURIComponent(seriesId)}/messages?$top=50&$orderby=${encodeURIComponent("createdDateTime desc")}`;
  while (next !== undefined) {
    const result = await client.get<unknown>(next, {
      operation: "listChatMessages",
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const page = pageSchema.parse(result.body);
    for (const message of page.value) {
      const isCard = (message.attachments ?? []).some((a) => a.id === marker);
      if (isCard && !message.deletedDateTime) cards.push(toPostedCard(message));
    }
    const oldest = page.value.at(-1);
    const reachedCutoff = oldest === undefined || Date.parse(oldest.createdDateTime) < cutoff;
    next = reachedCutoff ? undefined : page["@odata.nextLink"];
  }
  return cards.sort(compareCards);
}
