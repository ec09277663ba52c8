// Looks an online meeting up by one of its join links, to learn what else identifies it: its chat
// thread and its meeting ID (`GET /me/onlineMeetings?$filter=JoinWebUrl eq '…'`, the link
// URL-encoded, answering a collection of one — https://learn.microsoft.com/graph/api/onlinemeeting-get,
// OnlineMeetings.Read). Graph answers this only to the meeting's organizer: an attendee gets 403
// (https://github.com/microsoftgraph/microsoft-graph-docs-contrib/issues/436), so a refusal or an
// unknown link is "nothing learned", not a failure. So is a cloud without the look-up (Microsoft 365
// operated by 21Vianet: onlinemeeting-get lists no 21Vianet, src/lib/graph/cloud-availability.ts).
import { GraphRequestError, isUnavailableInCloud, quoteODataString } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";

export interface OnlineMeetingKeys {
  threadId?: string;
  joinMeetingId?: string;
  joinWebUrl?: string;
}

// NOTE: read by hand, not with a zod schema: this look-up can run before the series is first
// shown, and zod's shared chunk would be JavaScript the first screen waits for. Anything not text
// where text is expected counts as absent: the keys only add ways to match a meeting.
function readText(value: unknown, ...path: string[]): string | undefined {
  let at = value;
  for (const key of path) at = typeof at === "object" && at !== null ? (at as Record<string, unknown>)[key] : undefined;
  return typeof at === "string" && at !== "" ? at : undefined;
}

function readFirstMeeting(body: unknown): unknown {
  const value = typeof body === "object" && body !== null ? (body as { value?: unknown }).value : undefined;
  if (!Array.isArray(value)) throw new TypeError("The online meetings answer has no list");
  return value[0];
}

export async function findOnlineMeeting(client: GraphClient, joinUrl: string): Promise<OnlineMeetingKeys | undefined> {
  const filter = encodeURIComponent(`JoinWebUrl eq ${quoteODataString(joinUrl)}`);
  try {
    const { body } = await client.get<unknown>(`/me/onlineMeetings?$filter=${filter}`, {
      operation: "getOnlineMeeting",
    });
    const meeting = readFirstMeeting(body);
    if (meeting === undefined) return undefined;
    const threadId = readText(meeting, "chatInfo", "threadId");
    const joinMeetingId = readText(meeting, "joinMeetingIdSettings", "joinMeetingId");
    const joinWebUrl = readText(meeting, "joinWebUrl");
    return {
      ...(threadId === undefined ? {} : { threadId }),
      ...(joinMeetingId === undefined ? {} : { joinMeetingId }),
      ...(joinWebUrl === undefined ? {} : { joinWebUrl }),
    };
  } catch (error) {
    if (error instanceof GraphRequestError && [400, 403, 404].includes(error.status)) return undefined;
    if (isUnavailableInCloud(error)) return undefined;
    throw error;
  }
}
