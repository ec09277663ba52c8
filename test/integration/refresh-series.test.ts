// Revalidating a series already known (a warm open), over real HTTP against the Graph emulator:
// one round trip for the 周例会 the user saw before; a series whose master is gone is resolved from
// the chat again; someone invited since is still keyed by directory id.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/start-emulator";
import { createGraphClient } from "@/lib/graph";
import { resolveSeries } from "@/features/series/api/resolve-series";
import { refreshSeries } from "@/features/series/api/refresh-series";
import { clearRequests, findChatByTopic, getTenant, listRequests, setFaults } from "../support/emulator-admin";
import type { Tenant } from "../support/emulator-admin";
import { countSequentialRoundTrips } from "../../bench/round-trips";

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let tenant: Tenant;

function createClientAs(upn: string) {
  return createGraphClient({
    baseUrl: emulator.graphBaseUrl,
    auth: { getToken: () => Promise.resolve(`emu:${upn}`) },
  });
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  tenant = await getTenant(emulator.url);
});

afterAll(async () => {
  await emulator.close();
});

describe("refreshSeries", () => {
  const organizer = "wang.jianguo@yunzhan.example";

  it("reads the series seen before again in one round trip, with the same occurrences and people", async () => {
    const chat = findChatByTopic(tenant, "周例会");
    const client = createClientAs(organizer);
    const now = new Date();
    const seen = await resolveSeries(client, chat.id, now);
    // With latency, parallel requests overlap as they do over a network.
    await setFaults(emulator.url, { latencyMs: 50 });
    await clearRequests(emulator.url);
    const refreshed = await refreshSeries(client, seen, now);
    await setFaults(emulator.url, { latencyMs: 0 });
    const requests = await listRequests(emulator.url);
    expect(countSequentialRoundTrips(requests)).toBe(1);
    expect(requests.some((r) => r.url.includes("/chats/") || r.url.includes("calendarView"))).toBe(false);
    expect(refreshed).toEqual(seen);
  });

  it("resolves the series from the chat again when the master it knew is gone", async () => {
    const chat = findChatByTopic(tenant, "周例会");
    const client = createClientAs(organizer);
    const now = new Date();
    const seen = await resolveSeries(client, chat.id, now);
    const refreshed = await refreshSeries(client, { ...seen, masterEventId: "AAMk-deleted-series" }, now);
    expect(refreshed).toEqual(seen);
  });

  it("keys someone invited since by their directory id", async () => {
    const chat = findChatByTopic(tenant, "周例会");
    const client = createClientAs(organizer);
    const now = new Date();
    const seen = await resolveSeries(client, chat.id, now);
    const invited = seen.attendees.find((person) => person.id !== undefined);
    if (invited === undefined) throw new Error("周例会 has attendees in the directory");
    const before = { ...seen, attendees: seen.attendees.filter((person) => person !== invited) };
    const refreshed = await refreshSeries(client, before, now);
    expect(refreshed.attendees).toContainEqual(invited);
    expect(invited.key).toBe(invited.id);
  });
});
