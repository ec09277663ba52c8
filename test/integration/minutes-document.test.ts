// Publishing the minutes against the Graph emulator: the .docx goes to the workspace group's
// library by an encoded CJK path and comes back byte for byte; re-uploading replaces it; the
// minutes message with the card and @mentions of the absent is accepted by the emulator's strict
// check (201) in the 周例会 chat.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/start-emulator";
import {
  buildAbsenteeMentions,
  buildMinutesCard,
  buildMinutesFileName,
  buildMinutesMessage,
  getMinutesMessageSizeBytes,
  loadMinutesDocx,
  uploadMinutesDocument,
} from "@/features/minutes/documents";
import {
  buildActionItem,
  buildMinutes,
  fixtureDisplayNames,
  fixtureUsers,
} from "@/features/minutes/documents/testing/minutes-fixture";
import { readDocx } from "@/features/minutes/documents/testing/read-docx";
import { TEAMS_MESSAGE_LIMIT_BYTES } from "@/lib/cards";
import { createGraphClient } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import { findChatByTopic, getTenant } from "../support/emulator-admin";

const groupId = "5b9fcea3-2a7b-42a4-bf6e-1927c23bacca";
const folder = "例会通/周例会";

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let client: GraphClient;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  client = createGraphClient({
    baseUrl: emulator.graphBaseUrl,
    auth: { getToken: () => Promise.resolve("emu:sun.li@yunzhan.example") },
  });
});

afterAll(async () => {
  await emulator.close();
});

async function download(path: string): Promise<Uint8Array> {
  const { body } = await client.get<Blob>(path, { operation: "uploadFile" });
  return new Uint8Array(await body.arrayBuffer());
}

