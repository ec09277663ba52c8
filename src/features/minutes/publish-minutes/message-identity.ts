/**
 * The attachment id of a minutes card is derived from the minutes and their version, so a retry
 * after an interrupted publish can see that the card is already in the chat instead of posting it twice.
 */
export async function getMinutesAttachmentId(minutesKey: string, version: number): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${minutesKey}#v${String(version)}`));
  return Array.from(new Uint8Array(digest).slice(0, 16), (b) => b.toString(16).padStart(2, "0")).join("");
}
