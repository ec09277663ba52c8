// Teams routes: the signed-in user's chats, a meeting chat with its members, and online meetings
// (by id or `$filter=JoinWebUrl eq '…'`). Only chat members can read a chat; messages and tabs
// live in chat-messages.ts and chat-tabs.ts.
import { GraphError, badRequest, notFound } from "../http/graph-error.ts";
import { respondCollection, respondEntity } from "../http/responses.ts";
import { parseExpand } from "../metadata/check-query.ts";
import { requireUser, requireUserRecord } from "../state/lookups.ts";
import { forbiddenChat, requireChat } from "./chat-access.ts";
import type { GraphResponse, Route, RouteContext } from "../http/types.ts";
import type { ChatState, MeetingState, TenantState } from "../state/tenant-state.ts";

function requireMeeting(state: TenantState, chat: ChatState): MeetingState {
  const meeting = state.meetings.find((m) => m.id === chat.meetingId);
  if (!meeting) throw notFound("The chat has no meeting.", "NotFound");
  return meeting;
}

function renderMember(state: TenantState, chat: ChatState, userId: string): Record<string, unknown> {
  const user = requireUserRecord(state, userId);
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
      organizer: {
        id: meeting.organizerId,
        displayName: null,
        userIdentityType: "aadUser",
        tenantId: ctx.state.tenant.id,
      },
    },
  };
  if (parseExpand(ctx.request.query.get("$expand")).some((e) => e.name === "members")) {
    chatJson.members = chat.memberIds.map((id) => renderMember(ctx.state, chat, id));
  }
  return chatJson;
}

function renderOnlineMeeting(ctx: RouteContext, meeting: MeetingState): Record<string, unknown> {
  const organizer = requireUserRecord(ctx.state, meeting.organizerId);
  return {
    id: meeting.onlineMeetingId,
    creationDateTime: meeting.createdDateTime,
    subject: meeting.subject,
    joinWebUrl: meeting.joinWebUrl,
    joinMeetingIdSettings: {
      isPasscodeRequired: false,
      joinMeetingId: String(parseInt(meeting.iCalUId.slice(-10), 16)).slice(0, 12),
      passcode: null,
    },
    chatInfo: { threadId: meeting.chatId, messageId: "0", replyChainMessageId: null },
    participants: {
      organizer: {
        upn: organizer.userPrincipalName,
        role: "presenter",
        identity: { user: { id: organizer.id, displayName: null, tenantId: ctx.state.tenant.id } },
      },
      attendees: meeting.attendeeIds.map((id) => {
        const u = requireUserRecord(ctx.state, id);
        return {
          upn: u.userPrincipalName,
          role: "attendee",
          identity: { user: { id: u.id, displayName: null, tenantId: ctx.state.tenant.id } },
        };
      }),
    },
    allowedPresenters: "everyone",
    isEntryExitAnnounced: true,
    allowMeetingChat: "enabled",
    allowTeamworkReactions: true,
    recordAutomatically: false,
  };
}

function listMembers(ctx: RouteContext, chat: ChatState): GraphResponse {
  return respondCollection(
    ctx,
    chat.memberIds.map((id) => renderMember(ctx.state, chat, id)),
  );
}

function listMyOnlineMeetings(ctx: RouteContext): MeetingState[] {
  const owner = requireUser(ctx.state, ctx.keys[0] ?? "");
  if (owner.id !== ctx.user.id)
    throw new GraphError(403, "Forbidden", "Only the signed-in user's own online meetings can be read.");
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
      return respondCollection(
        ctx,
        chats.map((c) => renderChat(ctx, c)),
        { pageSize: 50 },
      );
    },
  },
  { method: "GET", template: "chats/{}", handle: (ctx) => respondEntity(ctx, renderChat(ctx, requireChat(ctx))) },
  { method: "GET", template: "chats/{}/members", handle: (ctx) => listMembers(ctx, requireChat(ctx)) },
  {
    // GET /me/chats/{id}/members, the form of https://learn.microsoft.com/graph/api/chat-list-members's example.
    method: "GET",
    template: "users/{}/chats/{}/members",
    handle: (ctx) => {
      const owner = requireUser(ctx.state, ctx.keys[0] ?? "");
      if (owner.id !== ctx.user.id) throw forbiddenChat();
      return listMembers(ctx, requireChat({ ...ctx, keys: ctx.keys.slice(1) }));
    },
  },
  {
    method: "GET",
    template: "users/{}/onlineMeetings",
    handle: (ctx) => {
      if (ctx.request.query.get("$filter") === null) {
        throw badRequest(
          "Filter is required: use $filter=JoinWebUrl eq '<url>' (listing all online meetings is not supported).",
        );
      }
      return respondCollection(
        ctx,
        listMyOnlineMeetings(ctx).map((m) => renderOnlineMeeting(ctx, m)),
      );
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
