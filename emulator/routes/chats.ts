// Teams routes: the signed-in user's chats, a meeting chat with its members and messages, and
// online meetings (by id or `$filter=JoinWebUrl eq '…'`). Only chat members can read or post.
// Posted messages are checked the way Graph checks them: every attachment must be referenced by
// an <attachment id="…"></attachment> tag in the body, and the message must stay under 28 KB.
import { GraphError, badRequest, notFound } from "../http/graph-error.ts";
import { respondCollection, respondEntity } from "../http/responses.ts";
import { parseExpand } from "../metadata/check-query.ts";
import { requireUser } from "../state/lookups.ts";
import type { GraphResponse, Route, RouteContext } from "../http/types.ts";
import type { ChatMessageState, ChatState, MeetingState, TenantState } from "../state/tenant-state.ts";

const maxMessageBytes = 28 * 1024;

function forbiddenChat(): GraphError {
  return new GraphError(403, "Forbidden", "Forbidden: the signed-in user is not a member of this chat.");
}

function requireChat(ctx: RouteContext): ChatState {
  const chat = ctx.state.chats[ctx.keys[0] ?? ""];
  if (!chat) throw notFound(`Chat '${ctx.keys[0] ?? ""}' was not found.`, "NotFound");
  if (!chat.memberIds.includes(ctx.user.id)) throw forbiddenChat();
  return chat;
}

function requireMeeting(state: TenantState, chat: ChatState): MeetingState {
  const meeting = state.meetings.find((m) => m.id === chat.meetingId);
  if (!meeting) throw notFound("The chat has no meeting.", "NotFound");
  return meeting;
}

function renderMember(state: TenantState, chat: ChatState, userId: string): Record<string, unknown> {
  const user = requireUser(state, userId);
  const meeting = state.meetings.find((m) => m.id === chat.meetingId);
  return {
    "@odata.type": "#microsoft.graph.aadUserConversationMember",
    id: Buffer.from(`${chat.id}##${user.id}`).toString("base64"),
    roles: meeting?.organizerId === user.id ? ["owner"] : [],
    displayName: user.displayName,
    visibleHistoryStartDateTime: "0001-01-01T00:00:00Z",
    userId: user.id,
    email: user.mail ?? user.userPrincipalName,
    tenantId: state.tenant.id,
  };
}

function renderChat(ctx: RouteContext, chat: ChatState): Record<string, unknown> {
  const meeting = requireMeeting(ctx.state, chat);
  const chatJson: Record<string, unknown> = {
    id: chat.id,
    topic: chat.topic,
    createdDateTime: chat.createdDateTime,
    lastUpdatedDateTime: chat.lastUpdatedDateTime,
    chatType: "meeting",
    webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(chat.id)}/0?tenantId=${ctx.state.tenant.id}`,
    tenantId: ctx.state.tenant.id,
    isHiddenForAllMembers: false,
    viewpoint: { isHidden: false, lastMessageReadDateTime: chat.lastUpdatedDateTime },
    // Real meeting chats often carry no calendarEventId; clients must resolve through joinWebUrl.
    onlineMeetingInfo: {
      calendarEventId: null,
      joinWebUrl: meeting.joinWebUrl,
      organizer: { id: meeting.organizerId, displayName: null, userIdentityType: "aadUser", tenantId: ctx.state.tenant.id },
    },
  };
  if (parseExpand(ctx.request.query.get("$expand")).some((e) => e.name === "members")) {
    chatJson.members = chat.memberIds.map((id) => renderMember(ctx.state, chat, id));
  }
  return chatJson;
}

function renderMessage(state: TenantState, chat: ChatState, message: ChatMessageState): Record<string, unknown> {
  const user = requireUser(state, message.fromUserId);
  return {
    id: message.id,
    replyToId: null,
    etag: message.id,
    messageType: "message",
    createdDateTime: message.createdDateTime,
    lastModifiedDateTime: message.lastModifiedDateTime,
    lastEditedDateTime: null,
    deletedDateTime: null,
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
      user: { "@odata.type": "#microsoft.graph.teamworkUserIdentity", id: user.id, displayName: user.displayName, userIdentityType: "aadUser", tenantId: state.tenant.id },
    },
    body: message.body,
    attachments: message.attachments,
    mentions: [],
    reactions: [],
  };
}

function readAttachments(body: Record<string, unknown>, content: string): ChatMessageState["attachments"] {
  const raw = body.attachments;
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw badRequest("attachments must be an array.");
  return raw.map((item: unknown, i) => {
    const a = (typeof item === "object" && item !== null ? item : {}) as Record<string, unknown>;
    const id = typeof a.id === "string" ? a.id : undefined;
    if (id === undefined) throw badRequest(`attachments[${i}].id is required.`);
    // https://learn.microsoft.com/graph/api/chatmessage-post#example-3-send-a-message-with-an-adaptive-card
    if (!content.includes(`<attachment id="${id}"></attachment>`)) {
      throw badRequest(`Attachment '${id}' is not referenced in the message body: add <attachment id="${id}"></attachment> to body.content.`);
    }
    const contentType = typeof a.contentType === "string" ? a.contentType : "";
    const cardContent = typeof a.content === "string" ? a.content : null;
    if (contentType === "application/vnd.microsoft.card.adaptive") {
      if (cardContent === null) throw badRequest(`attachments[${i}].content must be the Adaptive Card as a JSON string.`);
      try {
        JSON.parse(cardContent);
      } catch (error) {
        throw badRequest(`attachments[${i}].content is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return { id, contentType, content: cardContent, contentUrl: typeof a.contentUrl === "string" ? a.contentUrl : null, name: typeof a.name === "string" ? a.name : null };
  });
}

