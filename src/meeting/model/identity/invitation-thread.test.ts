import { describe, expect, it } from "vitest";
import { isChatOfInvitation, readInvitationThreadIds } from "./invitation-thread";

// Excerpts of the `joinInformation.content` example in
// https://learn.microsoft.com/graph/api/onlinemeeting-get (the block as a percent-encoded data URL),
// verbatim: its headline join link and its "Meeting options" link.
const docHeadline =
  "%3Ca+class%3D%22me-email-headline%22%0A++++++++++++++href%3D%22https%3A%2F%2Fteams.microsoft.com%2Fl%2Fmeetup-join%2F19%253ameeting_NDRiZjRiMmUtODI5OC00MzRlLTk1ZWEtMGY1000000000000%2540thread.v2%2F0%3Fcontext%3D%257b%2522Tid%2522%253a%252279a788bf-86f1-41af-91ab-000000000000%2522%252c%2522Oid%2522%253a%2522d4a060b5-a8fc-450c-837b-000000000000%2522%257d%22%0A++++++++++++++target%3D%22_blank%22+rel%3D%22noreferrer+noopener%22%3EMicrosoft+Teams+%E4%BC%9A%E8%AD%B0%E3%81%AB%E5%8F%82%E5%8A%A0%3C%2Fa%3E";
const docOptions =
  "%3Ca+class%3D%22me-email-link%22+style%3D%22font-size%3A+12px%3Btext-decoration%3A+none%3Bcolor%3A+%236264a7%3B%22+target%3D%22_blank%22+href%3D%22https%3A%2F%2Fteams.microsoft.com%2FmeetingOptions%2F%3ForganizerId%3Dd4a060b5-a8fc-450c-837b-000000000000%26tenantId%3D79a788bf-86f1-41af-91ab-000000000000%26threadId%3D19_meeting_NDRiZjRiMmUtODI5OC00MzRlLTk1ZWEtMGY1000000000000%40thread.v2%26messageId%3D0%26language%3Dja%22+rel%3D%22noreferrer+noopener%22%3E%E4%BC%9A%E8%AD%B0%E3%81%AE%E3%82%AA%E3%83%97%E3%82%B7%E3%83%A7%E3%83%B3%3C%2Fa%3E";
const docThread = "19:meeting_NDRiZjRiMmUtODI5OC00MzRlLTk1ZWEtMGY1000000000000@thread.v2";

function decodeDataUrl(content: string): string {
  return decodeURIComponent(content.replaceAll("+", " "));
}

// An Outlook body as Teams writes it for a short-link meeting: `&` escaped in the attribute.
const outlookBody =
  '<html><body><div>请准时参加。</div><div class="me-email-text"><a class="me-email-headline" href="https://teams.microsoft.com/meet/212345678901234?p=Ab3cD4eF">立即加入会议</a>' +
  "<span>会议 ID: 212 345 678 901 234</span><span>密码: Ab3cD4eF</span>" +
  '<a class="me-email-link" href="https://teams.microsoft.com/meetingOptions/?organizerId=d4a060b5&amp;tenantId=79a788bf&amp;threadId=19_meeting_M2YxYzJhOWUtN2I0ZC00ZThh@thread.v2&amp;messageId=0&amp;language=zh-CN">会议选项</a></div></body></html>';

