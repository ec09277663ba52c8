// Resolves a meeting chat to its series and occurrences from the signed-in user's own calendar
// (docs/architecture.md §2): chat → join link → the user's calendarView → seriesMasterId → master + instances.
// Three sequential round trips; the organizer and attendees are resolved to directory ids
// (resolve-people.ts) in one $batch beside the last one. Event ids are this user's and are never
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

const lookupSelect =
  "id,subject,type,seriesMasterId,start,end,originalStartTimeZone,onlineMeeting,organizer,attendees,isCancelled";
const masterSelect =
  "id,subject,type,start,end,recurrence,organizer,attendees,cancelledOccurrences,originalStartTimeZone,onlineMeeting";
const instanceSelect = "id,type,start,end,originalStart,isCancelled,seriesMasterId";

export async function getMeetingChat(
  client: GraphClient,
  seriesId: string,
): Promise<{ id: string; topic: string; joinUrl: string }> {
  const { body } = await client
    .get<GraphChat>(`/chats/${encodeURIComponent(seriesId)}?$select=id,topic,chatType,onlineMeetingInfo`, {
      operation: "getChat",
    })
    .catch((error: unknown) => {
      // Graph answers 403 to someone who is not in the chat and 404 to an id it does not know;
      // both mean "this meeting is not yours to read", which the side panel says in those words.
      if (error instanceof GraphRequestError && error.status === 403) throw new SeriesError("noAccess", error.message);
      if (error instanceof GraphRequestError && error.status === 404)
        throw new SeriesError("chatNotFound", error.message);
      throw error;
    });
  const joinUrl = body.onlineMeetingInfo?.joinWebUrl;
  if (!joinUrl) throw new SeriesError("notAMeeting", `Chat ${seriesId} is not a meeting chat`);
  return { id: body.id, topic: body.topic ?? "", joinUrl };
}

async function listCalendarView(client: GraphClient, from: Date, to: Date): Promise<GraphEvent[]> {
  const events: GraphEvent[] = [];
  let path: string | undefined =
    `/me/calendarView?startDateTime=${from.toISOString()}&endDateTime=${to.toISOString()}` +
    `&$select=${lookupSelect}&$top=500`;
  while (path) {
    const page: { body: GraphCollection<GraphEvent> } = await client.get<GraphCollection<GraphEvent>>(path, {
      operation: "listCalendarView",
    });
    events.push(...page.body.value);
    path = page.body["@odata.nextLink"];
  }
  return events;
}

/** The user's own copy of one of the meeting's events, found by the chat's meeting around `now`. */
export async function findMeetingEvent(
  client: GraphClient,
  chat: { id: string; joinUrl: string },
  now: Date,
): Promise<GraphEvent> {
  let identity = describeMeetingChat(chat.id, chat.joinUrl);
  let lookedUp = false;
  const windows: [number, number][] = [
    [-45, 45],
    [45, 400],
  ];
  for (const [fromDays, toDays] of windows) {
    const events = await listCalendarView(client, addDays(now, fromDays), addDays(now, toDays));
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

async function getMasterAndInstances(
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

function toSeriesZone(zone: MeetingTimeZone): Pick<Series, "timeZone" | "unknownTimeZone"> {
  return zone.unknownZone === undefined
    ? { timeZone: zone.timeZone }
    : { timeZone: zone.timeZone, unknownTimeZone: zone.unknownZone };
}

/**
 * Event times are read in UTC (the client sends no `Prefer: outlook.timezone`), and the meeting's
 * own zone comes from what the organizer chose (getMeetingTimeZone), the same for every attendee.
 */
export async function resolveSeries(client: GraphClient, seriesId: string, now: Date): Promise<Series> {
  const chat = await getMeetingChat(client, seriesId);
  const event = await findMeetingEvent(client, chat, now);
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
