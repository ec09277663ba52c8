import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callAdmin, createClient, fixedNow, startTestEmulator, upn } from "./support.ts";
import type { StartedEmulator } from "../start-emulator.ts";
import type { TenantState } from "../state/tenant-state.ts";

type Message = {
  id: string;
  body: { content: string };
  attachments: { id: string; contentType: string; content: string | null; name: string | null }[];
};
type Page = { value: Message[]; "@odata.nextLink"?: string };

let emulator: StartedEmulator;
let chatId: string;
let member: string;
beforeAll(async () => {
  emulator = await startTestEmulator();
  // 周一早会's chat starts empty, so the test owns every message in it.
  const meeting = emulator.emulator.getState().meetings.find((m) => m.subject === "周一早会");
  chatId = meeting?.chatId ?? "";
  member = meeting?.organizerId ?? "";
});
afterAll(async () => {
  await emulator.close();
});

const messagesPath = (): string => `/chats/${encodeURIComponent(chatId)}/messages`;

describe("chat messages", () => {
  it("lists newest first, pages with $top and @odata.nextLink, and caps $top at 50", async () => {
    const call = createClient(emulator, member);
    for (let i = 1; i <= 5; i++) {
      expect((await call("POST", messagesPath(), { body: { contentType: "text", content: `m${i}` } })).status).toBe(
        201,
      );
    }
    const first = await call<Page>("GET", `${messagesPath()}?$top=2`);
    expect(first.body.value.map((m) => m.body.content)).toEqual(["m5", "m4"]);
    const next = first.body["@odata.nextLink"] ?? "";
    expect(next).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graph\/v1\.0\/chats\/.+\/messages\?.*(\$|%24)skiptoken=/);
    const second = await call<Page>("GET", next);
    expect(second.body.value.map((m) => m.body.content)).toEqual(["m3", "m2"]);
    const third = await call<Page>("GET", second.body["@odata.nextLink"] ?? "");
    expect(third.body.value.map((m) => m.body.content)).toEqual(["m1"]);
    expect(third.body["@odata.nextLink"]).toBeUndefined();
    expect((await call("GET", `${messagesPath()}?$top=51`)).status).toBe(400);
    expect((await call("GET", `${messagesPath()}?$orderby=createdDateTime asc`)).status).toBe(400);
    const byCreated = await call<Page>("GET", `${messagesPath()}?$orderby=createdDateTime desc&$top=1`);
    expect(byCreated.body.value[0]?.body.content).toBe("m5");
  });

  it("keeps attachments exactly as posted, in reads and in the admin state", async () => {
    const call = createClient(emulator, member);
    // Odd spacing and escapes: a re-serialised card would not compare equal.
    const card =
      '{ "type":"AdaptiveCard",  "version":"1.5", "body":[{"type":"TextBlock","text":"议程 \\u2014 \\"周一\\""}] }';
    const attachments = [
      { id: "card-1", contentType: "application/vnd.microsoft.card.adaptive", content: card, name: null },
      {
        id: "link-1",
        contentType: "reference",
        contentUrl: "https://yunzhan.sharepoint.com/agenda.docx",
        name: "agenda.docx",
      },
    ];
    const content = '<attachment id="card-1"></attachment><attachment id="link-1"></attachment>';
    const posted = await call<Message>("POST", messagesPath(), { body: { contentType: "html", content }, attachments });
    expect(posted.status).toBe(201);
    const listed = await call<Page>("GET", `${messagesPath()}?$top=1`);
    expect(listed.body.value[0]?.attachments[0]?.content).toBe(card);
    expect(listed.body.value[0]?.attachments[1]).toMatchObject({
      contentUrl: attachments[1]?.contentUrl,
      name: "agenda.docx",
    });
    const state = (await callAdmin(emulator, "GET", "/state")).body as unknown as TenantState;
    const stored = state.chats[chatId]?.messages.find((m) => m.id === posted.body.id);
    expect(stored?.attachments[0]?.content).toBe(card);
    expect(stored?.body.content).toBe(content);
  });

  it("soft-deletes a message for its sender only, keeping it listed with deletedDateTime and no content", async () => {
    const sender = createClient(emulator, member);
    const other = createClient(emulator, upn.operations);
    const content = '<p>议程</p><attachment id="card-9"></attachment>';
    const attachments = [
      { id: "card-9", contentType: "application/vnd.microsoft.card.adaptive", content: '{"type":"AdaptiveCard"}' },
    ];
    const posted = await sender<Message>("POST", messagesPath(), {
      body: { contentType: "html", content },
      attachments,
    });
    const senderId = (await sender<{ id: string }>("GET", "/me")).body.id;
    const otherId = (await other<{ id: string }>("GET", "/me")).body.id;
    const path = (userId: string) =>
      `/users/${userId}/chats/${encodeURIComponent(chatId)}/messages/${posted.body.id}/softDelete`;

    expect((await other("POST", path(otherId))).status).toBe(403);
    expect((await other("POST", path(senderId))).status).toBe(403);
    expect((await sender("POST", path(senderId).replace("/softDelete", "0/softDelete"))).status).toBe(404);
    expect((await sender("POST", path(senderId))).status).toBe(204);
    expect(
      (await sender("POST", `/me/chats/${encodeURIComponent(chatId)}/messages/${posted.body.id}/softDelete`)).status,
    ).toBe(204);

    const listed = await sender<{ value: (Message & { deletedDateTime: string | null })[] }>(
      "GET",
      `${messagesPath()}?$orderby=createdDateTime desc&$top=1`,
    );
    expect(listed.body.value[0]).toMatchObject({ id: posted.body.id, attachments: [], body: { content: "" } });
    expect(listed.body.value[0]?.deletedDateTime).toBe(fixedNow.toISOString());
  });
});