describe("minutes document in the group drive", () => {
  it("uploads the .docx by an encoded CJK path, reads the same bytes back, and replaces it on re-upload", async () => {
    const { buildMinutesDocx } = await loadMinutesDocx();
    const minutes = buildMinutes();
    const docxInput = {
      language: "zh-CN" as const,
      minutes,
      dateTime: "2026年11月30日（周一）13:30–15:00",
      displayNames: fixtureDisplayNames,
      lateness: { kind: "perMinute" as const, amount: 10 },
    };
    const bytes = await buildMinutesDocx(docxInput);
    const fileName = buildMinutesFileName({
      date: "2026-11-30",
      meetingTitle: minutes.meetingTitle,
      version: 1,
      language: "zh-CN",
    });
    expect(fileName).toBe("2026-11-30 周例会 会议记录.docx");

    const first = await uploadMinutesDocument(client, { groupId, folder, fileName, bytes });
    expect(first.itemId).not.toBe("");
    expect(first.eTag).toMatch(/,1"$/);
    expect(first.webUrl).toBe(
      `https://yunzhan.sharepoint.com/sites/yunzhan-mgmt/Shared%20Documents/${["例会通", "周例会", fileName].map(encodeURIComponent).join("/")}`,
    );

    const contentPath = `/groups/${groupId}/drive/root:/${["例会通", "周例会", fileName].map(encodeURIComponent).join("/")}:/content`;
    const back = await download(contentPath);
    expect(back).toEqual(bytes);
    const { tables } = await readDocx(back);
    expect(tables[0]?.[0]).toEqual(["会议名称", "周例会"]);
    expect(tables[2]?.[1]?.[1]).toBe("行动项 1：整理双十二备货清单");

    const amended = await buildMinutesDocx({
      ...docxInput,
      minutes: { ...minutes, actions: [...minutes.actions, buildActionItem(3, { what: "补充行动项" })] },
    });
    const second = await uploadMinutesDocument(client, { groupId, folder, fileName, bytes: amended });
    expect(second.itemId).toBe(first.itemId);
    expect(second.eTag).toMatch(/,2"$/);
    expect((await readDocx(await download(contentPath))).tables[2]).toHaveLength(4);
  });

  it("keeps an amendment's earlier version by publishing it under its own name", async () => {
    const { buildMinutesDocx } = await loadMinutesDocx();
    const minutes = buildMinutes({ version: 2 });
    const fileName = buildMinutesFileName({
      date: "2026-11-30",
      meetingTitle: "周例会",
      version: 2,
      language: "zh-CN",
    });
    const bytes = await buildMinutesDocx({
      language: "zh-CN",
      minutes,
      dateTime: "2026年11月30日",
      displayNames: fixtureDisplayNames,
    });
    const uploaded = await uploadMinutesDocument(client, { groupId, folder, fileName, bytes });
    expect(uploaded.webUrl.endsWith(encodeURIComponent("2026-11-30 周例会 会议记录（第2版）.docx"))).toBe(true);
    expect(
      (
        await readDocx(
          await download(
            `/groups/${groupId}/drive/root:/${encodeURIComponent("例会通")}/${encodeURIComponent("周例会")}/${encodeURIComponent(fileName)}:/content`,
          ),
        )
      ).paragraphs[0],
    ).toBe("会议记录（第2版，修订稿）");
  });
});

describe("minutes message in the 周例会 chat", () => {
  it("posts the card with @mentions of the absent and on-leave attendees (201)", async () => {
    const tenant = await getTenant(emulator.url);
    const chat = findChatByTopic(tenant, "周例会");
    const members = tenant.users
      .filter((user) => chat.memberIds.includes(user.id))
      .map((user) => ({ email: user.userPrincipalName, userId: user.id }));
    const minutes = buildMinutes({
      attendance: {
        ...buildMinutes().attendance,
        [fixtureUsers.wh.upn]: { status: "absent" },
      },
      actions: Array.from({ length: 60 }, (_, i) =>
        buildActionItem(i + 1, { standard: `验收 <script>${"准".repeat(400)}` }),
      ),
    });
    const { mentions, unmatched } = buildAbsenteeMentions(minutes, members, fixtureDisplayNames);
    expect(unmatched).toEqual([]);
    expect(mentions.map((m) => m.name)).toEqual(["刘洋", "赵磊"]);
    const link = "https://teams.microsoft.com/l/entity/app/tab";
    const card = buildMinutesCard({
      language: "zh-CN",
      minutes,
      timeZone: "China Standard Time",
      displayNames: fixtureDisplayNames,
      links: { fullMinutes: link, confirm: link },
      mentions,
    });
    const message = buildMinutesMessage(card, { summary: "周例会 会议纪要已发布，请查阅并确认。", mentions });
    expect(getMinutesMessageSizeBytes(message)).toBeLessThanOrEqual(TEAMS_MESSAGE_LIMIT_BYTES);

    const posted = await client.post<{ id: string; body: { content: string } }>(
      `/chats/${encodeURIComponent(chat.id)}/messages`,
      message,
      { operation: "postChatMessage" },
    );
    expect(posted.status).toBe(201);
    expect(posted.body.body.content).toContain(`<at id="0">刘洋</at>、<at id="1">赵磊</at>`);
    expect(message.mentions).toEqual([
      {
        id: 0,
        mentionText: "刘洋",
        mentioned: { user: { id: fixtureUsers.after.id, displayName: "刘洋", userIdentityType: "aadUser" } },
      },
      {
        id: 1,
        mentionText: "赵磊",
        mentioned: { user: { id: fixtureUsers.wh.id, displayName: "赵磊", userIdentityType: "aadUser" } },
      },
    ]);
  });

  it("is refused by the emulator when a mention has a property Graph does not know", async () => {
    const chat = findChatByTopic(await getTenant(emulator.url), "周例会");
    const message = buildMinutesMessage(
      buildMinutesCard({
        language: "en-US",
        minutes: buildMinutes(),
        timeZone: "UTC",
        displayNames: {},
        links: {},
      }),
      {
        mentions: [{ upn: fixtureUsers.after.upn, userId: fixtureUsers.after.id, name: "Liu" }],
      },
    );
    const broken = { ...message, mentions: message.mentions.map((m) => ({ ...m, mentionedUser: m.mentioned })) };
    await expect(
      client.post(`/chats/${encodeURIComponent(chat.id)}/messages`, broken, { operation: "postChatMessage" }),
    ).rejects.toMatchObject({ status: 400 });
  });
});
