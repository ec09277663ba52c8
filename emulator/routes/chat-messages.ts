// Messages of a meeting chat. Listing follows "List messages in a chat"
// (https://learn.microsoft.com/graph/api/chat-list-messages): newest first (lastModifiedDateTime
// desc by default, or createdDateTime desc), `$top` at most 50, ascending order refused, and
// server-driven paging through @odata.nextLink. Posting is checked the way Graph checks it: every
// attachment must be referenced by an <attachment id="…"></attachment> tag in the body, and the
// message must stay under 28 KB; attachments are then stored exactly as sent. Deleting follows
// "chatMessage: softDelete" (https://learn.microsoft.com/graph/api/chatmessage-softdelete): only
// `POST /users/{id}/chats/{id}/messages/{id}/softDelete` (or `/me/…`), 204, and only by the message's
// sender — Teams lets people delete the messages they sent, not others' ("Delete sent messages" in
// https://learn.microsoft.com/microsoftteams/messaging-policies-in-teams). A deleted message stays in
// the list with `deletedDateTime` set and no content, as Graph returns deleted chat messages.
import { GraphError, badRequest, notFound } from "../http/graph-error.ts";
import { respondCollection, respondEntity, respondNoContent } from "../http/responses.ts";
import { requireUser, requireUserRecord } from "../state/lookups.ts";
import { forbiddenChat, requireChat } from "./chat-access.ts";
import type { GraphResponse, Route, RouteContext } from "../http/types.ts";
import type { ChatMessageAttachmentState, ChatMessageState, ChatState, TenantState } from "../state/tenant-state.ts";

const maxMessageBytes = 28 * 1024;
const maxTop = 50;
/** Page size when the client sends no $top; Graph does not document one, 20 matches what Teams returns. */
const defaultPageSize = 20;

function renderMessage(state: TenantState, chat: ChatState, message: ChatMessageState): Record<string, unknown> {
  const user = requireUserRecord(state, message.fromUserId);
  const deleted = message.deletedDateTime !== undefined;
  return {
    id: message.id,
    replyToId: null,
    etag: message.id,
    messageType: "message",
    createdDateTime: message.createdDateTime,
    lastModifiedDateTime: message.lastModifiedDateTime,
    lastEditedDateTime: null,
    deletedDateTime: message.deletedDateTime ?? null,
    subject: message.subject,
    summary: null,
    chatId: chat.id,
    importance: message.importance,
    locale: "en-us",
    webUrl: null,
    channelIdentity: null,
    policyViolation: null,
    eventDetail: null,
    from: {
      application: null,
      device: null,
      user: {
        "@odata.type": "#microsoft.graph.teamworkUserIdentity",
        id: user.id,
        displayName: user.displayName,
        userIdentityType: "aadUser",
        tenantId: state.tenant.id,
      },
    },
    body: deleted ? { contentType: message.body.contentType, content: "" } : message.body,
    attachments: deleted ? [] : message.attachments,
    mentions: [],
    reactions: [],
    messageHistory: [],
  };
}

const readString = (value: unknown): string | null => (typeof value === "string" ? value : null);

