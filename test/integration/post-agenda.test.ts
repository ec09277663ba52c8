// The agenda card is posted once per revision against the Graph emulator, whatever fails on the way:
// the answer to the chat POST lost, the save of the post failing, the panel closed after the POST, a
// POST the browser sent twice — each followed by a retry by the same or another person.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/start-emulator";
import { getAgenda } from "@/features/agenda/api/agenda-store";
import { getAgendaCardMarker, postAgenda } from "@/features/agenda/api/post-agenda";
import type { PostAgendaStep } from "@/features/agenda/api/post-agenda";
import { buildChatMessageWithCard, createCard } from "@/lib/cards";
import { createGraphClient } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import { openWorkspace } from "@/meeting/api/workspace";
import type { Workspace } from "@/meeting/api/workspace";
import type { AgendaRecord } from "@/meeting/model/records/agenda-record";
import { buildFullAgendaRecord } from "@/meeting/testing/build-records";
import { findChatByTopic, getTenant, listRequests, resetEmulator, setFaults } from "../support/emulator-admin";

const host = "wang.jianguo@yunzhan.example";
const noteTaker = "sun.li@yunzhan.example";
const groupId = "5b9fcea3-2a7b-42a4-bf6e-1927c23bacca";
let emulator: Awaited<ReturnType<typeof startEmulator>>;
let workspace: Workspace;
let chatId: string;
let occurrence = 0;
let occurrenceKey: string;

const connect = (upn: string): GraphClient =>
  createGraphClient({
    baseUrl: emulator.graphBaseUrl,
    auth: { getToken: () => Promise.resolve(`emu:${upn}`) },
    sleep: () => Promise.resolve(),
  });

const renderCard = (revision: number) => createCard([{ type: "TextBlock", text: `议程 第 ${String(revision)} 版` }]);

function firstRevision(): AgendaRecord {
  return buildFullAgendaRecord({ occurrenceKey, revision: 1, posts: [], updatedAt: new Date().toISOString() });
}

function post(upn: string, value: AgendaRecord, onStep?: (step: PostAgendaStep) => void) {
  return postAgenda(connect(upn), {
    workspace,
    seriesId: chatId,
    value,
    basedOn: undefined,
    renderCard,
    summary: "周例会",
    poster: upn,
    ...(onStep ? { onStep } : {}),
  });
}

/** The chat's visible messages carrying this revision's card. */
async function listCards(revision: number) {
  const marker = await getAgendaCardMarker(chatId, occurrenceKey, revision);
  const state = emulator.emulator.getState();
  return (state.chats[chatId]?.messages ?? []).filter(
    (m) => m.deletedDateTime === undefined && m.attachments.some((a) => a.id === marker),
  );
}

async function countCardPosts(): Promise<number> {
  return (await listRequests(emulator.url)).filter(
    (r) => r.method === "POST" && /\/chats\/[^/]+\/messages$/.test(r.url),
  ).length;
}

const closeBefore = (stop: PostAgendaStep) => (step: PostAgendaStep) => {
  if (step === stop) throw new DOMException("The panel was closed", "AbortError");
};

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  workspace = await openWorkspace(connect(host), { groupId });
  chatId = findChatByTopic(await getTenant(emulator.url), "周例会").id;
});

beforeEach(async () => {
  await resetEmulator(emulator.url);
  occurrence += 1;
  occurrenceKey = `2026-12-${String(occurrence).padStart(2, "0")}T05:30:00.000Z`;
});

afterAll(async () => {
  await emulator.close();
});

