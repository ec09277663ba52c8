// The Outlook pane's workspace lookup over real HTTP against the Graph emulator: with no meeting tab
// to name it, the pane finds 周例会's workspace among the viewer's groups — for the organizer and for
// an attendee in the same group — nothing for a series no group configures, and an error when a
// group that may hold it cannot be read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/start-emulator";
import { listMyWorkspaceSeries } from "@/meeting/api/workspace";
import { createOutlookTabConfig } from "@/app/outlook-tab-config";
import { GraphRequestError, createGraphClient } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import { findChatByTopic, getTenant, resetEmulator, setFaults } from "../support/emulator-admin";
import { connectAs, groupId, publicGroupId, seedWeeklySeries } from "../support/seed-series";

const organizer = "wang.jianguo@yunzhan.example";
const attendee = "li.na@yunzhan.example";

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let weeklyChat: string;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  const tenant = await getTenant(emulator.url);
  weeklyChat = findChatByTopic(tenant, "周例会").id;
  await seedWeeklySeries(emulator.url, weeklyChat, organizer, attendee);
});

/** Retries without waiting: a failure the retries cannot get past is what the test is about. */
function connectWithoutWaits(upn: string): GraphClient {
  return createGraphClient({
    baseUrl: emulator.graphBaseUrl,
    auth: { getToken: () => Promise.resolve(`emu:${upn}`) },
    sleep: () => Promise.resolve(),
  });
}

afterAll(async () => {
  await emulator.close();
});

describe("the Outlook pane's workspace", () => {
  it("lists the series configured in the viewer's groups, with their group and site", async () => {
    const scan = await listMyWorkspaceSeries(connectAs(emulator.url, attendee));
    expect(scan.unreadable).toEqual([]);
    expect(scan.series.map((s) => [s.seriesId, s.groupId, s.config.seriesId])).toEqual([
      [weeklyChat, groupId, weeklyChat],
    ]);
    expect(scan.series[0]?.siteId).toMatch(/\S/);
  });

  it("finds 周例会's group for its organizer and for an attendee", async () => {
    for (const upn of [organizer, attendee]) {
      const port = createOutlookTabConfig(connectAs(emulator.url, upn), weeklyChat);
      expect(await port.readGroupId()).toBe(groupId);
    }
  });

  it("finds nothing for a series no group configures, until one is saved from the pane", async () => {
    const monthlyChat = findChatByTopic(await getTenant(emulator.url), "月例会").id;
    const port = createOutlookTabConfig(connectAs(emulator.url, organizer), monthlyChat);
    expect(await port.readGroupId()).toBeUndefined();
    await port.saveGroupId(groupId);
    expect(await port.readGroupId()).toBe(groupId);
  });

  it("says a group could not be read rather than that the series is not configured", async () => {
    const monthlyChat = findChatByTopic(await getTenant(emulator.url), "月例会").id;
    await setFaults(emulator.url, {
      rules: [{ method: "GET", path: `/groups/${publicGroupId}/sites/root`, status: 500 }],
    });
    try {
      const client = connectWithoutWaits(organizer);
      const scan = await listMyWorkspaceSeries(client);
      expect(scan.unreadable.map((u) => u.groupId)).toEqual([publicGroupId]);
      // The series found elsewhere is still found; one that may be in the unreadable group is Graph's error.
      expect(await createOutlookTabConfig(client, weeklyChat).readGroupId()).toBe(groupId);
      await expect(createOutlookTabConfig(client, monthlyChat).readGroupId()).rejects.toThrow(GraphRequestError);
    } finally {
      await resetEmulator(emulator.url);
    }
  });
});
