// Identifier formats that look like Graph's own: Outlook event ids (distinct per mailbox, with
// the occurrence date folded into instance ids), Teams online-meeting ids and join URLs, and
// Planner etags (W/"<base64>").
import { createHash, randomBytes, randomUUID } from "node:crypto";

const eventIdPattern = /^AAMkAG([A-Za-z0-9_-]{40})(?:ADAR(\d{4})(\d{2})(\d{2}))?AAA=$/;

export function createEventId(tenantId: string, userId: string, meetingId: string): string {
  const core = createHash("sha256").update(`${tenantId}/${userId}/${meetingId}`).digest("base64url").slice(0, 40);
  return `AAMkAG${core}AAA=`;
}

/** An occurrence or exception id: its series master id with the original local date folded in. */
export function createInstanceId(masterId: string, originalDate: string): string {
  const match = eventIdPattern.exec(masterId);
  return `AAMkAG${match?.[1] ?? ""}ADAR${originalDate.replaceAll("-", "")}AAA=`;
}

export function parseEventId(id: string): { masterId: string; originalDate?: string } | undefined {
  const match = eventIdPattern.exec(id);
  if (!match?.[1]) return undefined;
  const masterId = `AAMkAG${match[1]}AAA=`;
  return match[2] === undefined
    ? { masterId }
    : { masterId, originalDate: `${match[2]}-${match[3] ?? ""}-${match[4] ?? ""}` };
}

/** Teams online meeting ids are base64 of "1*<organizerId>*0**<chatThreadId>". */
export function createOnlineMeetingId(organizerId: string, chatId: string): string {
  return Buffer.from(`1*${organizerId}*0**${chatId}`).toString("base64url");
}

/**
 * The long join link: the thread keeps its case (its id is base64) and only the escapes are lower
 * case, as in Graph's own example (`/l/meetup-join/19%3ameeting_MGQ4MDQy…%40thread.v2/0?context=…`,
 * https://learn.microsoft.com/graph/api/resources/onlinemeeting).
 */
export function createJoinWebUrl(chatId: string, tenantId: string, organizerId: string): string {
  const context = encodeURIComponent(JSON.stringify({ Tid: tenantId, Oid: organizerId })).toLowerCase();
  const thread = encodeURIComponent(chatId).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
  return `https://teams.microsoft.com/l/meetup-join/${thread}/0?context=${context}`;
}

/**
 * A Teams meeting ID: the digits people type to join, and the id in a short join link. Fifteen
 * digits as Teams issues them now (joinMeetingIdSettings.joinMeetingId,
 * https://learn.microsoft.com/graph/api/resources/joinmeetingidsettings), stable per meeting.
 */
export function createJoinMeetingId(tenantId: string, meetingId: string): string {
  const digest = createHash("sha256").update(`join/${tenantId}/${meetingId}`).digest();
  return String((digest.readBigUInt64BE(0) % 900_000_000_000_000n) + 100_000_000_000_000n);
}

const passcodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

/** The meeting passcode Teams puts beside the meeting ID (and as `p` in a short link): eight letters and digits. */
export function createPasscode(tenantId: string, meetingId: string): string {
  const digest = createHash("sha256").update(`passcode/${tenantId}/${meetingId}`).digest();
  return [...digest.subarray(0, 8)].map((b) => passcodeAlphabet[b % passcodeAlphabet.length]).join("");
}

/**
 * The short join link Teams now issues (`https://teams.microsoft.com/meet/<meeting ID>?p=<passcode>`):
 * it names no chat thread, only the meeting ID and passcode
 * (https://github.com/microsoftgraph/microsoft-graph-comms-samples/issues/847).
 */
export function createShortJoinUrl(joinMeetingId: string, passcode: string): string {
  return `https://teams.microsoft.com/meet/${joinMeetingId}?p=${passcode}`;
}

export function createICalUId(meetingId: string, tenantId: string): string {
  return `040000008200E00074C5B7101A82E00800000000${createHash("sha1").update(`${tenantId}/${meetingId}`).digest("hex").toUpperCase().slice(0, 40)}`;
}

const idAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** Planner ids are 28 URL-safe characters. */
export function createPlannerId(): string {
  return [...randomBytes(28)].map((b) => idAlphabet[b % 64]).join("");
}

/** Planner etags change on every write; the payload format mimics `'<n>-Task  @@@@…'`. */
export function createPlannerEtag(kind: string, revision: number): string {
  const payload = `'${revision}-${kind}  ${"@".repeat(15)}${randomBytes(2).toString("hex")}'`;
  return `W/"${Buffer.from(payload).toString("base64")}"`;
}

export function createGuid(): string {
  return randomUUID();
}
