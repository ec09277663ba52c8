import { describe, expect, it } from "vitest";
import {
  addToIdentity,
  describeMeetingChat,
  isLinkOfMeeting,
  isShortLink,
  readLinkThreadId,
  readMeetingLink,
} from "./meeting-link";

const chatId = "19:meeting_NDRiZjRiMmUtODI5OC00MzRl@thread.v2";
const longLink =
  "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NDRiZjRiMmUtODI5OC00MzRl%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d";
const shortLink = "https://teams.microsoft.com/meet/212345678901234?p=Ab3cD4eF";

describe("readMeetingLink", () => {
  it("reads the thread a long link names, however often it was encoded", () => {
    expect(readMeetingLink(longLink).threadId).toBe(chatId.toLowerCase());
    expect(readMeetingLink(longLink.replaceAll("%", "%25")).threadId).toBe(chatId.toLowerCase());
    expect(readMeetingLink(longLink).joinMeetingId).toBeUndefined();
  });

  it("reads the meeting ID a short link names", () => {
    expect(readMeetingLink(shortLink)).toEqual({ link: shortLink.toLowerCase(), joinMeetingId: "212345678901234" });
    expect(readMeetingLink("https://teams.microsoft.com/meet/212345678901234/?p=x&anon=true").joinMeetingId).toBe(
      "212345678901234",
    );
    expect(isShortLink(shortLink)).toBe(true);
    expect(isShortLink(longLink)).toBe(false);
  });

  it("reads the thread as written, its case kept, to read the chat by", () => {
    expect(readLinkThreadId(longLink)).toBe(chatId);
    expect(readLinkThreadId(longLink.replaceAll("%", "%25"))).toBe(chatId);
    expect(readLinkThreadId(shortLink)).toBeUndefined();
  });

  it("reads both kinds of link from Teams operated by 21Vianet (teams.microsoftonline.cn)", () => {
    expect(readMeetingLink("https://teams.microsoftonline.cn/meet/4021887396?p=Xq7kP2").joinMeetingId).toBe(
      "4021887396",
    );
    expect(
      readMeetingLink("https://teams.microsoftonline.cn/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d")
        .threadId,
    ).toBe("19:meeting_abc@thread.v2");
  });

  it("finds nothing in a link that is neither", () => {
    expect(readMeetingLink("https://example.com/meet/123")).toEqual({ link: "https://example.com/meet/123" });
  });
});

describe("isLinkOfMeeting", () => {
  it("matches the chat's own link, and a long link to the chat's thread whatever its context", () => {
    const chat = describeMeetingChat(chatId, longLink);
    expect(isLinkOfMeeting(chat, decodeURIComponent(longLink))).toBe(true);
    expect(isLinkOfMeeting(chat, longLink.replace("%22t%22", "%22other%22"))).toBe(true);
    expect(isLinkOfMeeting(chat, longLink.replace("NDRi", "XXXX"))).toBe(false);
    expect(isLinkOfMeeting(chat, undefined)).toBe(false);
  });

  it("matches a long link in the calendar when the chat shows the short one", () => {
    expect(isLinkOfMeeting(describeMeetingChat(chatId, shortLink), longLink)).toBe(true);
  });

  it("matches short links by meeting ID, whatever the passcode parameter says", () => {
    const chat = describeMeetingChat(chatId, shortLink);
    expect(isLinkOfMeeting(chat, shortLink.replace("Ab3cD4eF", "ab3cd4ef"))).toBe(true);
    expect(isLinkOfMeeting(chat, "https://teams.microsoft.com/meet/999999999999999?p=Ab3cD4eF")).toBe(false);
  });

  it("places a short calendar link only once a look-up gave the chat's meeting ID", () => {
    const chat = describeMeetingChat(chatId, longLink);
    expect(isLinkOfMeeting(chat, shortLink)).toBe(false);
    const known = addToIdentity(chat, { threadId: chatId, joinMeetingId: "212345678901234", joinUrl: longLink });
    expect(isLinkOfMeeting(known, shortLink)).toBe(true);
    expect(known.threadIds).toEqual([chatId.toLowerCase()]);
  });
});
