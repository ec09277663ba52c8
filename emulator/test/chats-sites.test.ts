import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callAdmin, createClient, startTestEmulator, upn } from "./support.ts";
import type { StartedEmulator } from "../start-emulator.ts";

type Collection = { value: Record<string, unknown>[] };

let emulator: StartedEmulator;
let chatId: string;
let groupId: string;
beforeAll(async () => {
  emulator = await startTestEmulator();
  const state = emulator.emulator.getState();
  chatId = state.meetings.find((m) => m.subject === "周例会")?.chatId ?? "";
  groupId = state.groups[0]?.id ?? "";
});
afterAll(async () => {
  await emulator.close();
});

const chatPath = (): string => `/chats/${encodeURIComponent(chatId)}`;

describe("authentication and errors", () => {
  it("answers 401 without a known emu token and 404 outside /graph", async () => {
    const response = await fetch(`${emulator.graphBaseUrl}/me`);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("InvalidAuthenticationToken");
    const byId = await createClient(emulator, emulator.emulator.getState().users[0]?.id ?? "")("GET", "/me");
    expect(byId.status).toBe(200);
    expect((await fetch(`${emulator.url}/other`)).status).toBe(404);
  });
});

describe("meeting chat", () => {
  it("exposes the join URL but no calendarEventId, and refuses non-members", async () => {
    const chat = await createClient(emulator, upn.admin)<{
      chatType: string;
      onlineMeetingInfo: { joinWebUrl: string; calendarEventId: null };
    }>("GET", chatPath());
    expect(chat.body.chatType).toBe("meeting");
    expect(chat.body.onlineMeetingInfo.calendarEventId).toBeNull();
    expect(chat.body.onlineMeetingInfo.joinWebUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    expect((await createClient(emulator, upn.outsider)("GET", chatPath())).status).toBe(403);
    const members = await createClient(emulator, upn.admin)<Collection>("GET", `${chatPath()}/members`);
    expect(members.body.value).toHaveLength(7);
  });

  it("stores an Adaptive Card message only when the body references the attachment", async () => {
    const call = createClient(emulator, upn.admin);
    const card = JSON.stringify({ type: "AdaptiveCard", version: "1.5", body: [{ type: "TextBlock", text: "议程" }] });
    const attachment = { id: "agenda-1", contentType: "application/vnd.microsoft.card.adaptive", content: card };
    const missingTag = await call("POST", `${chatPath()}/messages`, {
      body: { contentType: "html", content: "议程" },
      attachments: [attachment],
    });
    expect(missingTag.status).toBe(400);
    const posted = await call<{ id: string }>("POST", `${chatPath()}/messages`, {
      body: { contentType: "html", content: '<attachment id="agenda-1"></attachment>' },
      attachments: [attachment],
    });
    expect(posted.status).toBe(201);
    const read = await call<{ attachments: { content: string }[] }>("GET", `${chatPath()}/messages/${posted.body.id}`);
    expect(read.body.attachments[0]?.content).toBe(card);
  });
});

describe("group site", () => {
  it("creates a list, adds items and filters them, with If-Match concurrency", async () => {
    const call = createClient(emulator, upn.admin);
    const site = await call<{ id: string }>("GET", `/groups/${groupId}/sites/root`);
    expect((await createClient(emulator, upn.outsider)("GET", `/groups/${groupId}/sites/root`)).status).toBe(403);
    const list = await call<{ id: string }>("POST", `/sites/${site.body.id}/lists`, {
      displayName: "Meetloop Minutes",
      columns: [
        { name: "SeriesId", text: {}, indexed: true },
        { name: "Status", text: {} },
      ],
      list: { template: "genericList" },
    });
    expect(list.status).toBe(201);
    const items = `/sites/${site.body.id}/lists/${list.body.id}/items`;
    expect((await call("POST", items, { fields: { Title: "x", Unknown: 1 } })).status).toBe(400);
    const created = await call<{ id: string; eTag: string }>("POST", items, {
      fields: { Title: "周例会 12-07", SeriesId: "s1", Status: "draft" },
    });
    expect(created.status).toBe(201);
    const filtered = await call<Collection>(
      "GET",
      `${items}?$expand=fields&$filter=${encodeURIComponent("fields/SeriesId eq 's1'")}`,
    );
    expect(filtered.body.value).toHaveLength(1);
    expect((await call("GET", `${items}?$filter=${encodeURIComponent("fields/Status eq 'draft'")}`)).status).toBe(400);
    const fieldsPath = `${items}/${created.body.id}/fields`;
    expect((await call("PATCH", fieldsPath, { Status: "published" }, { "if-match": created.body.eTag })).status).toBe(
      200,
    );
    expect((await call("PATCH", fieldsPath, { Status: "confirmed" }, { "if-match": created.body.eTag })).status).toBe(
      412,
    );
  });

  it("uploads and downloads a file by path", async () => {
    const call = createClient(emulator, upn.admin);
    const upload = await fetch(`${emulator.graphBaseUrl}/groups/${groupId}/drive/root:/Meetloop/agenda.txt:/content`, {
      method: "PUT",
      headers: { authorization: `Bearer emu:${upn.admin}`, "content-type": "text/plain" },
      body: "议程",
    });
    expect(upload.status).toBe(201);
    const item = (await upload.json()) as { webUrl: string; parentReference: { driveId: string } };
    expect(item.webUrl).toContain("/Meetloop/agenda.txt");
    const download = await fetch(
      `${emulator.graphBaseUrl}/drives/${item.parentReference.driveId}/root:/Meetloop/agenda.txt:/content`,
      { headers: { authorization: `Bearer emu:${upn.admin}` } },
    );
    expect(await download.text()).toBe("议程");
    expect((await call("GET", `/drives/${item.parentReference.driveId}/root:/Meetloop/missing.txt`)).status).toBe(404);
  });
});

describe("admin", () => {
  it("replaces the scenario, and names the JSON path of an invalid one", async () => {
    const state = emulator.emulator.getState();
    const invalid = await callAdmin(emulator, "POST", "/scenario", { tenant: state.tenant, users: [], meetings: [] });
    expect(invalid.status).toBe(400);
    expect((invalid.body.error as { message: string }).message).toContain("users");
    const { readFileSync } = await import("node:fs");
    const english = JSON.parse(
      readFileSync(new URL("../scenarios/trading.en.json", import.meta.url), "utf8"),
    ) as unknown;
    expect((await callAdmin(emulator, "POST", "/scenario", english)).status).toBe(200);
    expect((await createClient(emulator, "emma.clarke@harbortrading.example")("GET", "/me")).status).toBe(200);
    expect((await createClient(emulator, upn.gm)("GET", "/me")).status).toBe(401);
  });
});
