// Resolves a meeting chat to its series and occurrences from the signed-in user's own calendar
// (docs/architecture.md §2): chat → join link → the user's calendarView → seriesMasterId → master + instances.
// Two sequential round trips: the chat and the calendar window around today do not depend on
// each other and share the first $batch (https://learn.microsoft.com/graph/json-batching); the
// master, its instances and the organizer's and attendees' directory ids (resolve-people.ts) share
// the second. Further windows or pages cost more only when the meeting is far from today. Event ids are this user's and are never
// shared. An event is the meeting's when its join link is the chat's, names the chat's thread, or
// names its meeting ID (meeting-link.ts); one look-up of the online meeting learns that ID when
// Outlook has a short link.
import { addDays } from "@/lib/time/zoned-time";
import { GraphRequestError, readBatchBody } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import { buildOccurrences } from "../model/occurrences";
import type { Series } from "../model/types";
import type { GraphChat, GraphCollection, GraphEvent } from "./graph-event";
import { getSeriesTimeZone, mapCancelledOccurrences, mapInstance, mapRecurrence } from "./map-event";
import { lookUpEventPeople, toEventPeople } from "./resolve-people";
import { getMeetingTimeZone } from "@/meeting/model/time/meeting-time-zone";
import type { MeetingTimeZone } from "@/meeting/model/time/meeting-time-zone";
import {
  addToIdentity,
  describeMeetingChat,
  isLinkOfMeeting,
  isShortLink,
} from "@/meeting/model/identity/meeting-link";
import type { MeetingIdentity } from "@/meeting/model/identity/meeting-link";
import { findOnlineMeeting } from "@/meeting/api/identity/find-online-meeting";

export type SeriesErrorKind = "notAMeeting" | "notInCalendar" | "noAccess" | "chatNotFound";

export class SeriesError extends Error {
  constructor(
    readonly kind: SeriesErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "SeriesError";
  }
}

export const lookupSelect =
  "id,subject,type,seriesMasterId,start,end,originalStartTimeZone,onlineMeeting,organizer,attendees,isCancelled";
const masterSelect =
  "id,subject,type,start,end,recurrence,organizer,attendees,cancelledOccurrences,originalStartTimeZone,onlineMeeting";
const instanceSelect = "id,type,start,end,originalStart,isCancelled,seriesMasterId";

interface MeetingChat {
  id: string;
  topic: string;
  joinUrl: string;
}

const chatSelect = "id,topic,chatType,onlineMeetingInfo";

function toMeetingChat(seriesId: string, body: GraphChat): MeetingChat {
  const joinUrl = body.onlineMeetingInfo?.joinWebUrl;
  if (!joinUrl) throw new SeriesError("notAMeeting", `Chat ${seriesId} is not a meeting chat`);
  return { id: body.id, topic: body.topic ?? "", joinUrl };
}

/**
 * Graph answers 403 to someone who is not in the chat and 404 to an id it does not know; both mean
 * "this meeting is not yours to read", which the side panel says in those words.
 */
function toChatError(error: unknown): unknown {
  if (error instanceof GraphRequestError && error.status === 403) return new SeriesError("noAccess", error.message);
  if (error instanceof GraphRequestError && error.status === 404) return new SeriesError("chatNotFound", error.message);
  return error;
}

export async function getMeetingChat(client: GraphClient, seriesId: string): Promise<MeetingChat> {
  const { body } = await client
    .get<GraphChat>(`/chats/${encodeURIComponent(seriesId)}?$select=${chatSelect}`, { operation: "getChat" })
    .catch((error: unknown) => {
      throw toChatError(error);
    });
  return toMeetingChat(seriesId, body);
}

const firstWindow: [number, number] = [-45, 45];
const laterWindows: [number, number][] = [[45, 400]];

function calendarViewPath(from: Date, to: Date): string {
  return (
    `/me/calendarView?startDateTime=${from.toISOString()}&endDateTime=${to.toISOString()}` +
    `&$select=${lookupSelect}&$top=500`
  );
}

/** The chat and the first page of the calendar window around `now`, in one round trip. */
async function getChatAndNearbyEvents(
  client: GraphClient,
  seriesId: string,
  now: Date,
): Promise<{ chat: MeetingChat; firstPage: GraphCollection<GraphEvent> }> {
  const [chatResponse, eventsResponse] = await client.batch([
    {
      id: "chat",
      method: "GET",
      url: `/chats/${encodeURIComponent(seriesId)}?$select=${chatSelect}`,
      operation: "getChat",
    },
    {
      id: "calendarView",
      method: "GET",
      url: calendarViewPath(addDays(now, firstWindow[0]), addDays(now, firstWindow[1])),
      operation: "listCalendarView",
    },
  ]);
  let chatBody: GraphChat;
  try {
    chatBody = readBatchBody<GraphChat>(chatResponse);
  } catch (error) {
    throw toChatError(error);
  }
  const chat = toMeetingChat(seriesId, chatBody);
  return { chat, firstPage: readBatchBody<GraphCollection<GraphEvent>>(eventsResponse) };
}

async function readAllPages(client: GraphClient, firstPage: GraphCollection<GraphEvent>): Promise<GraphEvent[]> {
  const events = [...firstPage.value];
  let path = firstPage["@odata.nextLink"];
  while (path) {
    const page: { body: GraphCollection<GraphEvent> } = await client.get<GraphCollection<GraphEvent>>(path, {
      operation: "listCalendarView",
    });
    events.push(...page.body.value);
    path = page.body["@odata.nextLink"];
  }
  return events;
}

