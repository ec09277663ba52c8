// The meeting chat an invitation body names, for a short join link whose organizer-only look-up
// (find-online-meeting.ts) taught nothing: the thread ids the body's Teams block names
// (invitation-thread.ts), each confirmed by reading the chat (`GET /chats/{id}`,
// https://learn.microsoft.com/graph/api/chat-get — 403 or 404 to someone not in it): the first that
// is a meeting chat (`chatType` "meeting", with `onlineMeetingInfo`,
// https://learn.microsoft.com/graph/api/resources/chat) the user is in, and whose own join link does
// not contradict the event's, is the meeting's. A body is anyone's text: unconfirmed, it names nothing.
import { GraphRequestError } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import { isChatOfInvitation, readInvitationThreadIds } from "@/meeting/model/identity/invitation-thread";

/** The Graph `chat` fields read here, as Graph sends them. */
interface GraphMeetingChat {
  chatType?: string | null;
  onlineMeetingInfo?: { joinWebUrl?: string | null } | null;
}

async function isConfirmedThread(client: GraphClient, threadId: string, eventJoinUrl: string): Promise<boolean> {
  try {
    const { body } = await client.get<GraphMeetingChat>(
      `/chats/${encodeURIComponent(threadId)}?$select=id,chatType,onlineMeetingInfo`,
      { operation: "getChat" },
    );
    if (body.chatType !== "meeting" || !body.onlineMeetingInfo) return false;
    return isChatOfInvitation(threadId, body.onlineMeetingInfo.joinWebUrl ?? undefined, eventJoinUrl);
  } catch (error) {
    if (error instanceof GraphRequestError && [400, 403, 404].includes(error.status)) return false;
    throw error;
  }
}

export async function findInvitationThread(
  client: GraphClient,
  bodyHtml: string,
  eventJoinUrl: string,
): Promise<string | undefined> {
  // One after another: the first candidate is nearly always the one, and each costs a request.
  for (const threadId of readInvitationThreadIds(bodyHtml)) {
    if (await isConfirmedThread(client, threadId, eventJoinUrl)) return threadId;
  }
  return undefined;
}
