import { describe, expect, it } from "vitest";
import { getCardSizeBytes } from "./card-size";
import {
  ADAPTIVE_CARD_CONTENT_TYPE,
  buildChatMessageWithCard,
  escapeHtml,
  getCardMessageSizeBytes,
  getChatMessageSizeBytes,
  SUMMARY_MAX_BYTES,
} from "./chat-message";
import { plainText } from "./plain-text";
import { createCard } from "./types";

const card = createCard([plainText("周例会 <script>alert(1)</script>")], { lang: "zh-CN" });

function attachmentIdInBody(content: string): string | undefined {
  return /<attachment id="([^"]+)"><\/attachment>/.exec(content)?.[1];
}

describe("buildChatMessageWithCard", () => {
  it("builds the Graph body: an attachment tag whose id matches the card attachment", () => {
    const message = buildChatMessageWithCard(card);
    const [attachment] = message.attachments;
    expect(message.body.contentType).toBe("html");
    expect(attachment.id).toMatch(/^[0-9a-f]{32}$/);
    expect(attachmentIdInBody(message.body.content)).toBe(attachment.id);
    expect(message.body.content).toBe(`<attachment id="${attachment.id}"></attachment>`);
    expect(attachment.contentType).toBe(ADAPTIVE_CARD_CONTENT_TYPE);
    expect(typeof attachment.content).toBe("string");
    expect(JSON.parse(attachment.content)).toEqual(card);
  });

  it("uses a new id for every message", () => {
    expect(buildChatMessageWithCard(card).attachments[0].id).not.toBe(buildChatMessageWithCard(card).attachments[0].id);
  });

  it("escapes the summary it puts in the HTML body", () => {
    const message = buildChatMessageWithCard(card, {
      summary: `<img src=x onerror="alert(1)"> & 'quoted' 周例会`,
      attachmentId: "abc123",
    });
    expect(message.body.content).toBe(
      `<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;quoted&#39; 周例会</p><attachment id="abc123"></attachment>`,
    );
    expect(attachmentIdInBody(message.body.content)).toBe(message.attachments[0].id);
  });

  it("keeps a huge summary small", () => {
    const plain = buildChatMessageWithCard(card, { attachmentId: "abc123" });
    const withSummary = buildChatMessageWithCard(card, { summary: "&".repeat(50_000), attachmentId: "abc123" });
    expect(getChatMessageSizeBytes(withSummary) - getChatMessageSizeBytes(plain)).toBeLessThanOrEqual(
      SUMMARY_MAX_BYTES,
    );
    expect(withSummary.body.content).toMatch(/^<p>(&amp;)+…<\/p>/);
  });

  it("refuses an attachment id that would break the HTML", () => {
    expect(() => buildChatMessageWithCard(card, { attachmentId: '"><script>' })).toThrow(TypeError);
  });

  it("counts the card's JSON twice-escaped in the message size", () => {
    expect(getCardMessageSizeBytes(card)).toBeGreaterThan(getCardSizeBytes(card));
    expect(getCardMessageSizeBytes(card)).toBe(
      getChatMessageSizeBytes(buildChatMessageWithCard(card, { attachmentId: "f".repeat(32) })),
    );
  });
});

describe("escapeHtml", () => {
  it("escapes the five HTML-special characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
