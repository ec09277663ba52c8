// Who the minutes message @mentions: everyone absent or on leave (docs/domain.md §1 "After": minutes go to
// people who were not there too). A mention names a user by Entra object id: the minutes keep each
// attendee's id (resolved from the calendar address, docs/architecture.md §4), and the caller passes
// the meeting chat's members (GET /chats/{id}/members gives userId and email, the primary SMTP
// address — not the UPN, https://learn.microsoft.com/graph/api/resources/aaduserconversationmember).
// Minutes written before ids were kept match by that address. Who could not be matched is returned —
// someone no longer in the chat, whom a mention would not notify anyway.
import type { MinutesRecord } from "@/meeting/model/records/minutes-record";
import { listAbsentees, summarizeAttendance } from "./attendance-summary";
import type { MinutesMention } from "./minutes-message";

export interface ChatMemberIdentity {
  userId: string;
  email: string;
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
  const byEmail = new Map(members.map((member) => [member.email.toLowerCase(), member.userId]));
  const memberIds = new Set(members.map((member) => member.userId.toLowerCase()));
  const ids = new Map(minutes.attendees.flatMap((a) => (a.id === undefined ? [] : [[a.upn.toLowerCase(), a.id]])));
  const result: AbsenteeMentions = { mentions: [], unmatched: [] };
  for (const person of listAbsentees(summarizeAttendance(minutes, displayNames))) {
    const id = ids.get(person.upn.toLowerCase());
    const userId =
      id === undefined ? byEmail.get(person.upn.toLowerCase()) : memberIds.has(id.toLowerCase()) ? id : undefined;
    if (userId === undefined) result.unmatched.push(person.upn);
    else result.mentions.push({ upn: person.upn, userId, name: person.name });
  }
  return result;
}
