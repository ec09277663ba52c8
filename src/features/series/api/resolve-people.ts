// The meeting's organizer and attendees as people: their calendar addresses (mail, an alias, a
// distribution list, an outside address) resolved to directory ids and UPNs in one batched lookup
// (src/meeting/api/directory/people-by-address.ts). Names and addresses stay display data.
import type { GraphClient } from "@/lib/graph";
import { resolveAddressedPeople } from "@/meeting/api/directory/people-by-address";
import type { Person } from "../model/types";
import type { GraphEvent } from "./graph-event";
import { mapPerson } from "./map-event";

export async function resolveEventPeople(
  client: GraphClient,
  event: Pick<GraphEvent, "organizer" | "attendees">,
): Promise<{ organizer: Person; attendees: Person[] }> {
  const shown = [event.organizer?.emailAddress, ...(event.attendees ?? []).map((a) => a.emailAddress)]
    .map(mapPerson)
    .map((p) => ({ name: p.name, address: p.email }));
  const [organizer, ...attendees] = await resolveAddressedPeople(client, shown);
  if (organizer === undefined) throw new Error("A meeting always has an organizer");
  return { organizer, attendees };
}
