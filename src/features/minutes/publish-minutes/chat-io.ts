// The meeting chat as the minutes publisher uses it: who is in it (for @mentions of absentees)
// and whether this version's card is already there (so an interrupted publish is not posted twice).
import type { GraphClient } from "@/lib/graph";
import type { ChatMemberIdentity, MinutesChatMessage } from "../documents";

interface GraphMember {
  userId?: string | null;
  email?: string | null;
}

export async function listChatMemberIdentities(client: GraphClient, seriesId: string): Promise<ChatMemberIdentity[]> {
  const { body } = await client.get<{ value: GraphMember[] }>(`/chats/${encodeURIComponent(seriesId)}/members`, {
    operation: "listChatMembers",
  });
  return body.value.flatMap((m) => (m.userId && m.email ? [{ upn: m.email, userId: m.userId }] : []));
}

/** Graph lists a chat's messages newest first, at most 50 a page (https://learn.microsoft.com/graph/api/chat-list-messages). */
export async function findPostedCard(
  client: GraphClient,
  seriesId: string,
  attachmentId: string,
): Promise<string | undefined> {
  const { body } = await client.get<{ value: { id: string; attachments?: { id?: string | null }[] | null }[] }>(
    `/chats/${encodeURIComponent(seriesId)}/messages?$top=50`,
    { operation: "listChatMessages" },
  );
  return body.value.find((m) => (m.attachments ?? []).some((a) => a.id === attachmentId))?.id;
}

export async function postMinutesMessage(
  client: GraphClient,
  seriesId: string,
  message: MinutesChatMessage,
): Promise<string> {
  const { body } = await client.post<{ id: string }>(`/chats/${encodeURIComponent(seriesId)}/messages`, message, {
    operation: "postChatMessage",
  });
  return body.id;
}
