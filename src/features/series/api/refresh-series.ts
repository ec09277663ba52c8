// Revalidates a series already known (restored from the local store, or read earlier) in one round
// trip: the chat and the calendar search are skipped — a chat's meeting and the user's copy of its
// series master do not change — and the master, its instances and the people's directory lookup
// share it. Graph answers 404 for an event that is gone (the series was deleted or re-created:
// https://learn.microsoft.com/graph/api/event-get); the series is then resolved from the chat as
// on a first open. Attendees the master names that were not looked up before (someone invited
// since) cost one more lookup, so every person stays keyed by directory id.
import { GraphRequestError, readBatchBody } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import { lookUpAddresses } from "@/meeting/api/directory/people-by-address";
import type { AddressableUser } from "@/meeting/model/directory/people-by-address";
import { getMeetingTimeZone } from "@/meeting/model/time/meeting-time-zone";
import { buildOccurrences } from "../model/occurrences";
import type { Series } from "../model/types";
import type { GraphEvent } from "./graph-event";
import { getSeriesTimeZone, mapCancelledOccurrences, mapInstance, mapPerson, mapRecurrence } from "./map-event";
import { toEventPeople } from "./resolve-people";
import { getMasterAndInstances, lookupSelect, resolveSeries, toSeriesZone } from "./resolve-series";

const normalize = (address: string): string => address.trim().toLowerCase();

function listEventAddresses(event: Pick<GraphEvent, "organizer" | "attendees">): string[] {
  return [event.organizer?.emailAddress, ...(event.attendees ?? []).map((a) => a.emailAddress)].map(
    (address) => mapPerson(address).email,
  );
}

async function readEvent(
  client: GraphClient,
  series: Series,
  now: Date,
): Promise<{ master: GraphEvent; instances: GraphEvent[] }> {
  if (series.recurrence.kind !== "once") return getMasterAndInstances(client, series.masterEventId, now);
  const [response] = await client.batch([
    {
      id: "event",
      method: "GET",
      url: `/me/events/${encodeURIComponent(series.masterEventId)}?$select=${lookupSelect}`,
      operation: "getEvent",
    },
  ]);
  const event = readBatchBody<GraphEvent>(response);
  return { master: event, instances: [event] };
}

function isGone(error: unknown): boolean {
  return error instanceof GraphRequestError && (error.status === 404 || error.status === 410);
}

/** The same series, read again in one round trip when nobody new was invited. */
export async function refreshSeries(client: GraphClient, previous: Series, now: Date): Promise<Series> {
  const asked = [previous.organizer, ...previous.attendees].map((person) => person.email);
  let read: [{ master: GraphEvent; instances: GraphEvent[] }, Map<string, AddressableUser[]>];
  try {
    read = await Promise.all([readEvent(client, previous, now), lookUpAddresses(client, asked)]);
  } catch (error) {
    if (isGone(error)) return resolveSeries(client, previous.seriesId, now);
    throw error;
  }
  const [{ master, instances }, answered] = read;
  const askedSet = new Set(asked.map(normalize));
  const invitedSince = listEventAddresses(master).filter((address) => !askedSet.has(normalize(address)));
  if (invitedSince.length > 0)
    for (const [address, users] of await lookUpAddresses(client, invitedSince)) answered.set(address, users);
  const isOnce = previous.recurrence.kind === "once";
  return {
    seriesId: previous.seriesId,
    joinUrl: previous.joinUrl,
    title: master.subject ?? previous.title,
    masterEventId: master.id,
    recurrence: isOnce ? { kind: "once" } : mapRecurrence(master.recurrence),
    ...toSeriesZone(isOnce ? getMeetingTimeZone([master.originalStartTimeZone]) : getSeriesTimeZone(master)),
    ...toEventPeople(master, answered),
    occurrences: buildOccurrences(instances.map(mapInstance), isOnce ? [] : mapCancelledOccurrences(master)),
  };
}