async function listCalendarView(client: GraphClient, from: Date, to: Date): Promise<GraphEvent[]> {
  const { body } = await client.get<GraphCollection<GraphEvent>>(calendarViewPath(from, to), {
    operation: "listCalendarView",
  });
  return readAllPages(client, body);
}

/**
 * The user's own copy of one of the meeting's events, found by the chat's meeting around `now`.
 * `nearby` is the first page of the window around `now` when the caller already has it.
 */
export async function findMeetingEvent(
  client: GraphClient,
  chat: { id: string; joinUrl: string },
  now: Date,
  nearby?: GraphCollection<GraphEvent>,
): Promise<GraphEvent> {
  let identity = describeMeetingChat(chat.id, chat.joinUrl);
  let lookedUp = false;
  for (const [fromDays, toDays] of [firstWindow, ...laterWindows]) {
    const events =
      nearby !== undefined && fromDays === firstWindow[0]
        ? await readAllPages(client, nearby)
        : await listCalendarView(client, addDays(now, fromDays), addDays(now, toDays));
    let match = events.find((e) => isLinkOfMeeting(identity, e.onlineMeeting?.joinUrl));
    // A short link in Outlook names neither the chat nor its link: learn the meeting's ID once.
    if (!match && !lookedUp && events.some((e) => isShortLink(e.onlineMeeting?.joinUrl))) {
      lookedUp = true;
      identity = await learnMeetingKeys(client, identity, chat);
      match = events.find((e) => isLinkOfMeeting(identity, e.onlineMeeting?.joinUrl));
    }
    if (match) return match;
  }
  throw new SeriesError("notInCalendar", "The meeting is not in your calendar");
}

async function learnMeetingKeys(
  client: GraphClient,
  identity: MeetingIdentity,
  chat: { id: string; joinUrl: string },
): Promise<MeetingIdentity> {
  const meeting = await findOnlineMeeting(client, chat.joinUrl);
  // The look-up must name this chat's thread, or what it found is another meeting.
  if (meeting?.threadId === undefined || meeting.threadId.toLowerCase() !== chat.id.toLowerCase()) return identity;
  return addToIdentity(identity, { joinUrl: meeting.joinWebUrl, joinMeetingId: meeting.joinMeetingId });
}

export async function getMasterAndInstances(
  client: GraphClient,
  masterId: string,
  now: Date,
): Promise<{ master: GraphEvent; instances: GraphEvent[] }> {
  const id = encodeURIComponent(masterId);
  const window = `startDateTime=${addDays(now, -120).toISOString()}&endDateTime=${addDays(now, 240).toISOString()}`;
  const [masterResponse, instancesResponse] = await client.batch([
    { id: "master", method: "GET", url: `/me/events/${id}?$select=${masterSelect}`, operation: "getEvent" },
    {
      id: "instances",
      method: "GET",
      url: `/me/events/${id}/instances?${window}&$select=${instanceSelect}&$top=200`,
      operation: "listEventInstances",
    },
  ]);
  const master = readBatchBody<GraphEvent>(masterResponse);
  const firstPage = readBatchBody<GraphCollection<GraphEvent>>(instancesResponse);
  const instances = [...firstPage.value];
  let next = firstPage["@odata.nextLink"];
  while (next) {
    const page: { body: GraphCollection<GraphEvent> } = await client.get<GraphCollection<GraphEvent>>(next, {
      operation: "listEventInstances",
    });
    instances.push(...page.body.value);
    next = page.body["@odata.nextLink"];
  }
  return { master, instances };
}

export function toSeriesZone(zone: MeetingTimeZone): Pick<Series, "timeZone" | "unknownTimeZone"> {
  return zone.unknownZone === undefined
    ? { timeZone: zone.timeZone }
    : { timeZone: zone.timeZone, unknownTimeZone: zone.unknownZone };
}

/**
 * Event times are read in UTC (the client sends no `Prefer: outlook.timezone`), and the meeting's
 * own zone comes from what the organizer chose (getMeetingTimeZone), the same for every attendee.
 */
export async function resolveSeries(client: GraphClient, seriesId: string, now: Date): Promise<Series> {
  const { chat, firstPage } = await getChatAndNearbyEvents(client, seriesId, now);
  const event = await findMeetingEvent(client, chat, now, firstPage);
  const base = { seriesId, joinUrl: chat.joinUrl };
  if (!event.seriesMasterId || event.type === "singleInstance") {
    return {
      ...base,
      title: event.subject ?? chat.topic,
      masterEventId: event.id,
      recurrence: { kind: "once" },
      ...toSeriesZone(getMeetingTimeZone([event.originalStartTimeZone])),
      ...toEventPeople(event, await lookUpEventPeople(client, event)),
      occurrences: buildOccurrences([mapInstance(event)], []),
    };
  }
  const [{ master, instances }, answered] = await Promise.all([
    getMasterAndInstances(client, event.seriesMasterId, now),
    lookUpEventPeople(client, event),
  ]);
  return {
    ...base,
    title: master.subject ?? chat.topic,
    masterEventId: master.id,
    recurrence: mapRecurrence(master.recurrence),
    ...toSeriesZone(getSeriesTimeZone(master)),
    ...toEventPeople(master, answered),
    occurrences: buildOccurrences(instances.map(mapInstance), mapCancelledOccurrences(master)),
  };
}
