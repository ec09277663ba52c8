// Teams routes: the signed-in user's chats, a meeting chat with its members, and online meetings
// (by id, or by `$filter=JoinWebUrl eq '…'` / `joinMeetingIdSettings/joinMeetingId eq '…'`). Only
// chat members can read a chat; messages and tabs live in chat-messages.ts and chat-tabs.ts.
import { GraphError, badRequest, notFound } from "../http/graph-error.ts";
import { filterItems, respondCollection, respondEntity } from "../http/responses.ts";
import { parseExpand } from "../metadata/check-query.ts";
import { requireUser, requireUserRecord } from "../state/lookups.ts";
import { getChatJoinUrl, isJoinUrlOf } from "../state/join-links.ts";
import { forbiddenChat, requireChat } from "./chat-access.ts";
import { getOriginalSlot } from "../state/calendar.ts";
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
      joinWebUrl: getChatJoinUrl(meeting),
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

// The shape of onlinemeeting-get's examples: a recurring meeting's one online meeting carries its
// first occurrence's times (https://learn.microsoft.com/graph/api/resources/onlinemeeting).
function renderOnlineMeeting(ctx: RouteContext, meeting: MeetingState): Record<string, unknown> {
  const organizer = requireUserRecord(ctx.state, meeting.organizerId);
  const slot = getOriginalSlot(meeting, meeting.firstDate);
  const identity = (id: string) => ({
    user: { id, displayName: null, tenantId: ctx.state.tenant.id, identityProvider: "AAD" },
  });
  return {
    id: meeting.onlineMeetingId,
    creationDateTime: meeting.createdDateTime,
    startDateTime: new Date(slot.startMs).toISOString(),
    endDateTime: new Date(slot.endMs).toISOString(),
    videoTeleconferenceId: null,
    subject: meeting.subject,
    joinWebUrl: meeting.joinWebUrl,
    joinMeetingIdSettings: {
      isPasscodeRequired: true,
      joinMeetingId: meeting.joinMeetingId,
      passcode: meeting.passcode,
    },
    chatInfo: { threadId: meeting.chatId, messageId: "0", replyChainMessageId: null },
    participants: {
      organizer: {
        upn: organizer.userPrincipalName,
        role: "presenter",
        identity: identity(organizer.id),
      },
      attendees: meeting.attendeeIds.map((id) => {
        const u = requireUserRecord(ctx.state, id);
        return {
          upn: u.userPrincipalName,
          role: "attendee",
          identity: identity(u.id),
        };
      }),
    },
    lobbyBypassSettings: { scope: "organization", isDialInBypassEnabled: false },
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
  requireSignedInOwner(ctx);
  return ctx.state.meetings.filter(
    (m) => m.isOnlineMeeting && (m.organizerId === ctx.user.id || m.attendeeIds.includes(ctx.user.id)),
  );
}

function requireSignedInOwner(ctx: RouteContext): void {
  const owner = requireUser(ctx.state, ctx.keys[0] ?? "");
  if (owner.id !== ctx.user.id)
    throw new GraphError(403, "Forbidden", "Only the signed-in user's own online meetings can be read.");
}

const joinWebUrlFilter = /^\s*JoinWebUrl\s+eq\s+'((?:[^']|'')*)'\s*$/i;

/**
 * The meetings a `$filter` names: a JoinWebUrl, long or short form (issue 847 above), or any other
 * filter on the rendered meeting (joinMeetingIdSettings/joinMeetingId). Only the organizer may
 * look a meeting up this way: Graph answers an attendee 403, with delegated permissions as with
 * application ones (https://github.com/microsoftgraph/microsoft-graph-docs-contrib/issues/436,
 * https://github.com/microsoftgraph/microsoft-graph-docs/issues/16776), although the meeting-id
 * form accepts an attendee's token (https://learn.microsoft.com/graph/api/onlinemeeting-get).
 */
function findFilteredOnlineMeetings(ctx: RouteContext, filter: string): MeetingState[] {
  requireSignedInOwner(ctx);
  const byLink = joinWebUrlFilter.exec(filter);
  const matched = byLink
    ? ctx.state.meetings.filter((m) => isJoinUrlOf(m, (byLink[1] ?? "").replaceAll("''", "'")))
    : filterItems(
        ctx,
        ctx.state.meetings.map((m) => renderOnlineMeeting(ctx, m)),
      ).flatMap((item) => ctx.state.meetings.filter((m) => m.onlineMeetingId === item.id));
  if (matched.some((m) => m.organizerId !== ctx.user.id)) {
    throw new GraphError(
      403,
      "Forbidden",
      "Only the meeting's organizer can look up an online meeting by its join link.",
    );
  }
  return matched;
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
      const filter = ctx.request.query.get("$filter");
      if (filter === null) {
        throw badRequest(
          "Filter is required: use $filter=JoinWebUrl eq '<url>' (listing all online meetings is not supported).",
        );
      }
      return respondCollection(
        ctx,
        findFilteredOnlineMeetings(ctx, filter).map((m) => renderOnlineMeeting(ctx, m)),
        { skipFilter: true },
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
