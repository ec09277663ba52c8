// The join links of a Teams meeting as each place shows them. Teams has two forms: the long link
// naming the meeting's chat thread (`https://teams.microsoft.com/l/meetup-join/19%3ameeting_…%40thread.v2/0?context=…`,
// the onlineMeeting's joinWebUrl in https://learn.microsoft.com/graph/api/onlinemeeting-get) and the
// short link Teams now issues for scheduled meetings (`https://teams.microsoft.com/meet/<meeting ID>?p=<passcode>`),
// which names no thread; Graph resolves a short link to the meeting with its long joinWebUrl
// (https://github.com/microsoftgraph/microsoft-graph-comms-samples/issues/847). A scenario meeting
// picks which form its chat and its Outlook events carry (`joinLink`).
import { createShortJoinUrl } from "./ids.ts";
import type { MeetingState } from "./tenant-state.ts";

export function getShortJoinUrl(meeting: MeetingState): string {
  return createShortJoinUrl(meeting.joinMeetingId, meeting.passcode);
}

/** The chat's `onlineMeetingInfo.joinWebUrl`. */
export function getChatJoinUrl(meeting: MeetingState): string {
  return meeting.joinLink === "short" ? getShortJoinUrl(meeting) : meeting.joinWebUrl;
}

/** An Outlook event's `onlineMeeting.joinUrl` and the link in its body. */
export function getCalendarJoinUrl(meeting: MeetingState): string {
  return meeting.joinLink === "thread" ? meeting.joinWebUrl : getShortJoinUrl(meeting);
}

/**
 * Whether `$filter=JoinWebUrl eq '<url>'` names this meeting: its long link or its short one,
 * compared decoded (the documented request sends the link URL-encoded once more).
 */
export function isJoinUrlOf(meeting: MeetingState, url: string): boolean {
  const wanted = decodeFully(url);
  return [meeting.joinWebUrl, getShortJoinUrl(meeting)].some((candidate) => decodeFully(candidate) === wanted);
}

function decodeFully(url: string): string {
  let text = url.trim();
  for (let i = 0; i < 3 && text.includes("%"); i++) {
    try {
      const next = decodeURIComponent(text);
      if (next === text) break;
      text = next;
    } catch (error) {
      if (error instanceof URIError) break;
      throw error;
    }
  }
  return text.toLowerCase();
}
