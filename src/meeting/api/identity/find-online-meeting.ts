// Looks an online meeting up by one of its join links, to learn what else identifies it: its chat
// thread and its meeting ID (`GET /me/onlineMeetings?$filter=JoinWebUrl eq '…'`, the link
// URL-encoded, answering a collection of one — https://learn.microsoft.com/graph/api/onlinemeeting-get,
// OnlineMeetings.Read). Graph answers this only to the meeting's organizer: an attendee gets 403
// (https://github.com/microsoftgraph/microsoft-graph-docs-contrib/issues/436), so a refusal or an
// unknown link is "nothing learned", not a failure.
import * as z from "zod/mini";
import { GraphRequestError, quoteODataString } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";

export interface OnlineMeetingKeys {
  threadId?: string;
  joinMeetingId?: string;
  joinWebUrl?: string;
}

const text = z.optional(z.nullable(z.string()));
const onlineMeetingsSchema = z.object({
  value: z.array(
    z.object({
      joinWebUrl: text,
      chatInfo: z.optional(z.nullable(z.object({ threadId: text }))),
      joinMeetingIdSettings: z.optional(z.nullable(z.object({ joinMeetingId: text }))),
    }),
  ),
});

export async function findOnlineMeeting(client: GraphClient, joinUrl: string): Promise<OnlineMeetingKeys | undefined> {
  const filter = encodeURIComponent(`JoinWebUrl eq ${quoteODataString(joinUrl)}`);
  try {
    const { body } = await client.get<unknown>(`/me/onlineMeetings?$filter=${filter}`, {
      operation: "getOnlineMeeting",
    });
    const meeting = onlineMeetingsSchema.parse(body).value[0];
    if (meeting === undefined) return undefined;
    return {
      ...(meeting.chatInfo?.threadId ? { threadId: meeting.chatInfo.threadId } : {}),
      ...(meeting.joinMeetingIdSettings?.joinMeetingId
        ? { joinMeetingId: meeting.joinMeetingIdSettings.joinMeetingId }
        : {}),
      ...(meeting.joinWebUrl ? { joinWebUrl: meeting.joinWebUrl } : {}),
    };
  } catch (error) {
    if (error instanceof GraphRequestError && [400, 403, 404].includes(error.status)) return undefined;
    throw error;
  }
}
