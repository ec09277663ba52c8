import { describe, expect, it } from "vitest";
import { createCard, plainText } from "@/lib/cards";
import {
  buildMinutesMessage,
  getMentionsSizeBytes,
  getMinutesMessageSizeBytes,
  toChatMessageMentions,
} from "./minutes-message";
import { fixtureUsers } from "./testing/minutes-fixture";

const card = createCard([plainText("周例会")], { lang: "zh-CN" });
const { after, design } = fixtureUsers;
const liuYang = { upn: after.upn, userId: after.id, name: after.name };
const people = [liuYang, { upn: "x@y.example", userId: design.id, name: `<b>Tom & "Jerry"</b>` }];

/** The id of every <at id="…">text</at> tag in order, with its text. */
function atTags(html: string): { id: number; text: string }[] {
  return [...html.matchAll(/<at id="(\d+)">([^<]*)<\/at>/g)].map((m) => ({ id: Number(m[1]), text: m[2] ?? "" }));
}

describe("buildMinutesMessage", () => {
  it("adds one Graph mention per person, whose ids match the <at> tags in the body", () => {
    const message = buildMinutesMessage(card, { summary: "周例会 会议纪要", mentions: people, attachmentId: "abc123" });
    expect(message.mentions).toEqual([
      {
        id: 0,
        mentionText: "刘洋",
        mentioned: { user: { id: after.id, displayName: "刘洋", userIdentityType: "aadUser" } },
      },
      {
        id: 1,
        mentionText: `<b>Tom & "Jerry"</b>`,
        mentioned: { user: { id: design.id, displayName: `<b>Tom & "Jerry"</b>`, userIdentityType: "aadUser" } },
      },
    ]);
    expect(message.body).toEqual({
      contentType: "html",
      content:
        `<p>周例会 会议纪要</p><p>未出席的同事请查阅会议纪要：<at id="0">刘洋</at>、<at id="1">&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;</at></p>` +
        `<attachment id="abc123"></attachment>`,
    });
    expect(atTags(message.body.content).map((tag) => tag.id)).toEqual(message.mentions.map((m) => m.id));
    expect(message.attachments).toEqual([
      { id: "abc123", contentType: "application/vnd.microsoft.card.adaptive", content: JSON.stringify(card) },
    ]);
  });

  it("uses the card's language for the line before the mentions, unless told otherwise", () => {
    const english = createCard([], { lang: "en-US" });
    expect(buildMinutesMessage(english, { mentions: [liuYang] }).body.content).toMatch(
      /^<p>For those absent or on leave: <at id="0">刘洋<\/at><\/p><attachment id="[0-9a-f]{32}"><\/attachment>$/,
    );
    expect(buildMinutesMessage(english, { mentions: people, language: "zh-CN" }).body.content).toContain(
      "未出席的同事请查阅会议纪要：",
    );
  });

  it("is the plain card message when nobody is to be mentioned", () => {
    const message = buildMinutesMessage(card, { mentions: [], attachmentId: "abc123" });
    expect(message).toEqual({
      body: { contentType: "html", content: `<attachment id="abc123"></attachment>` },
      attachments: message.attachments,
      mentions: [],
    });
  });

  it("mentions a person once, and shows an unnamed person by UPN", () => {
    const mentions = toChatMessageMentions([
      liuYang,
      { ...liuYang, upn: "other", name: "dupe" },
      { upn: "nobody@y.example", userId: fixtureUsers.wh.id, name: "\u0000 " },
    ]);
    expect(mentions.map((m) => [m.id, m.mentionText])).toEqual([
      [0, "刘洋"],
      [1, "nobody@y.example"],
    ]);
  });

  it("refuses a mention without an Entra object id (a UPN is not enough)", () => {
    expect(() => toChatMessageMentions([{ upn: after.upn, userId: after.upn, name: after.name }])).toThrow(TypeError);
  });

  it("measures what the mentions add to the message", () => {
    const without = buildMinutesMessage(card, { mentions: [], attachmentId: "a".repeat(32) });
    const withMentions = buildMinutesMessage(card, { mentions: people, attachmentId: "a".repeat(32) });
    expect(getMentionsSizeBytes(people, "zh-CN")).toBe(
      getMinutesMessageSizeBytes(withMentions) - getMinutesMessageSizeBytes(without),
    );
    expect(getMentionsSizeBytes([], "zh-CN")).toBe(0);
  });
});
