// The meeting chat's thread a Teams meeting invitation names. Teams writes a block into the
// invitation body (the event's `body`, https://learn.microsoft.com/graph/api/resources/event) whose
// "Meeting options" link carries the thread as `threadId=19_meeting_…@thread.v2` — the chat id with
// `19:` written `19_` — and whose headline may be the long `/l/meetup-join/19%3ameeting_…%40thread.v2/0`
// link; both appear in the `joinInformation.content` example of
// https://learn.microsoft.com/graph/api/onlinemeeting-get, which is that block percent-encoded as a
// data URL. A short join link names no thread, so for an attendee (whom Graph refuses the look-up
// by link) this block is the only place that does. Anyone can write anything into a body: what this
// returns are candidates, to be confirmed against the chat itself before use.
import { readMeetingLink } from "./meeting-link";

const host = String.raw`https://(?:[a-z0-9-]+\.)*teams\.(?:microsoft\.(?:com|us)|cloud\.microsoft)`;
// A meeting chat id's base64 part: base64 of a GUID string never needs "+" or "/".
const thread = String.raw`meeting_[A-Za-z0-9=_-]+@thread\.v2(?=$|[&#"'<>\s/])`;
const optionsPattern = new RegExp(String.raw`${host}/meetingOptions/?\?(?:[^"'<>\s]*?&)?threadId=19_(${thread})`, "gi");
const meetupJoinPattern = new RegExp(String.raw`${host}/l/meetup-join/19:(${thread})`, "gi");

/** Enough candidates for a forwarded invitation quoting an earlier one; more is a body to distrust. */
const maxCandidates = 3;

function decodeEntities(html: string): string {
  return html
    .replace(/&#(\d{1,3});/g, (entity, code: string) =>
      Number(code) < 128 ? String.fromCharCode(Number(code)) : entity,
    )
    .replace(/&#x([0-9a-f]{1,2});/gi, (entity, code: string) =>
      parseInt(code, 16) < 128 ? String.fromCharCode(parseInt(code, 16)) : entity,
    )
    .replaceAll("&quot;", '"')
    .replaceAll("&amp;", "&");
}

/** Only ASCII escapes: the links are ASCII, and a partly decoded multi-byte escape is no text. */
function decodeAsciiEscapes(text: string): string {
  return text.replace(/%([0-7][0-9a-f])/gi, (_escape, code: string) => String.fromCharCode(parseInt(code, 16)));
}

/** The text as written, then decoded up to three times (the doc's example encodes the long link twice). */
function listReadings(html: string): string[] {
  const readings = [decodeEntities(html)];
  for (let i = 0; i < 3; i += 1) {
    const last = readings[readings.length - 1] ?? "";
    const next = decodeEntities(decodeAsciiEscapes(last));
    if (next === last) break;
    readings.push(next);
  }
  return readings;
}

/**
 * The `19:meeting_…@thread.v2` ids the invitation's Teams links name, as written (a chat id keeps
 * its case): the options links' first, as only Teams' own block has them, then the join links'.
 */
export function readInvitationThreadIds(html: string): string[] {
  const readings = listReadings(html);
  const found = [optionsPattern, meetupJoinPattern].flatMap((pattern) =>
    readings.flatMap((text) => [...text.matchAll(pattern)].map((match) => `19:${match[1] ?? ""}`)),
  );
  return [...new Set(found)].slice(0, maxCandidates);
}

/**
 * Whether a meeting chat read by a thread an invitation named is the meeting whose join link the
 * event has: a chat showing a short link shows this meeting's ID, one showing a long link names
 * this thread. A chat showing no link cannot contradict; its membership is the check left.
 */
export function isChatOfInvitation(threadId: string, chatJoinUrl: string | undefined, eventJoinUrl: string): boolean {
  if (chatJoinUrl === undefined) return true;
  const chat = readMeetingLink(chatJoinUrl);
  if (chat.joinMeetingId !== undefined) return chat.joinMeetingId === readMeetingLink(eventJoinUrl).joinMeetingId;
  return chat.threadId === threadId.toLowerCase();
}