let lastMessageMs = 0;

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
  const nowMs = Math.max(ctx.now().getTime(), lastMessageMs + 1);
  lastMessageMs = nowMs;
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

function renderOnlineMeeting(ctx: RouteContext, meeting: MeetingState): Record<string, unknown> {
  const organizer = requireUser(ctx.state, meeting.organizerId);
  return {
    id: meeting.onlineMeetingId,
    creationDateTime: meeting.createdDateTime,
    subject: meeting.subject,
    joinWebUrl: meeting.joinWebUrl,
    joinMeetingIdSettings: { isPasscodeRequired: false, joinMeetingId: String(parseInt(meeting.iCalUId.slice(-10), 16)).slice(0, 12), passcode: null },
    chatInfo: { threadId: meeting.chatId, messageId: "0", replyChainMessageId: null },
    participants: {
      organizer: { upn: organizer.userPrincipalName, role: "presenter", identity: { user: { id: organizer.id, displayName: null, tenantId: ctx.state.tenant.id } } },
      attendees: meeting.attendeeIds.map((id) => {
        const u = requireUser(ctx.state, id);
        return { upn: u.userPrincipalName, role: "attendee", identity: { user: { id: u.id, displayName: null, tenantId: ctx.state.tenant.id } } };
      }),
    },
    allowedPresenters: "everyone",
    isEntryExitAnnounced: true,
    allowMeetingChat: "enabled",
    allowTeamworkReactions: true,
    recordAutomatically: false,
  };
}

function listMyOnlineMeetings(ctx: RouteContext): MeetingState[] {
  const owner = requireUser(ctx.state, ctx.keys[0] ?? "");
  if (owner.id !== ctx.user.id) throw new GraphError(403, "Forbidden", "Only the signed-in user's own online meetings can be read.");
  return ctx.state.meetings.filter((m) => m.organizerId === owner.id || m.attendeeIds.includes(owner.id));
}

export const chatRoutes: readonly Route[] = [
  {
    method: "GET",
    template: "users/{}/chats",
    handle: (ctx) => {
      const owner = requireUser(ctx.state, ctx.keys[0] ?? "");
      if (owner.id !== ctx.user.id) throw forbiddenChat();
      const chats = Object.values(ctx.state.chats).filter((c) => c.memberIds.includes(owner.id));
      return respondCollection(ctx, chats.map((c) => renderChat(ctx, c)), { pageSize: 50 });
    },
  },
  { method: "GET", template: "chats/{}", handle: (ctx) => respondEntity(ctx, renderChat(ctx, requireChat(ctx))) },
  {
    method: "GET",
    template: "chats/{}/members",
    handle: (ctx) => {
      const chat = requireChat(ctx);
      return respondCollection(ctx, chat.memberIds.map((id) => renderMember(ctx.state, chat, id)));
    },
  },
  {
    method: "GET",
    template: "chats/{}/messages",
    handle: (ctx) => {
      const chat = requireChat(ctx);
      const newestFirst = [...chat.messages].reverse().map((m) => renderMessage(ctx.state, chat, m));
      return respondCollection(ctx, newestFirst, { pageSize: 20 });
    },
  },
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
  {
    method: "GET",
    template: "users/{}/onlineMeetings",
    handle: (ctx) => {
      if (ctx.request.query.get("$filter") === null) {
        throw badRequest("Filter is required: use $filter=JoinWebUrl eq '<url>' (listing all online meetings is not supported).");
      }
      return respondCollection(ctx, listMyOnlineMeetings(ctx).map((m) => renderOnlineMeeting(ctx, m)));
    },
  },
  {
    method: "GET",
    template: "users/{}/onlineMeetings/{}",
    handle: (ctx) => {
      const meeting = listMyOnlineMeetings(ctx).find((m) => m.onlineMeetingId === ctx.keys[1]);
      if (!meeting) throw notFound(`Online meeting '${ctx.keys[1] ?? ""}' was not found.`, "NotFound");
      return respondEntity(ctx, renderOnlineMeeting(ctx, meeting));
    },
  },
];