function readAttachments(body: Record<string, unknown>, content: string): ChatMessageAttachmentState[] {
  const raw = body.attachments;
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw badRequest("attachments must be an array.");
  return raw.map((item: unknown, i) => {
    const a = (typeof item === "object" && item !== null ? item : {}) as Record<string, unknown>;
    const id = typeof a.id === "string" ? a.id : undefined;
    if (id === undefined) throw badRequest(`attachments[${i}].id is required.`);
    // https://learn.microsoft.com/graph/api/chatmessage-post#example-3-send-a-message-with-an-adaptive-card
    if (!content.includes(`<attachment id="${id}"></attachment>`)) {
      throw badRequest(
        `Attachment '${id}' is not referenced in the message body: add <attachment id="${id}"></attachment> to body.content.`,
      );
    }
    const contentType = readString(a.contentType) ?? "";
    const cardContent = readString(a.content);
    if (contentType === "application/vnd.microsoft.card.adaptive") {
      if (cardContent === null)
        throw badRequest(`attachments[${i}].content must be the Adaptive Card as a JSON string.`);
      try {
        JSON.parse(cardContent);
      } catch (error) {
        throw badRequest(
          `attachments[${i}].content is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    // The card JSON stays the string the client sent (no re-serialisation), so what a reader gets
    // back is byte-for-byte what was posted, as in Teams.
    return {
      id,
      contentType,
      content: cardContent,
      contentUrl: readString(a.contentUrl),
      name: readString(a.name),
      thumbnailUrl: readString(a.thumbnailUrl),
      teamsAppId: readString(a.teamsAppId),
    };
  });
}

/** Message ids are epoch milliseconds, as in Teams; they must stay unique within the chat even on a frozen test clock. */
function allocateMessageTime(ctx: RouteContext, chat: ChatState): number {
  const newestId = chat.messages.reduce((max, m) => Math.max(max, Number(m.id) || 0), 0);
  return Math.max(ctx.now().getTime(), newestId + 1);
}

function postMessage(ctx: RouteContext): GraphResponse {
  const chat = requireChat(ctx);
  const body = ctx.request.body as Record<string, unknown> | undefined;
  const itemBody = body?.body as { content?: unknown; contentType?: unknown } | undefined;
  if (!body || typeof itemBody?.content !== "string") throw badRequest("body.content is required.");
  if (Buffer.byteLength(JSON.stringify(body)) > maxMessageBytes) {
    throw new GraphError(413, "RequestEntityTooLarge", `The message is larger than ${maxMessageBytes} bytes.`);
  }
  const contentType = itemBody.contentType === "html" ? "html" : "text";
  const attachments = readAttachments(body, itemBody.content);
  const nowMs = allocateMessageTime(ctx, chat);
  const iso = new Date(nowMs).toISOString();
  const message: ChatMessageState = {
    id: String(nowMs),
    createdDateTime: iso,
    lastModifiedDateTime: iso,
    fromUserId: ctx.user.id,
    body: { contentType, content: itemBody.content },
    attachments,
    importance: typeof body.importance === "string" ? body.importance : "normal",
    subject: typeof body.subject === "string" ? body.subject : null,
  };
  chat.messages.push(message);
  chat.lastUpdatedDateTime = iso;
  return respondEntity(ctx, renderMessage(ctx.state, chat, message), 201);
}

type MessageOrder = "lastModifiedDateTime" | "createdDateTime";

function readMessageOrder(ctx: RouteContext): MessageOrder {
  const orderBy = ctx.request.query.get("$orderby");
  if (orderBy === null) return "lastModifiedDateTime";
  const [property = "", direction = "asc"] = orderBy.trim().split(/\s+/);
  if ((property !== "lastModifiedDateTime" && property !== "createdDateTime") || direction.toLowerCase() !== "desc") {
    throw badRequest(
      `$orderby '${orderBy}' is not supported: use 'lastModifiedDateTime desc' or 'createdDateTime desc'.`,
    );
  }
  return property;
}

function listMessages(ctx: RouteContext): GraphResponse {
  const chat = requireChat(ctx);
  const top = ctx.request.query.get("$top");
  if (top !== null && Number(top) > maxTop)
    throw badRequest(`The $top value ${top} exceeds the maximum of ${maxTop} for chat messages.`);
  const order = readMessageOrder(ctx);
  // Ties (same millisecond) fall back to the id, which grows with each post.
  const newestFirst = [...chat.messages].sort(
    (a, b) => Date.parse(b[order]) - Date.parse(a[order]) || Number(b.id) - Number(a.id),
  );
  return respondCollection(
    ctx,
    newestFirst.map((m) => renderMessage(ctx.state, chat, m)),
    { pageSize: defaultPageSize },
  );
}

/** keys: the user in the path, the chat, the message. */
function softDeleteMessage(ctx: RouteContext): GraphResponse {
  const pathUser = requireUser(ctx.state, ctx.keys[0] ?? "");
  if (pathUser.id !== ctx.user.id) throw forbiddenChat();
  const chat = ctx.state.chats[ctx.keys[1] ?? ""];
  if (!chat) throw notFound(`Chat '${ctx.keys[1] ?? ""}' was not found.`, "NotFound");
  if (!chat.memberIds.includes(ctx.user.id)) throw forbiddenChat();
  const message = chat.messages.find((m) => m.id === ctx.keys[2]);
  if (!message) throw notFound(`Message '${ctx.keys[2] ?? ""}' was not found.`, "NotFound");
  if (message.fromUserId !== ctx.user.id)
    throw new GraphError(403, "Forbidden", "Only the sender of a chat message can delete it.");
  // Deleting a deleted message changes nothing; Graph does not document this case.
  message.deletedDateTime ??= ctx.now().toISOString();
  return respondNoContent();
}

export const chatMessageRoutes: readonly Route[] = [
  { method: "POST", template: "users/{}/chats/{}/messages/{}/softDelete", handle: softDeleteMessage },
  { method: "GET", template: "chats/{}/messages", handle: listMessages },
  { method: "POST", template: "chats/{}/messages", handle: postMessage },
  {
    method: "GET",
    template: "chats/{}/messages/{}",
    handle: (ctx) => {
      const chat = requireChat(ctx);
      const message = chat.messages.find((m) => m.id === ctx.keys[1]);
      if (!message) throw notFound(`Message '${ctx.keys[1] ?? ""}' was not found.`, "NotFound");
      return respondEntity(ctx, renderMessage(ctx.state, chat, message));
    },
  },
];