describe("postAgenda", () => {
  it("posts the revision's card and records it; posting the same revision again sends nothing", async () => {
    const first = await post(host, firstRevision());
    expect(first.post).toMatchObject({ revision: 1, postedBy: host });
    expect(first.record.value.posts).toHaveLength(1);
    const again = await post(noteTaker, first.record.value);
    expect(again.post.messageId).toBe(first.post.messageId);
    expect(await countCardPosts()).toBe(1);
    expect(await listCards(1)).toHaveLength(1);
  });

  it("finds the card whose answer was lost, when another person retries", async () => {
    await setFaults(emulator.url, { rules: [{ method: "POST", path: "/chats/*/messages", drop: "after", count: 1 }] });
    await expect(post(host, firstRevision())).rejects.toThrow();
    await setFaults(emulator.url, { rules: [] });
    const retried = await post(noteTaker, firstRevision());
    const cards = await listCards(1);
    expect(cards.map((c) => c.id)).toEqual([retried.post.messageId]);
    expect(await countCardPosts()).toBe(1);
    expect((await getAgenda(connect(host), workspace, chatId, occurrenceKey))?.value.posts).toHaveLength(1);
  });

  it("finds the card when the panel closed before the post was recorded, or recording it failed", async () => {
    await expect(post(host, firstRevision(), closeBefore("record"))).rejects.toThrow(/closed/);
    await setFaults(emulator.url, {
      rules: [{ method: "PATCH", path: "/sites/*/lists/*/items/*/fields", status: 503, count: 10 }],
    });
    await expect(post(host, firstRevision())).rejects.toThrow();
    await setFaults(emulator.url, { rules: [] });
    const retried = await post(noteTaker, firstRevision());
    expect(await countCardPosts()).toBe(1);
    expect((await listCards(1)).map((c) => c.id)).toEqual([retried.post.messageId]);
  });

  it("finds the card past the first page of 50 messages", async () => {
    await expect(post(host, firstRevision(), closeBefore("record"))).rejects.toThrow(/closed/);
    const chatter = connect(noteTaker);
    for (let i = 0; i < 60; i++) {
      await chatter.post(
        `/chats/${encodeURIComponent(chatId)}/messages`,
        { body: { contentType: "text", content: `消息 ${String(i)}` } },
        { operation: "postChatMessage" },
      );
    }
    const retried = await post(host, firstRevision());
    expect(await countCardPosts()).toBe(61);
    expect((await listCards(1)).map((c) => c.id)).toEqual([retried.post.messageId]);
  });

  it("keeps one card when the browser sent the POST twice, removing the poster's later copy", async () => {
    await setFaults(emulator.url, { rules: [{ method: "POST", path: "/chats/*/messages", drop: "resend", count: 1 }] });
    const posted = await post(host, firstRevision());
    expect(posted.removedCopies).toBe(1);
    const all = emulator.emulator.getState().chats[chatId]?.messages ?? [];
    const marker = await getAgendaCardMarker(chatId, occurrenceKey, 1);
    const copies = all.filter((m) => m.body.content.includes(marker));
    expect(copies).toHaveLength(2);
    expect((await listCards(1)).map((c) => c.id)).toEqual([posted.post.messageId]);
    expect(posted.post.messageId).toBe(copies[0]?.id);
    expect(copies[1]?.deletedDateTime).toBeDefined();
  });

  it("reports a later copy only its sender can delete, when someone else records the post", async () => {
    await expect(post(host, firstRevision(), closeBefore("record"))).rejects.toThrow(/closed/);
    // The host's browser had sent the POST twice: a second copy of the same card, by the host.
    const marker = await getAgendaCardMarker(chatId, occurrenceKey, 1);
    await connect(host).post(
      `/chats/${encodeURIComponent(chatId)}/messages`,
      buildChatMessageWithCard(renderCard(1), { attachmentId: marker }),
      { operation: "postChatMessage" },
    );
    const recorded = await post(noteTaker, firstRevision());
    const [kept, later] = await listCards(1);
    expect(recorded.post.messageId).toBe(kept?.id);
    expect(recorded.post.leftCopies).toEqual([{ messageId: later?.id, senderName: "王建国" }]);
    // Recorded: the host's next post of this revision is the recorded one, reported copy and all.
    expect((await post(host, recorded.record.value)).post.leftCopies).toHaveLength(1);
  });

  it("refuses to post over another host's newer edit", async () => {
    const first = await post(host, firstRevision());
    const edit = (minutes: number): AgendaRecord => ({
      ...first.record.value,
      revision: 2,
      items: first.record.value.items.map((item) => ({ ...item, minutes })),
    });
    const send = (upn: string, value: AgendaRecord) =>
      postAgenda(connect(upn), {
        workspace,
        seriesId: chatId,
        value,
        basedOn: first.record,
        renderCard,
        summary: "周例会",
        poster: upn,
      });
    await send(noteTaker, edit(20));
    await expect(send(host, edit(30))).rejects.toMatchObject({ name: "RecordConflictError" });
    expect((await getAgenda(connect(host), workspace, chatId, occurrenceKey))?.value.items[0]?.minutes).toBe(20);
  });
});
