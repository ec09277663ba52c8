import { describe, expect, it } from "vitest";
import { deriveCardMarker } from "./card-marker";

describe("deriveCardMarker", () => {
  // Cards already in customers' chats carry markers made this way: a change would post them again.
  it("is the first 16 bytes of the seed's SHA-256, in hex", async () => {
    expect(await deriveCardMarker("minutes|19:meeting_weekly@thread.v2|2026-11-30T05:30:00.000Z#v1")).toBe(
      "df4d7d871583cdb907afbe4063546eac",
    );
  });

  it("differs per seed, so each version of a card has its own", async () => {
    const [r1, r2] = await Promise.all([deriveCardMarker("agenda|x|k#r1"), deriveCardMarker("agenda|x|k#r2")]);
    expect(r1).toMatch(/^[0-9a-f]{32}$/);
    expect(r1).not.toBe(r2);
  });
});
