// The meeting chat's members as the minutes publisher uses them: the absentees are @mentioned by
// their Entra object id (https://learn.microsoft.com/graph/api/chat-list-members). Finding and posting
// the card itself is postCardOnce (src/meeting/api/chat-cards).
import type { GraphClient } from "@/lib/graph";
import type { ChatMemberIdentity } from "../documents";

interface GraphMember {
  userId?: string | null;
  email?: string | null;
}

export async function listChatMemberIdentities(
  client: GraphClient,
  seriesId: string,
  signal?: AbortSignal,
): Promise<ChatMemberIdentity[]> {
  const { body } = await client.get<{ value: GraphMember[] }>(`/chats/${encodeURIComponent(seriesId)}/members`, {
    operation: "listChatMembers",
    ...(signal ? { signal } : {}),
  });
  return body.value.flatMap((m) => (m.userId ? [{ userId: m.userId, email: m.email ?? "" }] : []));
}
