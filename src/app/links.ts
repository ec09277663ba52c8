import { buildTabDeepLink } from "../lib/cards";

// Meetloop's Teams app id (manifest `id`); a tenant that re-packages the app sets VITE_TEAMS_APP_ID.
const defaultAppId = "5a5ba919-5520-4cbd-afc1-c830dcd241c5";

export type TabView = "overview" | "agenda" | "report" | "tracker" | "minutes" | "history" | "rollups";

/**
 * Card buttons open the meeting tab at a view. In Teams that is a deep link to the tab; in the demo
 * (no Teams to open) it is the app's own URL for that view.
 */
export function buildViewLink(chatId: string, view: TabView, label: string): string {
  const origin = window.location.origin;
  if (import.meta.env.VITE_DEMO === "true") {
    return `${origin}/?${new URLSearchParams({ frame: "sidePanel", chat: chatId, view }).toString()}`;
  }
  const appId = import.meta.env.VITE_TEAMS_APP_ID ?? defaultAppId;
  return buildTabDeepLink({ appId, entityId: `meetloop|${chatId}`, chatId, subPageId: view, label, webUrl: `${origin}/?view=${view}` });
}

export function readRequestedView(search: string): TabView | undefined {
  const view = new URLSearchParams(search).get("view");
  const views: readonly string[] = ["overview", "agenda", "report", "tracker", "minutes", "history", "rollups"];
  return view !== null && views.includes(view) ? (view as TabView) : undefined;
}
