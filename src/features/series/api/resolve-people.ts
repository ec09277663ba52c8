// The meeting's organizer and attendees as people: their calendar addresses (mail, an alias, a
// distribution list, an outside address) resolved to directory ids and UPNs in one batched lookup
// (src/meeting/api/directory/people-by-address.ts). Names and addresses stay display data. The
// lookup takes the addresses of the event first found, so it runs beside the read of the series
// master; an address only the master names keeps its address as key.
import type { GraphClient } from "@/lib/graph";
import { lookUpAddresses } from "@/meeting/api/directory/people-by-address";
import { resolveMeetingPeople } from "@/meeting/model/directory/people-by-address";
import type { AddressableUser } from "@/meeting/model/directory/people-by-address";
import type { Person } from "../model/types";
import type { GraphEvent } from "./graph-event";
import { mapPerson } from "./map-event";

type EventPeople = Pick<GraphEvent, "organizer" | "attendees">;

function listShownAddresses(event: EventPeople): { name: string; address: string }[] {
  return [event.organizer?.emailAddress, ...(event.attendees ?? []).map((a) => a.emailAddress)]
    .map(mapPerson)
    .map((p) => ({ name: p.name, address: p.email }));
}

export function lookUpEventPeople(client: GraphClient, event: EventPeople): Promise<Map<string, AddressableUser[]>> {
  return lookUpAddresses(
    client,
    listShownAddresses(event).map((a) => a.address),
  );
}

export function toEventPeople(
  event: EventPeople,
  answered: ReadonlyMap<string, readonly AddressableUser[]>,
): { organizer: Person; attendees: Person[] } {
  const [organizer, ...attendees] = resolveMeetingPeople(listShownAddresses(event), answered);
  if (organizer === undefined) throw new Error("A meeting always has an organizer");
  return { organizer, attendees };
}
