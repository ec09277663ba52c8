/**
 * A card's marker: the attachment id of the Adaptive Card in the chat message, derived from what the
 * card publishes (a record key and its version), so anyone retrying the post computes the same id and
 * can find the card an interrupted attempt left in the chat. 32 hex characters, the shape of the
 * GUID-without-dashes Graph's own example uses (https://learn.microsoft.com/graph/api/chat-post-messages).
 */
export async function deriveCardMarker(seed: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(seed));
  return Array.from(new Uint8Array(digest).slice(0, 16), (b) => b.toString(16).padStart(2, "0")).join("");
}
