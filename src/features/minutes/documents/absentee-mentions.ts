// Who the minutes message @mentions: everyone absent or on leave (docs/domain.md §1 "After": minutes go to
// people who were not there too). A mention names a user by Entra object id, which the minutes do
// not store (they key people by UPN), so the caller passes the meeting chat's members
// (GET /chats/{id}/members gives userId and email/UPN) and gets back who could not be matched —
// someone no longer in the chat, whom a mention would not notify anyway.
import type { MinutesRecord } from "@/meeting/model/records/minutes-record";
import { listAbsentees, summarizeAttendance } from "./attendance-summary";
import type { MinutesMention } from "./minutes-message";

export interface ChatMemberIdentity {
  upn: string;
  userId: string;
}

export interface AbsenteeMentions {
  mentions: MinutesMention[];
  /** UPNs of absent people who are not members of the chat. */
  unmatched: string[];
}

export function buildAbsenteeMentions(
  minutes: Pick<MinutesRecord, "attendees" | "attendance">,
  members: readonly ChatMemberIdentity[],
  displayNames: Readonly<Record<string, string>> = {},
): AbsenteeMentions {
  const byUpn = new Map(members.map((member) => [member.upn.toLowerCase(), member.userId]));
  const result: AbsenteeMentions = { mentions: [], unmatched: [] };
  for (const person of listAbsentees(summarizeAttendance(minutes, displayNames))) {
    const userId = byUpn.get(person.upn.toLowerCase());
    if (userId === undefined) result.unmatched.push(person.upn);
    else result.mentions.push({ upn: person.upn, userId, name: person.name });
  }
  return result;
}
