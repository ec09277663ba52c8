// From an Outlook appointment to our series, over real HTTP against the Graph emulator: the item id
// in Outlook's EWS format (as the fake Office host hands it over) → REST id → event → meeting chat.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/start-emulator";
import { createGraphClient, GraphRequestError } from "@/lib/graph";
import { createInMemoryAppointment } from "@/lib/office/in-memory-appointment";
import { convertRestIdToEwsId } from "@/lib/office/item-ids";
import type { AppointmentMode } from "@/lib/office/appointment-port";
import { resolveAppointment } from "@/features/appointment";
import { findDemoEvent } from "@/app/demo/find-demo-event";
import { readInvitationHtml } from "@/app/demo/fake-office-host";
import type { DemoEventTarget } from "@/app/demo/find-demo-event";
import { findChatByTopic, getTenant, setFaults } from "../support/emulator-admin";
import type { Tenant } from "../support/emulator-admin";

const organizer = "wang.jianguo@yunzhan.example";
const attendee = "li.na@yunzhan.example";
const customerService = "zhang.min@yunzhan.example";

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let tenant: Tenant;

function connectAs(upn: string) {
  return createGraphClient({ baseUrl: emulator.graphBaseUrl, auth: { getToken: () => Promise.resolve(`emu:${upn}`) } });
}

/** The item as Outlook shows it: with its event's own invitation body, unless the test gives one. */
async function openAppointment(
  upn: string,
  target: DemoEventTarget,
  mode: AppointmentMode = "attendeeRead",
  bodyHtml?: string,
) {
  const client = connectAs(upn);
  const restId = await findDemoEvent(client, target, new Date());
  const ewsId = convertRestIdToEwsId(restId);
  const port = createInMemoryAppointment({
    mode,
    findItemId: () => Promise.resolve(ewsId),
    bodyHtml: bodyHtml ?? "",
    ...(bodyHtml === undefined ? { loadBodyHtml: () => readInvitationHtml(client, restId) } : {}),
  });
  return { client, port, ewsId };
}

function findShortLinkAttendee() {
  const chat = findChatByTopic(tenant, "客服仓储协调会");
  const member = tenant.users.find((u) => chat.memberIds.includes(u.id) && u.userPrincipalName !== customerService);
  if (!member) throw new Error("an attendee");
  return { chat, attendeeUpn: member.userPrincipalName, attendeeId: member.id };
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  tenant = await getTenant(emulator.url);
});

afterAll(async () => {
  await emulator.close();
});

