// The Teams block an online meeting's Outlook invitation carries, as Teams writes it into the
// event's `body` (contentType html, https://learn.microsoft.com/graph/api/resources/event): the join
// link, the meeting ID and passcode, and the "Meeting options" link, which names the meeting chat's
// thread as `threadId=19_meeting_…@thread.v2` (the chat id with `19:` written `19_`). Shape, classes
// and link formats follow the `joinInformation.content` example of
// https://learn.microsoft.com/graph/api/onlinemeeting-get, where the headline is the long
// `/l/meetup-join/19%3ameeting_…%40thread.v2/0` link and the options link carries the same thread;
// a short-link meeting's headline is its short link, so only the options link names its thread.
import { getCalendarJoinUrl } from "./join-links.ts";
import type { MeetingState } from "./tenant-state.ts";

const linkStyle = "font-size:14px;text-decoration:underline;color:#6264a7;";

function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** `123456789012345` → `123 456 789 012 345`, as the invitation prints it. */
function groupDigits(meetingId: string): string {
  return meetingId.replace(/(\d{3})(?=\d)/g, "$1 ");
}

export function getMeetingOptionsUrl(meeting: MeetingState, tenantId: string): string {
  const threadId = meeting.chatId.replace(/^19:/, "19_");
  return `https://teams.microsoft.com/meetingOptions/?organizerId=${meeting.organizerId}&tenantId=${tenantId}&threadId=${threadId}&messageId=0&language=zh-CN`;
}

export function renderInvitationBlock(meeting: MeetingState, tenantId: string): string {
  const rule = `<div style="width:100%;height:20px;"><span style="white-space:nowrap;color:gray;opacity:.36;">${"_".repeat(80)}</span></div>`;
  return [
    rule,
    `<div class="me-email-text" lang="zh-CN" style="color:#252424;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif;">`,
    `<div style="margin-top:24px;margin-bottom:20px;"><span style="font-size:24px;color:#252424;">Microsoft Teams 会议</span></div>`,
    `<div style="margin-bottom:20px;"><a class="me-email-headline" style="${linkStyle}" href="${escapeHtml(getCalendarJoinUrl(meeting))}" target="_blank" rel="noreferrer noopener">立即加入会议</a></div>`,
    `<div style="margin-bottom:20px;"><span style="font-size:14px;">会议 ID: </span><span style="font-size:16px;">${groupDigits(meeting.joinMeetingId)}</span><br>`,
    `<span style="font-size:14px;">密码: </span><span style="font-size:16px;">${escapeHtml(meeting.passcode)}</span></div>`,
    `<div style="margin-bottom:24px;"><a class="me-email-link" style="${linkStyle}" target="_blank" href="https://aka.ms/JoinTeamsMeeting?omkt=zh-CN" rel="noreferrer noopener">需要帮助?</a>`,
    ` | <a class="me-email-link" style="${linkStyle}" target="_blank" href="${escapeHtml(getMeetingOptionsUrl(meeting, tenantId))}" rel="noreferrer noopener">会议选项</a></div>`,
    `</div>`,
    rule,
  ].join("");
}
