// Access to a chat by the id in the path, shared by the chat, message and tab routes: an unknown
// chat is 404 and a chat the signed-in user is not a member of is 403, as Teams answers both.
import { GraphError, notFound } from "../http/graph-error.ts";
import type { RouteContext } from "../http/types.ts";
import type { ChatState } from "../state/tenant-state.ts";

export function forbiddenChat(): GraphError {
  return new GraphError(403, "Forbidden", "Forbidden: the signed-in user is not a member of this chat.");
}

export function requireChat(ctx: RouteContext): ChatState {
  const chat = ctx.state.chats[ctx.keys[0] ?? ""];
  if (!chat) throw notFound(`Chat '${ctx.keys[0] ?? ""}' was not found.`, "NotFound");
  if (!chat.memberIds.includes(ctx.user.id)) throw forbiddenChat();
  return chat;
}
