import { buildTabDeepLink } from "@/lib/cards";
import { getCloud, readCloud } from "@/lib/config";
import { isMeetingView } from "@/meeting/model/roles/view-policy";
import type { MeetingView } from "@/meeting/model/roles/view-policy";

// Meetloop's Teams app id (manifest `id`); a tenant that re-packages the app sets VITE_TEAMS_APP_ID.
const defaultAppId = "5a5ba919-5520-4cbd-afc1-c830dcd241c5";

/** The meeting tab's entity id: names the series, so a deep link finds the tab in its chat. */
export function getTabEntityId(seriesId: string): string {
  return `meetloop|${seriesId}`;
}

/**
 * Card buttons open the meeting tab at a view. In Teams that is a deep link to the tab; in the demo
 * (no Teams to open) it is the app's own URL for that view.
 */
export function buildViewLink(seriesId: string, view: MeetingView, label: string, occurrenceKey?: string): string {
  const origin = window.location.origin;
  const where = { view, ...(occurrenceKey ? { occurrence: occurrenceKey } : {}) };
  if (import.meta.env.VITE_DEMO === "true") {
    return `${origin}/?${new URLSearchParams({ frame: "sidePanel", chat: seriesId, ...where }).toString()}`;
  }
  const appId = import.meta.env.VITE_TEAMS_APP_ID ?? defaultAppId;
  // Teams hands the subPageId back to the tab as page.subPageId: it carries the view and meeting.
  const subPageId = occurrenceKey ? `${view}|${occurrenceKey}` : view;
  return buildTabDeepLink({
    appId,
    entityId: getTabEntityId(seriesId),
    chatId: seriesId,
    subPageId,
    label,
    webUrl: `${origin}/?${new URLSearchParams(where).toString()}`,
    teamsOrigin: getCloud(readCloud()).teamsOrigin,
  });
}

/** The view and meeting a link asked for: from Teams' subPageId, else from the page's own URL. */
export function readRequestedTarget(
  search: string,
  subPageId: string | undefined,
): { view?: MeetingView; occurrenceKey?: string } {
  const params = new URLSearchParams(search);
  const [subView, subOccurrence] = subPageId ? subPageId.split("|") : [];
  const view = subView ?? params.get("view") ?? undefined;
  const occurrenceKey = subOccurrence ?? params.get("occurrence") ?? undefined;
  return {
    ...(view !== undefined && isMeetingView(view) ? { view } : {}),
    ...(occurrenceKey ? { occurrenceKey } : {}),
  };
}
