import { deriveCardMarker } from "@/meeting/api/chat-cards";

/**
 * The attachment id of a minutes card is derived from the minutes and their version, so a retry
 * after an interrupted publish can see that the card is already in the chat instead of posting it
 * twice. The seed's format is what cards already in customers' chats were posted with: keep it.
 */
export function getMinutesAttachmentId(minutesKey: string, version: number): Promise<string> {
  return deriveCardMarker(`${minutesKey}#v${String(version)}`);
}
