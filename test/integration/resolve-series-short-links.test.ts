// Resolving meetings whose join links differ between the chat and the calendar, over real HTTP
// against the Graph emulator: 客服仓储协调会, invited to with Teams' short link, and 周例会 in a
// tenant where Outlook shows the short link while the chat keeps the long one.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/start-emulator";
import { defaultScenarioPath } from "../../emulator/scenario/load";
import { createGraphClient } from "@/lib/graph";
import { resolveSeries, SeriesError } from "@/features/series/api/resolve-series";
import { clearRequests, findChatByTopic, getTenant, listRequests } from "../support/emulator-admin";

let emulator: Awaited<ReturnType<typeof startEmulator>>;

function createClientAs(upn: string) {
  return createGraphClient({
    baseUrl: emulator.graphBaseUrl,
    auth: { getToken: () => Promise.resolve(`emu:${upn}`) },
  });
}

async function loadScenario(scenario: unknown): Promise<void> {
  const response = await fetch(`${emulator.url}/graph/_admin/scenario`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(scenario),
  });
  expect(response.status).toBe(200);
}

function readDefaultScenario(): { meetings: { subject: string; joinLink?: string }[] } {
  return JSON.parse(readFileSync(defaultScenarioPath, "utf8")) as {
    meetings: { subject: string; joinLink?: string }[];
  };
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});

afterAll(async () => {
  await emulator.close();
});

describe("a meeting with a short join link", () => {
  it("resolves 客服仓储协调会 for its organizer and an attendee, with no look-up", async () => {
    await loadScenario(readDefaultScenario());
    const chat = findChatByTopic(await getTenant(emulator.url), "客服仓储协调会");
    await clearRequests(emulator.url);
    const now = new Date();
    for (const upn of ["zhang.min@yunzhan.example", "wu.fang@yunzhan.example"]) {
      const series = await resolveSeries(createClientAs(upn), chat.id, now);
      expect(series.title).toBe("客服仓储协调会");
      expect(series.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/meet\/\d+\?p=/);
      expect(series.recurrence).toEqual({ kind: "weekly", interval: 1, days: ["wednesday"] });
      expect(series.occurrences.length).toBeGreaterThan(10);
    }
    const requests = await listRequests(emulator.url);
    expect(requests.filter((r) => r.url.startsWith("/me/onlineMeetings"))).toEqual([]);
  });

  it("resolves 周例会 for its organizer when Outlook has the short link and the chat the long one", async () => {
    const scenario = readDefaultScenario();
    for (const meeting of scenario.meetings) if (meeting.subject === "周例会") meeting.joinLink = "shortInCalendar";
    await loadScenario(scenario);
    const chat = findChatByTopic(await getTenant(emulator.url), "周例会");
    await clearRequests(emulator.url);

    const series = await resolveSeries(createClientAs("wang.jianguo@yunzhan.example"), chat.id, new Date());
    expect(series.title).toBe("周例会");
    expect(series.joinUrl).toMatch(/\/l\/meetup-join\/19%3ameeting_/);
    expect(series.recurrence).toEqual({ kind: "weekly", interval: 1, days: ["monday"] });
    const lookUps = (await listRequests(emulator.url)).filter((r) => r.url.startsWith("/me/onlineMeetings"));
    expect(lookUps.map((r) => r.status)).toEqual([200]);

    // Graph answers the look-up only to the organizer (find-online-meeting.ts): an attendee is told
    // the meeting is not in their calendar, never shown another meeting.
    await expect(resolveSeries(createClientAs("li.na@yunzhan.example"), chat.id, new Date())).rejects.toEqual(
      new SeriesError("notInCalendar", "The meeting is not in your calendar"),
    );
  });
});
