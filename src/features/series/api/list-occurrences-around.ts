// Reads the series' occurrences in a few weeks around one instant, for a link to a meeting the
// series' calendar window (resolve-series.ts, 120 days back and 240 ahead) left out. One request:
// `GET /me/events/{masterId}/instances` with the required startDateTime/endDateTime
// (https://learn.microsoft.com/graph/api/event-list-instances), times read in UTC as everywhere.
import { addDays } from "@/lib/time/zoned-time";
import type { GraphClient } from "@/lib/graph";
import { buildOccurrences } from "../model/occurrences";
import type { Occurrence } from "../model/types";
import type { GraphCollection, GraphEvent } from "./graph-event";
import { mapInstance } from "./map-event";

const instanceSelect = "id,type,start,end,originalStart,isCancelled,seriesMasterId";
/** Wide enough to find the nearest meeting of a monthly series either side. */
const aroundDays = 35;

export async function listOccurrencesAround(
  client: GraphClient,
  masterEventId: string,
  at: Date,
): Promise<Occurrence[]> {
  const window = `startDateTime=${addDays(at, -aroundDays).toISOString()}&endDateTime=${addDays(at, aroundDays).toISOString()}`;
  const instances: GraphEvent[] = [];
  let path: string | undefined =
    `/me/events/${encodeURIComponent(masterEventId)}/instances?${window}&$select=${instanceSelect}&$top=200`;
  while (path) {
    const page: { body: GraphCollection<GraphEvent> } = await client.get<GraphCollection<GraphEvent>>(path, {
      operation: "listEventInstances",
    });
    instances.push(...page.body.value);
    path = page.body["@odata.nextLink"];
  }
  return buildOccurrences(instances.map(mapInstance), []);
}
