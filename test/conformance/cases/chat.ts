// The meeting chat: the chat itself, its members and messages, and posting a message.
import { expect } from "vitest";
import { listChatMemberIdentities } from "@/features/minutes/publish-minutes/chat-io";
import { listPostedCards, postCardOnce } from "@/meeting/api/chat-cards";
import { chatSchema } from "@/features/personal/api/graph-shapes";
import { getMeetingChat } from "@/features/series/api/resolve-series";
import { buildChatMessageWithCard } from "@/lib/cards/chat-message";
import { ADAPTIVE_CARD_SCHEMA_URL } from "@/lib/cards/types";
import type { AdaptiveCard } from "@/lib/cards/types";
import { createDocumentedGraph } from "../support/documented-graph";
import { adaptRequest, responseOf } from "./types";
import type { ConformanceCase } from "./types";

const documentedChat = "19:2da4c29f6d7041eca70b638b43d45437@thread.v2";
const countUnasked =
  "Graph counts this listing unasked; the emulator counts only on $count=true, and the app reads no count";

export const chatCases: ConformanceCase[] = [
  {
    operation: "getChat",
    request: (session, example) =>
      adaptRequest(example, {
        "19:b8577894a63548969c5c92bb9c80c5e1@thread.v2": encodeURIComponent(session.ids.chatId),
      }),
    map: async (example) => {
      await expect(
        getMeetingChat(createDocumentedGraph(), "19:b8577894a63548969c5c92bb9c80c5e1@thread.v2"),
      ).rejects.toMatchObject({ kind: "notAMeeting" });
      expect(chatSchema.parse(responseOf(example)).onlineMeetingInfo).toBeUndefined();
      return "getMeetingChat → notAMeeting (a group chat has no onlineMeetingInfo)";
    },
  },
  {
    operation: "listChatMembers",
    request: (session, example) =>
      adaptRequest(example, {
        "19:8b081ef6-4792-4def-b2c9-c363a1bf41d5_5031bb31-22c0-4f6f-9f73-91d34ab2b32d@unq.gbl.spaces":
          encodeURIComponent(session.ids.chatId),
      }),
    deviations: { "@odata.count": countUnasked },
    map: async () => {
      // Graph documents members whose email is null: the minutes mention absentees by the object id
      // they keep (docs/architecture.md §4), so every member with a userId counts.
      const identities = await listChatMemberIdentities(createDocumentedGraph(), "chat");
      expect(identities).toHaveLength(3);
      expect(identities.every((m) => m.userId !== "" && m.email === "")).toBe(true);
      return "listChatMemberIdentities → 3 members by userId (all show email: null)";
    },
  },
  {
    operation: "listChatMessages",
    request: async (session, example) => {
      // The example pages through three messages two at a time: the chat gets enough of them.
      for (const text of ["第一条", "第二条"])
        await session.call({
          method: "POST",
          path: `/chats/${encodeURIComponent(session.ids.chatId)}/messages`,
          body: { body: { content: text } },
        });
      return adaptRequest(example, { [documentedChat]: encodeURIComponent(session.ids.chatId) });
    },
    deviations: { "@odata.count": countUnasked },
    map: async () => {
      const since = new Date("2000-01-01T00:00:00Z");
      expect(await listPostedCards(createDocumentedGraph(), documentedChat, "card-1", { since })).toEqual([]);
      return "listPostedCards → none (the messages carry no attachments)";
    },
  },
  {
    operation: "postChatMessage",
    request: (session, example) => adaptRequest(example, { [documentedChat]: encodeURIComponent(session.ids.chatId) }),
    deviations: {
      "from/conversation":
        "not declared on chatMessageFromIdentitySet in Graph's v1.0 metadata (application, device, user); the emulator sends declared properties only",
    },
    map: async (example) => {
      const card: AdaptiveCard = { $schema: ADAPTIVE_CARD_SCHEMA_URL, type: "AdaptiveCard", version: "1.5", body: [] };
      const outcome = await postCardOnce(createDocumentedGraph(), {
        seriesId: documentedChat,
        marker: "conformance",
        since: new Date("2000-01-01T00:00:00Z"),
        buildMessage: () => buildChatMessageWithCard(card, { summary: "议程", attachmentId: "conformance" }),
      });
      expect(outcome.messageId).toBe(responseOf(example).id);
      return `postCardOnce → message ${outcome.messageId}`;
    },
  },
  {
    operation: "softDeleteChatMessage",
    request: async (session, example) => {
      const posted = await session.call({
        method: "POST",
        path: `/chats/${encodeURIComponent(session.ids.chatId)}/messages`,
        body: { body: { content: "重复的卡片" } },
      });
      return adaptRequest(example, {
        "8f98f01d-1a73-401a-b9e9-9fd1e6f5e5ar": session.ids.me.id,
        "19:22273db3497f4b32bue61f6e82be21c5@thread.tacv2": encodeURIComponent(session.ids.chatId),
        "1649864053377": String((posted.body as Record<string, unknown>).id),
      });
    },
    map: () => "no mapper: 204 No Content (a card copy its sender removes)",
  },
];
