// A link to a meeting far beyond the series' calendar window, over real HTTP against the Graph
// emulator: 周例会 (Mondays 13:30 in Shanghai) is read as usual, then a Monday a year ahead is looked
// up on its own from the master's instances, and a Tuesday there is no meeting of the series.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/start-emulator";
import { createGraphClient } from "@/lib/graph";
import { resolveSeries } from "@/features/series/api/resolve-series";
import { listOccurrencesAround } from "@/features/series/api/list-occurrences-around";
import { findRequestedOccurrence, settleLookUp } from "@/features/series/model/requested-occurrence";
import { getInstantFromWallClock, getWallClock } from "@/lib/time/zoned-time";
import { findChatByTopic, findUserByDepartment, getTenant } from "../support/emulator-admin";

let emulator: Awaited<ReturnType<typeof startEmulator>>;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});

afterAll(async () => {
  await emulator.close();
});

/** 13:30 in Shanghai on the Monday `weeks` weeks after the one on or after `from`. */
function mondayAfter(from: Date, weeks: number): Date {
  const wall = getWallClock(from, "Asia/Shanghai");
  const day = new Date(Date.UTC(wall.year, wall.month - 1, wall.day));
  const toMonday = (8 - day.getUTCDay()) % 7;
  const monday = new Date(day.getTime() + (toMonday + weeks * 7) * 86_400_000);
  return getInstantFromWallClock(
    {
      year: monday.getUTCFullYear(),
      month: monday.getUTCMonth() + 1,
      day: monday.getUTCDate(),
      hour: 13,
      minute: 30,
      second: 0,
    },
    "Asia/Shanghai",
  );
}

describe("a link to a meeting outside the calendar window", () => {
  it("is looked up around its date and found, and a day with no meeting offers the nearest", async () => {
    const tenant = await getTenant(emulator.url);
    const chat = findChatByTopic(tenant, "周例会");
    const client = createGraphClient({
      baseUrl: emulator.graphBaseUrl,
      auth: { getToken: () => Promise.resolve(`emu:${findUserByDepartment(tenant, /运营/).userPrincipalName}`) },
    });
    const now = new Date();
    const series = await resolveSeries(client, chat.id, now);
    const farMonday = mondayAfter(now, 52);
    const key = farMonday.toISOString();
    expect(series.occurrences.some((o) => o.key === key)).toBe(false);

    const asked = findRequestedOccurrence(series.occurrences, key);
    expect(asked).toEqual({ kind: "lookUp", at: farMonday });
    const around = await listOccurrencesAround(client, series.masterEventId, farMonday);
    expect(around.length).toBeGreaterThanOrEqual(9);
    expect(settleLookUp(key, farMonday, around, series.occurrences)).toMatchObject({
      kind: "found",
      occurrence: { key, start: farMonday },
    });

    const tuesday = new Date(farMonday.getTime() + 86_400_000);
    const aroundTuesday = await listOccurrencesAround(client, series.masterEventId, tuesday);
    expect(settleLookUp(tuesday.toISOString(), tuesday, aroundTuesday, series.occurrences)).toMatchObject({
      kind: "notInSeries",
      nearest: { key },
    });
  });
});
