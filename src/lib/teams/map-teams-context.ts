import type { HostContext, HostFrame, HostTheme } from "./host-port";
import { canonicalizeLocale } from "./locale";

/**
 * The fields of teams-js `app.Context` we read, typed structurally so this mapping stays pure
 * and testable without loading the SDK (which must not be in the first-paint chunk).
 */
export interface TeamsContextLike {
  app: { locale: string; theme: string; host: { name: string } };
  page: { frameContext: string; subPageId?: string };
  user?: { id?: string; userPrincipalName?: string; loginHint?: string; tenant?: { id?: string } };
  chat?: { id: string };
  meeting?: { id: string };
  channel?: { id: string; ownerGroupId?: string };
  team?: { groupId?: string };
}

export function mapTeamsContext(context: TeamsContextLike, timeZone: string): HostContext {
  const userPrincipalName = context.user?.userPrincipalName ?? context.user?.loginHint;
  return {
    host: "teams",
    hostName: mapHostName(context.app.host.name),
    frame: mapFrameContext(context),
    ...optional("chatId", context.chat?.id),
    ...optional("meetingId", context.meeting?.id),
    // A channel meeting belongs to a team: its Microsoft 365 group is the natural workspace.
    ...optional("teamGroupId", context.channel?.ownerGroupId ?? context.team?.groupId),
    // A deep link's subPageId (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-application).
    ...optional("subPageId", context.page.subPageId),
    locale: canonicalizeLocale(context.app.locale) ?? "en-US",
    theme: mapTeamsTheme(context.app.theme),
    ...optional("userPrincipalName", userPrincipalName),
    ...optional("userObjectId", context.user?.id),
    ...optional("tenantId", context.user?.tenant?.id),
    timeZone,
  };
}

/** teams-js themes: "default" | "dark" | "contrast" (and "glass" on some hosts, rendered light). */
export function mapTeamsTheme(theme: string): HostTheme {
  if (theme === "dark") return "dark";
  if (theme === "contrast") return "contrast";
  return "light";
}

// teams-js HostName values: Teams, TeamsModern, Orange (Teams Rooms) | Outlook, OutlookWin32 |
// Office, Places (the Microsoft 365 app family).
export function mapHostName(name: string): HostContext["hostName"] {
  if (name === "Outlook" || name === "OutlookWin32") return "Outlook";
  if (name === "Office" || name === "Places") return "Office";
  return "Teams";
}

function mapFrameContext(context: TeamsContextLike): HostFrame {
  switch (context.page.frameContext) {
    case "settings":
      return "settings";
    case "sidePanel":
      return "sidePanel";
    case "meetingStage":
      return "meetingStage";
    case "remove":
      return "remove";
    case "content":
      return isConversationScoped(context) ? "content" : "personal";
    default:
      // "stage" (stage view), "task" (dialogs) and "authentication" render wide content.
      return "content";
  }
}

// A personal (static) tab reports frameContext "content" like a chat tab does; only the absence
// of any chat, meeting or channel tells the two apart.
function isConversationScoped(context: TeamsContextLike): boolean {
  return context.chat !== undefined || context.meeting !== undefined || context.channel !== undefined;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined || value === "" ? {} : ({ [key]: value } as Record<K, string>);
}
