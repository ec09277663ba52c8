import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, startTestEmulator, upn } from "./support.ts";
import type { StartedEmulator } from "../start-emulator.ts";

type Event = {
  id: string;
  subject: string;
  sensitivity: string;
  isOnlineMeeting: boolean;
  onlineMeetingProvider: string;
  onlineMeeting: { joinUrl: string } | null;
};
type Page = { value: Event[] };

let emulator: StartedEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

async function findEvent(user: string, subject: string): Promise<Event> {
  const { body } = await createClient(emulator, user)<Page>("GET", `/me/events?$filter=subject eq '${subject}'`);
  const event = body.value[0];
  if (!event) throw new Error(`no event ${subject}`);
  return event;
}

describe("appointments that are not plain Teams meetings", () => {
  it("renders an appointment without an online meeting with onlineMeeting null and no chat", async () => {
    const event = await findEvent(upn.customerService, "仓库月度盘点（线下）");
    expect(event).toMatchObject({ isOnlineMeeting: false, onlineMeetingProvider: "unknown", onlineMeeting: null });
    const { body } = await createClient(emulator, upn.customerService)<Page>(
      "GET",
      `/me/events/${encodeURIComponent(event.id)}?$select=isOnlineMeeting,onlineMeeting,sensitivity`,
    );
    expect(body).toMatchObject({ isOnlineMeeting: false, onlineMeeting: null, sensitivity: "normal" });
  });

  it("gives a private Teams meeting its sensitivity in every participant's own copy", async () => {
    for (const user of [upn.gm, upn.operations]) {
      const event = await findEvent(user, "绩效面谈（私密）");
      expect(event.sensitivity).toBe("private");
      expect(event.onlineMeeting?.joinUrl).toContain("/l/meetup-join/");
    }
  });
});