describe("readInvitationThreadIds", () => {
  it("reads the thread from the doc's block, percent-encoded as Graph sends it", () => {
    const content = `data%3Atext%2Fhtml%2C%0A${docHeadline}%0A${docOptions}`;
    expect(readInvitationThreadIds(content)).toEqual([docThread]);
    expect(readInvitationThreadIds(`data%3Atext%2Fhtml%2C%0A${docOptions}`)).toEqual([docThread]);
  });

  it("reads the thread from the doc's block decoded, from either link alone", () => {
    expect(readInvitationThreadIds(decodeDataUrl(`${docHeadline}${docOptions}`))).toEqual([docThread]);
    expect(readInvitationThreadIds(decodeDataUrl(docOptions))).toEqual([docThread]);
    expect(readInvitationThreadIds(decodeDataUrl(docHeadline))).toEqual([docThread]);
  });

  it("reads the options link of an Outlook body whose join link is short, keeping the id's case", () => {
    expect(readInvitationThreadIds(outlookBody)).toEqual(["19:meeting_M2YxYzJhOWUtN2I0ZC00ZThh@thread.v2"]);
  });

  it("puts the options link's thread first and stops at three", () => {
    const join = (id: string) =>
      `<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_${id}%40thread.v2/0">x</a>`;
    const html = `${join("AAA")}${join("BBB")}${join("CCC")}${outlookBody}`;
    expect(readInvitationThreadIds(html)).toEqual([
      "19:meeting_M2YxYzJhOWUtN2I0ZC00ZThh@thread.v2",
      "19:meeting_AAA@thread.v2",
      "19:meeting_BBB@thread.v2",
    ]);
  });

  it("finds nothing in a body with no Teams block", () => {
    expect(readInvitationThreadIds("")).toEqual([]);
    expect(readInvitationThreadIds("<p>请准时参加 https://teams.microsoft.com/meet/212345678901234?p=x</p>")).toEqual(
      [],
    );
    expect(readInvitationThreadIds("<p>100% 到场 %E4%BC%9A %ZZ</p>")).toEqual([]);
  });

  it("ignores links on other hosts and ids that are not meeting chats or run on", () => {
    const cases = [
      '<a href="https://teams.evil.example/meetingOptions/?threadId=19_meeting_AAA@thread.v2">x</a>',
      '<a href="https://evil.example/?u=https://teams.microsoft.com.evil.example/l/meetup-join/19:meeting_AAA@thread.v2/0">x</a>',
      '<a href="https://teams.microsoft.com/meetingOptions/?threadId=19_AAA@thread.v2">x</a>',
      '<a href="https://teams.microsoft.com/meetingOptions/?threadId=19_meeting_AAA@thread.v2.evil.example">x</a>',
      '<a href="https://teams.microsoft.com/meetingOptions/?threadId=19_meeting_A/../B@thread.v2">x</a>',
      '<a href="https://teams.microsoft.com/meetingOptions/?xthreadId=19_meeting_AAA@thread.v2">x</a>',
      '<a href="https://teams.microsoft.com/l/meetup-join/19%3a19%3achannel_AAA%40thread.tacv2/0">x</a>',
    ];
    for (const html of cases) expect(readInvitationThreadIds(html), html).toEqual([]);
  });

  it("reads a Teams link on the newer host", () => {
    expect(
      readInvitationThreadIds(
        '<a href="https://teams.cloud.microsoft/meetingOptions/?threadId=19_meeting_AAA@thread.v2">x</a>',
      ),
    ).toEqual(["19:meeting_AAA@thread.v2"]);
  });
});

describe("isChatOfInvitation", () => {
  const thread = "19:meeting_M2YxYzJhOWUtN2I0ZC00ZThh@thread.v2";
  const shortLink = "https://teams.microsoft.com/meet/212345678901234?p=Ab3cD4eF";

  it("holds when the chat shows the event's short link, or its meeting ID with another passcode", () => {
    expect(isChatOfInvitation(thread, shortLink, shortLink)).toBe(true);
    expect(isChatOfInvitation(thread, "https://teams.microsoft.com/meet/212345678901234?p=zz", shortLink)).toBe(true);
  });

  it("fails when the chat shows another meeting's short link", () => {
    expect(isChatOfInvitation(thread, "https://teams.microsoft.com/meet/999999999999999?p=Ab3cD4eF", shortLink)).toBe(
      false,
    );
  });

  it("holds when the chat's long link names the thread, and fails when it names another", () => {
    const long = (id: string) =>
      `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${id}%40thread.v2/0?context=%7b%7d`;
    expect(isChatOfInvitation(thread, long("M2YxYzJhOWUtN2I0ZC00ZThh"), shortLink)).toBe(true);
    expect(isChatOfInvitation(thread, long("OTHER"), shortLink)).toBe(false);
  });

  it("holds when the chat shows no link", () => {
    expect(isChatOfInvitation(thread, undefined, shortLink)).toBe(true);
  });
});
