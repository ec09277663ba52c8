import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultScenarioPath } from "../scenario/load.ts";
import { callAdmin, createClient, startTestEmulator, upn } from "./support.ts";
import type { StartedEmulator } from "../start-emulator.ts";

interface OnlineMeeting {
  joinWebUrl: string;
  chatInfo: { threadId: string };
  joinMeetingIdSettings: { joinMeetingId: string; passcode: string; isPasscodeRequired: boolean };
}
type Collection<T> = { value: T[] };
interface Chat {
  onlineMeetingInfo: { joinWebUrl: string };
}
interface Event {
  subject: string;
  type: string;
  onlineMeeting: { joinUrl: string };
  body: { content: string };
}

const shortMeetingChat = "19:meeting_M2YxYzJhOWUtN2I0ZC00ZThhLTljMjEtNWQ2ZjdhOGI5YzBk@thread.v2";
const organizer = "zhang.min@yunzhan.example";
const attendee = "wu.fang@yunzhan.example";
const shortLink = /^https:\/\/teams\.microsoft\.com\/meet\/(\d{15})\?p=([A-Za-z0-9]{8})$/;
const window = "startDateTime=2026-11-27T00:00:00Z&endDateTime=2027-01-31T00:00:00Z";

let emulator: StartedEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

async function findEvents(user: string, subject: string): Promise<Event[]> {
  const { body } = await createClient(emulator, user)<Collection<Event>>("GET", `/me/calendarView?${window}&$top=500`);
  return body.value.filter((e) => e.subject === subject);
}

function lookUp(user: string, filter: string) {
  return createClient(emulator, user)<Collection<OnlineMeeting>>(
    "GET",
    `/me/onlineMeetings?$filter=${encodeURIComponent(filter)}`,
  );
}

describe("a meeting with the short join link (客服仓储协调会)", () => {
  it("shows the short link in its chat and in every attendee's Outlook events", async () => {
    const chat = await createClient(emulator, attendee)<Chat>("GET", `/chats/${encodeURIComponent(shortMeetingChat)}`);
    const link = chat.body.onlineMeetingInfo.joinWebUrl;
    expect(link).toMatch(shortLink);
    for (const user of [organizer, attendee]) {
      const events = await findEvents(user, "客服仓储协调会");
      expect(events.length).toBeGreaterThan(5);
      for (const event of events) {
        expect(event.onlineMeeting.joinUrl).toBe(link);
        expect(event.body.content).toContain(`href="${link}"`);
      }
    }
  });

  it("puts the Teams block in the invitation body: meeting ID, passcode and the options link naming the thread", async () => {
    const chat = await createClient(emulator, attendee)<Chat>("GET", `/chats/${encodeURIComponent(shortMeetingChat)}`);
    const [, meetingId = "", passcode = ""] = shortLink.exec(chat.body.onlineMeetingInfo.joinWebUrl) ?? [];
    const [event] = await findEvents(attendee, "客服仓储协调会");
    const body = event?.body.content ?? "";
    expect(body).toContain(meetingId.replace(/(\d{3})(?=\d)/g, "$1 "));
    expect(body).toContain(passcode);
    // The thread as the options link writes it: `19_meeting_…`, `&` escaped in the attribute.
    expect(body).toMatch(
      /href="https:\/\/teams\.microsoft\.com\/meetingOptions\/\?organizerId=[0-9a-f-]+&amp;tenantId=[0-9a-f-]+&amp;threadId=19_meeting_M2YxYzJhOWUtN2I0ZC00ZThhLTljMjEtNWQ2ZjdhOGI5YzBk@thread\.v2&amp;messageId=0&amp;language=zh-CN"/,
    );
    expect(body).not.toContain("meetup-join");
  });

  it("resolves the short link to the meeting's thread for its organizer, and refuses an attendee", async () => {
    const chat = await createClient(emulator, organizer)<Chat>("GET", `/chats/${encodeURIComponent(shortMeetingChat)}`);
    const link = chat.body.onlineMeetingInfo.joinWebUrl;
    const [, meetingId, passcode] = shortLink.exec(link) ?? [];

    const found = await lookUp(organizer, `JoinWebUrl eq '${link}'`);
    expect(found.status).toBe(200);
    expect(found.body.value).toHaveLength(1);
    const meeting = found.body.value[0];
    expect(meeting?.chatInfo.threadId).toBe(shortMeetingChat);
    expect(meeting?.joinWebUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_/);
    expect(meeting?.joinMeetingIdSettings).toEqual({ isPasscodeRequired: true, joinMeetingId: meetingId, passcode });

    // The long link and the meeting ID name the same meeting.
    const byLongLink = await lookUp(organizer, `JoinWebUrl eq '${meeting?.joinWebUrl ?? ""}'`);
    expect(byLongLink.body.value.map((m) => m.chatInfo.threadId)).toEqual([shortMeetingChat]);
    const byId = await lookUp(organizer, `joinMeetingIdSettings/joinMeetingId eq '${meetingId ?? ""}'`);
    expect(byId.body.value.map((m) => m.chatInfo.threadId)).toEqual([shortMeetingChat]);

    const refused = await lookUp(attendee, `JoinWebUrl eq '${link}'`);
    expect(refused.status).toBe(403);
    expect(await lookUp(organizer, "JoinWebUrl eq 'https://teams.microsoft.com/meet/1?p=x'")).toMatchObject({
      status: 200,
      body: { value: [] },
    });
  });
});

describe("a meeting whose Outlook invitation has the short link and whose chat the long one", () => {
  beforeAll(async () => {
    const scenario = JSON.parse(readFileSync(defaultScenarioPath, "utf8")) as {
      meetings: { subject: string; joinLink?: string }[];
    };
    for (const meeting of scenario.meetings) if (meeting.subject === "周例会") meeting.joinLink = "shortInCalendar";
    expect((await callAdmin(emulator, "POST", "/scenario", scenario)).status).toBe(200);
  });

  it("differs between the chat and the calendar, and the organizer's look-up joins them", async () => {
    const weekly = await createClient(emulator, upn.gm)<Collection<{ id: string; topic: string }>>("GET", "/me/chats");
    const chatId = weekly.body.value.find((c) => c.topic === "周例会")?.id ?? "";
    const chat = await createClient(emulator, upn.gm)<Chat>("GET", `/chats/${encodeURIComponent(chatId)}`);
    expect(chat.body.onlineMeetingInfo.joinWebUrl).toMatch(/\/l\/meetup-join\/19%3ameeting_/);
    const [event] = await findEvents(upn.operations, "周例会");
    expect(event?.onlineMeeting.joinUrl).toMatch(shortLink);
    const found = await lookUp(upn.gm, `JoinWebUrl eq '${event?.onlineMeeting.joinUrl ?? ""}'`);
    expect(found.body.value.map((m) => [m.chatInfo.threadId, m.joinWebUrl])).toEqual([
      [chatId, chat.body.onlineMeetingInfo.joinWebUrl],
    ]);
    expect((await lookUp(upn.operations, `JoinWebUrl eq '${event?.onlineMeeting.joinUrl ?? ""}'`)).status).toBe(403);
  });
});
