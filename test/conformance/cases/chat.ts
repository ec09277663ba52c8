// The meeting chat: the chat itself, its members and messages, and posting a message.
import { expect } from "vitest";
import { postAgendaCard } from "@/features/agenda/api/agenda-store";
import { findPostedCard, listChatMemberIdentities } from "@/features/minutes/publish-minutes/chat-io";
import { chatSchema } from "@/features/personal/api/graph-shapes";
import { getMeetingChat } from "@/features/series/api/resolve-series";
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
      // NOTE: Graph documents members whose email is null; without an address they cannot be
      // matched to the minutes' UPNs, so no @mention reaches them (people keyed by userId: issue 10 §1).
      const identities = await listChatMemberIdentities(createDocumentedGraph(), "chat");
      expect(identities).toEqual([]);
      return "listChatMemberIdentities → [] (all 3 members show email: null)";
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
      expect(await findPostedCard(createDocumentedGraph(), documentedChat, "card-1")).toBeUndefined();
      return "findPostedCard → none (the messages carry no attachments)";
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
      const id = await postAgendaCard(createDocumentedGraph(), documentedChat, card, "议程");
      expect(id).toBe(responseOf(example).id);
      return `postAgendaCard → message ${id}`;
    },
  },
];
