// Resolving 周例会 from its chat, over real HTTP against the Graph emulator, as two attendees.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/start-emulator";
import { createGraphClient } from "@/lib/graph";
import { resolveSeries, SeriesError } from "@/features/series/api/resolve-series";
import { locateOccurrences } from "@/features/series/model/occurrences";
import { findChatByTopic, findUserByDepartment, getTenant } from "../support/emulator-admin";
import type { Tenant } from "../support/emulator-admin";

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

describe("resolveSeries", () => {
  it("finds the weekly series with its moved and cancelled occurrences for two attendees", async () => {
    const chat = findChatByTopic(tenant, "周例会");
    const now = new Date();
    const results = await Promise.all(
      [findUserByDepartment(tenant, /运营/), findUserByDepartment(tenant, /客服/)].map((u) =>
        resolveSeries(createClientAs(u.userPrincipalName), chat.id, now),
      ),
    );
    const [ops, cs] = results;
    if (!ops || !cs) throw new Error("both attendees resolve");
    expect(ops.masterEventId).not.toBe(cs.masterEventId);
    expect(ops.recurrence).toEqual({ kind: "weekly", interval: 1, days: ["monday"] });
    expect(ops.title).toBe("周例会");
    for (const series of results) {
      const moved = series.occurrences.filter((o) => o.status === "moved");
      const cancelled = series.occurrences.filter((o) => o.status === "cancelled");
      expect(moved).toHaveLength(1);
      expect(cancelled).toHaveLength(1);
      expect(moved[0]?.start.getTime()).not.toBe(moved[0]?.originalStart.getTime());
      expect(moved[0]?.originalStart.getUTCDay()).toBe(1);
      expect(cancelled[0]?.eventId).toBeUndefined();
      const position = locateOccurrences(series.occurrences, now);
      expect(position.upcoming.some((o) => o.status === "cancelled")).toBe(true);
    }
    expect(ops.occurrences.map((o) => o.key)).toEqual(cs.occurrences.map((o) => o.key));
  });

  it("says plainly when a chat is not a meeting or the user is not invited", async () => {
    const chat = findChatByTopic(tenant, "周例会");
    const memberIds = new Set(chat.memberIds);
    const outsider = tenant.users.find((u) => !memberIds.has(u.id));
    if (!outsider) throw new Error("the scenario has a user outside 周例会");
    await expect(resolveSeries(createClientAs(outsider.userPrincipalName), chat.id, new Date())).rejects.toMatchObject({
      kind: "noAccess",
    });
    const ops = findUserByDepartment(tenant, /运营/);
    await expect(
      resolveSeries(createClientAs(ops.userPrincipalName), "19:missing@thread.v2", new Date()),
    ).rejects.toBeInstanceOf(SeriesError);
    await expect(
      resolveSeries(createClientAs(ops.userPrincipalName), "19:missing@thread.v2", new Date()),
    ).rejects.toMatchObject({
      kind: "chatNotFound",
    });
  });
});
