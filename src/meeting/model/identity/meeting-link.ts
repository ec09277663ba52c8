// What identifies a Teams meeting across the places that show it. The chat and the calendar event
// share no id (event ids differ per mailbox); they share the online meeting, which shows itself as
// one of two join links: the long one names the meeting chat's thread
// (`/l/meetup-join/19%3ameeting_…%40thread.v2/0?context=…`, https://learn.microsoft.com/graph/api/onlinemeeting-get),
// the short one Teams now issues names only the meeting ID and passcode
// (`https://teams.microsoft.com/meet/<meeting ID>?p=<passcode>`,
// https://github.com/microsoftgraph/microsoft-graph-comms-samples/issues/847). A link matches a
// meeting by the whole link (decoded), by its thread, or by its meeting ID.
import { decodeJoinUrl, normalizeJoinUrl } from "./join-url";

export interface MeetingLinkKeys {
  /** The link decoded and lower-cased (normalizeJoinUrl). */
  link: string;
  /** The chat thread a long link names, lower-cased: `19:meeting_…@thread.v2`. */
  threadId?: string;
  /** The meeting ID a short link names (digits). */
  joinMeetingId?: string;
}

/** Everything known to identify one meeting: its thread, its meeting ID and the links seen for it. */
export interface MeetingIdentity {
  threadIds: readonly string[];
  joinMeetingIds: readonly string[];
  links: readonly string[];
}

const threadPattern = /\/l\/meetup-join\/(19:[^/?#]+@thread\.[a-z0-9]+)/;
const threadAsWrittenPattern = /\/l\/meetup-join\/(19:[^/?#]+@thread\.[a-z0-9]+)/i;
const shortPattern = /^https:\/\/teams\.[a-z.]+\/meet\/(\d+)\/?(?:[?#]|$)/;

export function readMeetingLink(url: string): MeetingLinkKeys {
  const link = normalizeJoinUrl(url);
  const threadId = threadPattern.exec(link)?.[1];
  const joinMeetingId = shortPattern.exec(link)?.[1];
  return {
    link,
    ...(threadId === undefined ? {} : { threadId }),
    ...(joinMeetingId === undefined ? {} : { joinMeetingId }),
  };
}

/**
 * The chat thread a long link names, as written: a chat id is base64 and keeps its case
 * (`19:meeting_MGQ4MDQy…@thread.v2`, https://learn.microsoft.com/graph/api/resources/onlinemeeting),
 * so this is the id to read the chat by, where readMeetingLink's lower-cased one only compares.
 */
export function readLinkThreadId(url: string): string | undefined {
  return threadAsWrittenPattern.exec(decodeJoinUrl(url))?.[1];
}

/** A meeting chat's identity: its id is the meeting's thread, its join link whatever form Teams gave it. */
export function describeMeetingChat(chatId: string, joinUrl: string): MeetingIdentity {
  return addToIdentity({ threadIds: [chatId.toLowerCase()], joinMeetingIds: [], links: [] }, { joinUrl });
}

/** The identity with what a look-up of the online meeting added (its thread, meeting ID or another link). */
export function addToIdentity(
  identity: MeetingIdentity,
  more: { joinUrl?: string | undefined; threadId?: string | undefined; joinMeetingId?: string | undefined },
): MeetingIdentity {
  const keys = more.joinUrl === undefined ? undefined : readMeetingLink(more.joinUrl);
  const add = (list: readonly string[], ...values: (string | undefined)[]): string[] => [
    ...new Set([...list, ...values.filter((v): v is string => v !== undefined && v !== "")]),
  ];
  return {
    threadIds: add(identity.threadIds, keys?.threadId, more.threadId?.toLowerCase()),
    joinMeetingIds: add(identity.joinMeetingIds, keys?.joinMeetingId, more.joinMeetingId),
    links: add(identity.links, keys?.link),
  };
}

/** Whether a join link (an event's `onlineMeeting.joinUrl`) is one of this meeting's. */
export function isLinkOfMeeting(identity: MeetingIdentity, url: string | null | undefined): boolean {
  if (!url) return false;
  const keys = readMeetingLink(url);
  return (
    identity.links.includes(keys.link) ||
    (keys.threadId !== undefined && identity.threadIds.includes(keys.threadId)) ||
    (keys.joinMeetingId !== undefined && identity.joinMeetingIds.includes(keys.joinMeetingId))
  );
}

/** A short link names neither thread nor anything a chat knows: only a look-up can place it. */
export function isShortLink(url: string | null | undefined): boolean {
  return Boolean(url) && readMeetingLink(url ?? "").joinMeetingId !== undefined;
}
