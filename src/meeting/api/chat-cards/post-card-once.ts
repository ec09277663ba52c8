// Posting a card to the meeting chat exactly once. "Send message in a chat"
// (https://learn.microsoft.com/graph/api/chat-post-messages) has no idempotency key or conditional
// create, so the card carries a marker (its attachment id, card-marker.ts) and every attempt first
// reads the chat for it (posted-cards.ts): a card an interrupted attempt posted — its answer lost, or
// the record of it never saved — is found and kept, not posted again.
//
// A POST can still land twice without the app knowing: a browser resends a request whose kept-alive
// connection closed before the answer, POSTs included, and answers only the second. So after posting
// we read again. When several copies exist, everyone keeps the oldest (the same one, whoever looks) and
// removes the later copies they sent themselves with chatMessage: softDelete
// (https://learn.microsoft.com/graph/api/chatmessage-softdelete, delegated Chat.ReadWrite, which a user
// may consent to — no admin consent). Teams lets people delete only the messages they sent
// (https://learn.microsoft.com/microsoftteams/messaging-policies-in-teams, "Delete sent messages"), so a
// later copy someone else sent, or one a policy forbids deleting, is reported to the caller instead.
import { GraphRequestError } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import type { ChatMessageWithCard } from "@/lib/cards";
import { compareCards, listPostedCards, readChatMessage, toPostedCard } from "./posted-cards";
import type { PostedCard } from "./posted-cards";

export interface PostCardOnceInput<M extends ChatMessageWithCard> {
  seriesId: string;
  /** The card's attachment id: the same for every attempt at posting the same thing. */
  marker: string;
  /** No attempt can have posted the card before this instant (it is moved back by the clock skew). */
  since: Date;
  /** Built only when the card has to be posted; its attachment id must be `marker`. */
  buildMessage: () => M | Promise<M>;
  signal?: AbortSignal;
}

export interface CardCopy {
  messageId: string;
  senderName: string;
}

export interface CardPostOutcome {
  /** The card that stays: the oldest copy. */
  messageId: string;
  /** This call posted a card (it may still be a later copy that was then removed). */
  posted: boolean;
  /** Later copies this call removed (sent by the signed-in user). */
  removedCopies: number;
  /** Later copies only their sender can remove. */
  leftCopies: CardCopy[];
}

export async function postCardOnce<M extends ChatMessageWithCard>(
  client: GraphClient,
  input: PostCardOnceInput<M>,
): Promise<CardPostOutcome> {
  const read = () =>
    listPostedCards(client, input.seriesId, input.marker, {
      since: input.since,
      ...(input.signal ? { signal: input.signal } : {}),
    });
  let cards = await read();
  let mine: PostedCard | undefined;
  if (cards.length === 0) {
    mine = await postMessage(client, input);
    const found = await read();
    // A list may lag behind the post it follows; the answer is proof enough of our own copy.
    cards = found.some((c) => c.messageId === mine?.messageId) ? found : [...found, mine].sort(compareCards);
  }
  const [kept, ...extras] = cards;
  if (kept === undefined) throw new Error(`The card ${input.marker} was posted but is not in the chat`);
  const outcome: CardPostOutcome = {
    messageId: kept.messageId,
    posted: mine !== undefined,
    removedCopies: 0,
    leftCopies: [],
  };
  if (extras.length === 0) return outcome;
  const myId = mine?.senderId ?? (await getMyId(client, input.signal));
  for (const extra of extras) {
    if (extra.senderId !== undefined && extra.senderId === myId && (await softDelete(client, myId, input, extra)))
      outcome.removedCopies += 1;
    else outcome.leftCopies.push({ messageId: extra.messageId, senderName: extra.senderName });
  }
  return outcome;
}

async function postMessage(client: GraphClient, input: PostCardOnceInput<ChatMessageWithCard>): Promise<PostedCard> {
  const message = await input.buildMessage();
  if (!message.attachments.some((a) => a.id === input.marker))
    throw new TypeError(`The card message must carry the attachment id ${input.marker}`);
  const { body } = await client.post<unknown>(`/chats/${encodeURIComponent(input.seriesId)}/messages`, message, {
    operation: "postChatMessage",
    ...(input.signal ? { signal: input.signal } : {}),
  });
  return toPostedCard(readChatMessage(body));
}

async function getMyId(client: GraphClient, signal: AbortSignal | undefined): Promise<string> {
  const { body } = await client.get<{ id: string }>("/me?$select=id", {
    operation: "getMe",
    ...(signal ? { signal } : {}),
  });
  return body.id;
}

/** True when the copy is gone; false when Teams refuses (a messaging policy that forbids deleting). */
async function softDelete(
  client: GraphClient,
  myId: string,
  input: PostCardOnceInput<ChatMessageWithCard>,
  copy: PostedCard,
): Promise<boolean> {
  const path = `/users/${encodeURIComponent(myId)}/chats/${encodeURIComponent(input.seriesId)}/messages/${encodeURIComponent(copy.messageId)}/softDelete`;
  try {
    await client.post<unknown>(path, undefined, {
      operation: "softDeleteChatMessage",
      ...(input.signal ? { signal: input.signal } : {}),
    });
    return true;
  } catch (error) {
    if (error instanceof GraphRequestError && error.status === 404) return true;
    if (error instanceof GraphRequestError && error.status === 403) return false;
    throw error;
  }
}
