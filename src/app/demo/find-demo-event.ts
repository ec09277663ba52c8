// Demo only: finds, in the persona's own calendar on the Graph emulator, the event the fake Office
// host's appointment stands for — a meeting chat's occurrence (by its key, else the next one to
// come), its series master, or an appointment with no chat, by subject. The chat's meeting is the
// event whose join link is the chat's (meeting-link.ts), as the series feature finds it.
import { addDays, parseGraphDateTime } from "@/lib/time/zoned-time";
import type { GraphClient } from "@/lib/graph";
import { describeMeetingChat, isLinkOfMeeting } from "@/meeting/model/identity/meeting-link";
import { toOccurrenceKey } from "@/meeting/model/identity/occurrence-key";

export type DemoEventTarget =
  { kind: "chat"; chatId: string; occurrence?: string } | { kind: "subject"; subject: string };

interface CalendarEvent {
  id: string;
  subject?: string | null;
  type?: string | null;
  seriesMasterId?: string | null;
  start: { dateTime: string; timeZone?: string | null };
  end: { dateTime: string; timeZone?: string | null };
  originalStart?: string | null;
  onlineMeeting?: { joinUrl?: string | null } | null;
}

const select = "id,subject,type,seriesMasterId,start,end,originalStart,onlineMeeting";

async function listCalendarView(client: GraphClient, from: Date, to: Date): Promise<CalendarEvent[]> {
  const events: CalendarEvent[] = [];
  let path: string | undefined =
    `/me/calendarView?startDateTime=${from.toISOString()}&endDateTime=${to.toISOString()}&$select=${select}&$top=200`;
  while (path !== undefined) {
    const page: { body: { value: CalendarEvent[]; "@odata.nextLink"?: string } } = await client.get(path, {
      operation: "listCalendarView",
    });
    events.push(...page.body.value);
    path = page.body["@odata.nextLink"];
  }
  return events;
}

function keyOf(event: CalendarEvent): string {
  return toOccurrenceKey({
    start: parseGraphDateTime(event.start),
    originalStart: event.originalStart ? new Date(event.originalStart) : undefined,
  });
}

async function readChatJoinUrl(client: GraphClient, chatId: string): Promise<string> {
  const { body } = await client.get<{ onlineMeetingInfo?: { joinWebUrl?: string | null } | null }>(
    `/chats/${encodeURIComponent(chatId)}?$select=id,onlineMeetingInfo`,
    { operation: "getChat" },
  );
  const joinUrl = body.onlineMeetingInfo?.joinWebUrl;
  if (!joinUrl) throw new Error(`Chat ${chatId} is no meeting chat`);
  return joinUrl;
}

/** The Graph (REST) id of the event; `occurrence: "master"` names the series master item. */
export async function findDemoEvent(client: GraphClient, target: DemoEventTarget, now: Date): Promise<string> {
  const at =
    target.kind === "chat" && target.occurrence && target.occurrence !== "master" ? new Date(target.occurrence) : now;
  const events = await listCalendarView(client, addDays(at, -1), addDays(at, 120));
  let candidates: CalendarEvent[];
  if (target.kind === "subject") candidates = events.filter((e) => e.subject === target.subject);
  else {
    const identity = describeMeetingChat(target.chatId, await readChatJoinUrl(client, target.chatId));
    candidates = events.filter((e) => isLinkOfMeeting(identity, e.onlineMeeting?.joinUrl));
  }
  const wanted = target.kind === "chat" ? target.occurrence : undefined;
  const match =
    wanted !== undefined && wanted !== "master"
      ? candidates.find((e) => keyOf(e) === new Date(wanted).toISOString())
      : candidates.find((e) => parseGraphDateTime(e.end) > now);
  if (match === undefined) throw new Error("The demo found no such meeting in this persona's calendar.");
  return wanted === "master" && match.seriesMasterId ? match.seriesMasterId : match.id;
}
