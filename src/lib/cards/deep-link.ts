// Deep links from a card back to our tab in the meeting chat, in the format of "Configure deep
// link to browse within your app manually" in
// https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-application:
//   https://teams.microsoft.com/l/entity/<appId>/<entityId>?webUrl=…&label=…&context=<JSON>
// where, for a tab in a meeting or group chat, context is {"chatId": …, "contextType": "chat"}
// ("Chat is the only supported contextType for meetings") plus "subEntityId", which the tab reads
// back as `page.subPageId`. The page asks that every query value be URI-encoded
// (encodeURIComponent, as in its example — not URLSearchParams, which writes spaces as "+"), and
// says Teams on Windows cannot parse a deep link longer than 1900 characters.
// The Teams web client the link opens is the cloud's (src/lib/config/cloud.ts): in Microsoft 365
// operated by 21Vianet it is https://teams.microsoftonline.cn
// (https://learn.microsoft.com/microsoftteams/platform/concepts/sovereign-cloud).
import { getCloud } from "@/lib/config/cloud";
import { toCardText } from "./plain-text";

export const MAX_DEEP_LINK_LENGTH = 1900;
/** The label only names the link; kept short so long titles cannot push the link past the limit. */
export const DEEP_LINK_LABEL_MAX_LENGTH = 60;

export interface TabDeepLinkInput {
  /** The app id (manifest id for a custom app, catalog id once published). */
  appId: string;
  /** The tab's entity id (`page.id`), as set when the tab was configured. */
  entityId: string;
  /** The meeting chat thread id; makes the link open the tab inside that chat. */
  chatId?: string;
  /** Where in the tab to land; comes back to the tab as `page.subPageId`. */
  subPageId?: string;
  label?: string;
  /** Fallback page for clients that cannot show the tab; must be https. */
  webUrl?: string;
  tenantId?: string;
  /** `false` opens the chat tab even during the meeting, instead of the side panel. */
  openInMeeting?: false;
  /** The cloud's Teams web client origin (CloudEndpoints.teamsOrigin); default the global cloud's. */
  teamsOrigin?: string;
}

interface DeepLinkContext {
  subEntityId?: string;
  chatId?: string;
  contextType?: "chat";
}

export function buildTabDeepLink(input: TabDeepLinkInput): string {
  if (!input.appId.trim() || !input.entityId.trim())
    throw new TypeError("A tab deep link needs an appId and an entityId");
  const params: [string, string][] = [];
  if (input.tenantId) params.push(["tenantId", input.tenantId]);
  if (input.webUrl !== undefined) params.push(["webUrl", requireHttpsUrl(input.webUrl)]);
  const label = input.label === undefined ? "" : toCardText(input.label, { maxLength: DEEP_LINK_LABEL_MAX_LENGTH });
  if (label) params.push(["label", label]);
  const context: DeepLinkContext = {};
  if (input.subPageId !== undefined) context.subEntityId = input.subPageId;
  if (input.chatId !== undefined) {
    context.chatId = input.chatId;
    context.contextType = "chat";
  }
  if (Object.keys(context).length > 0) params.push(["context", JSON.stringify(context)]);
  if (input.openInMeeting === false) params.push(["openInMeeting", "false"]);
  const base = `${input.teamsOrigin ?? getCloud("global").teamsOrigin}/l/entity`;
  const path = `${base}/${encodeURIComponent(input.appId)}/${encodeURIComponent(input.entityId)}`;
  const query = params.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join("&");
  const link = query ? `${path}?${query}` : path;
  if (link.length > MAX_DEEP_LINK_LENGTH) {
    throw new RangeError(
      `Deep link is ${String(link.length)} characters; Teams on Windows cannot open more than ${String(MAX_DEEP_LINK_LENGTH)}`,
    );
  }
  return link;
}

function requireHttpsUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch (cause) {
    throw new TypeError(`Deep link webUrl is not a URL: ${JSON.stringify(value)}`, { cause });
  }
  if (url.protocol !== "https:") throw new TypeError(`Deep link webUrl must be https: ${JSON.stringify(value)}`);
  return url.href;
}
