// The minutes' published forms: the chat card, the chat message with @mentions, and the Word
// document with its upload. Everything here is light; the .docx builder pulls in the `docx`
// package, so it is reached only through loadMinutesDocx(), which Vite splits into its own chunk.
import type * as MinutesDocx from "./minutes-docx";

export { buildMinutesCard } from "./minutes-card";
export type { MinutesCardInput } from "./minutes-card";
export {
  buildMinutesMessage,
  getMentionsSizeBytes,
  getMinutesMessageSizeBytes,
  toChatMessageMentions,
} from "./minutes-message";
export type { ChatMessageMention, MinutesChatMessage, MinutesMention, MinutesMessageOptions } from "./minutes-message";
export { buildAbsenteeMentions } from "./absentee-mentions";
export type { AbsenteeMentions, ChatMemberIdentity } from "./absentee-mentions";
export { getLatenessPenalty, listAbsentees, summarizeAttendance } from "./attendance-summary";
export type { AttendancePerson, AttendanceSummary } from "./attendance-summary";
export type { MinutesLanguage } from "./labels";
export {
  buildMinutesFileName,
  DOCX_CONTENT_TYPE,
  encodeDrivePath,
  uploadMinutesDocument,
} from "./upload-minutes-document";
export type { MinutesFileNameInput, UploadedDocument, UploadMinutesDocumentInput } from "./upload-minutes-document";
export type { MinutesDocxInput } from "./minutes-docx";

/** The .docx builder, loaded on demand (only when publishing): `const { buildMinutesDocx } = await loadMinutesDocx()`. */
export function loadMinutesDocx(): Promise<typeof MinutesDocx> {
  return import("./minutes-docx");
}