describe("resolveAppointment", () => {
  it("finds the weekly series and the occurrence for its organizer in compose", async () => {
    const chat = findChatByTopic(tenant, "周例会");
    const { client, port, ewsId } = await openAppointment(
      organizer,
      { kind: "chat", chatId: chat.id },
      "organizerCompose",
    );
    // The EWS form goes back to the very id Graph gave.
    expect(port.toRestId(ewsId)).toBe(await findDemoEvent(client, { kind: "chat", chatId: chat.id }, new Date()));
    const result = await resolveAppointment(client, port);
    expect(result).toMatchObject({ kind: "resolved", appointment: { seriesId: chat.id, isOrganizer: true } });
    if (result.kind !== "resolved") throw new Error("resolved");
    expect(result.appointment.occurrenceKey).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/);
  });

  it("gives an attendee the same series, keyed by the occurrence's original start", async () => {
    const chat = findChatByTopic(tenant, "周例会");
    const asOrganizer = await openAppointment(organizer, { kind: "chat", chatId: chat.id });
    const asAttendee = await openAppointment(attendee, { kind: "chat", chatId: chat.id });
    const [forOrganizer, forAttendee] = await Promise.all([
      resolveAppointment(asOrganizer.client, asOrganizer.port),
      resolveAppointment(asAttendee.client, asAttendee.port),
    ]);
    expect(forAttendee).toMatchObject({ kind: "resolved", appointment: { seriesId: chat.id, isOrganizer: false } });
    if (forOrganizer.kind !== "resolved" || forAttendee.kind !== "resolved") throw new Error("resolved");
    expect(forAttendee.appointment.occurrenceKey).toBe(forOrganizer.appointment.occurrenceKey);
  });

  it("names no occurrence for the series master item", async () => {
    const chat = findChatByTopic(tenant, "周例会");
    const { client, port } = await openAppointment(attendee, { kind: "chat", chatId: chat.id, occurrence: "master" });
    const result = await resolveAppointment(client, port);
    expect(result).toEqual({ kind: "resolved", appointment: { seriesId: chat.id, isOrganizer: false } });
  });

  it("learns the thread of a short link from the online meeting for its organizer", async () => {
    const chat = findChatByTopic(tenant, "客服仓储协调会");
    // An invitation with no Teams block: the organizer's look-up needs none.
    const { client, port } = await openAppointment(
      customerService,
      { kind: "chat", chatId: chat.id },
      "attendeeRead",
      "<p>请准时参加。</p>",
    );
    await expect(resolveAppointment(client, port)).resolves.toMatchObject({
      kind: "resolved",
      appointment: { seriesId: chat.id, isOrganizer: true },
    });
  });

  it("finds the series and occurrence of a short-link meeting for an attendee, from the invitation's Teams block", async () => {
    const { chat, attendeeUpn } = findShortLinkAttendee();
    const asOrganizer = await openAppointment(customerService, { kind: "chat", chatId: chat.id });
    const asAttendee = await openAppointment(attendeeUpn, { kind: "chat", chatId: chat.id });
    const [forOrganizer, forAttendee] = await Promise.all([
      resolveAppointment(asOrganizer.client, asOrganizer.port),
      resolveAppointment(asAttendee.client, asAttendee.port),
    ]);
    expect(forAttendee).toMatchObject({ kind: "resolved", appointment: { seriesId: chat.id, isOrganizer: false } });
    if (forOrganizer.kind !== "resolved" || forAttendee.kind !== "resolved") throw new Error("resolved");
    expect(forAttendee.appointment.occurrenceKey).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/);
    expect(forAttendee.appointment.occurrenceKey).toBe(forOrganizer.appointment.occurrenceKey);
  });

  it("says noAccess to an attendee of a short-link meeting whose invitation names no thread", async () => {
    const { chat, attendeeUpn } = findShortLinkAttendee();
    const { client, port } = await openAppointment(
      attendeeUpn,
      { kind: "chat", chatId: chat.id },
      "attendeeRead",
      "<p>请准时参加。</p>",
    );
    await expect(resolveAppointment(client, port)).resolves.toEqual({ kind: "problem", problem: "noAccess" });
  });

  it("says noAccess when the invitation names a chat the attendee is not in", async () => {
    const { chat, attendeeUpn, attendeeId } = findShortLinkAttendee();
    const other = tenant.chats.find((c) => !c.memberIds.includes(attendeeId));
    if (!other) throw new Error("a chat the attendee is not in");
    const client = connectAs(attendeeUpn);
    const own = await readInvitationHtml(
      client,
      await findDemoEvent(client, { kind: "chat", chatId: chat.id }, new Date()),
    );
    const forged = own.replace(chat.id.replace(/^19:/, "19_"), other.id.replace(/^19:/, "19_"));
    expect(forged).not.toBe(own);
    const { port } = await openAppointment(attendeeUpn, { kind: "chat", chatId: chat.id }, "attendeeRead", forged);
    await expect(resolveAppointment(client, port)).resolves.toEqual({ kind: "problem", problem: "noAccess" });
  });

  it("says notSaved for a new item that is not saved, and resolves once it is", async () => {
    const chat = findChatByTopic(tenant, "周例会");
    const client = connectAs(organizer);
    const restId = await findDemoEvent(client, { kind: "chat", chatId: chat.id }, new Date());
    const port = createInMemoryAppointment({
      mode: "organizerCompose",
      isNew: true,
      findItemId: () => Promise.resolve(convertRestIdToEwsId(restId)),
      bodyHtml: "",
    });
    await expect(resolveAppointment(client, port)).resolves.toMatchObject({ kind: "problem", problem: "notSaved" });
    port.save();
    await expect(resolveAppointment(client, port)).resolves.toMatchObject({ kind: "resolved" });
  });

  it("says notTeamsMeeting for an appointment with no online meeting", async () => {
    const { client, port } = await openAppointment(customerService, {
      kind: "subject",
      subject: "仓库月度盘点（线下）",
    });
    await expect(resolveAppointment(client, port)).resolves.toEqual({ kind: "problem", problem: "notTeamsMeeting" });
  });

  it("says private for a private appointment, to its organizer and its attendee alike", async () => {
    for (const upn of [organizer, attendee]) {
      const { client, port } = await openAppointment(upn, { kind: "subject", subject: "绩效面谈（私密）" });
      await expect(resolveAppointment(client, port)).resolves.toEqual({ kind: "problem", problem: "private" });
    }
  });

  it("says notFound for an item Graph does not know (not synced yet, or deleted)", async () => {
    const chat = findChatByTopic(tenant, "周例会");
    const { ewsId } = await openAppointment(attendee, { kind: "chat", chatId: chat.id });
    // Another mailbox's item: this user's calendar has no such event.
    const port = createInMemoryAppointment({
      mode: "attendeeRead",
      findItemId: () => Promise.resolve(ewsId),
      bodyHtml: "",
    });
    await expect(resolveAppointment(connectAs(customerService), port)).resolves.toEqual({
      kind: "problem",
      problem: "notFound",
    });
  });

  it("surfaces any other failure instead of swallowing it", async () => {
    const chat = findChatByTopic(tenant, "周例会");
    const { client, port } = await openAppointment(attendee, { kind: "chat", chatId: chat.id });
    await setFaults(emulator.url, { rules: [{ method: "GET", path: "/me/events/*", status: 500 }] });
    try {
      await expect(resolveAppointment(client, port)).rejects.toBeInstanceOf(GraphRequestError);
    } finally {
      await setFaults(emulator.url, { rules: [] });
    }
  });
});
