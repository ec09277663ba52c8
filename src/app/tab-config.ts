// Where the series' workspace is recorded for a meeting tab. In Teams the configuration page saves
// it into the tab's contentUrl (`?ws=<groupId>`) through pages.config, and Teams loads every
// surface of the tab (side panel, chat tab) from that URL. In the demo the browser host has no
// Teams to keep the tab, so it stores the same contentUrl as a chat tab in the Graph emulator.
// Outlook has no tab at all: its pane finds the workspace among the viewer's groups
// (outlook-tab-config.ts), in the demo as in Outlook, once the appointment has named the series.
import type { HostPort } from "@/lib/teams";

export interface TabConfigPort {
  readGroupId(): Promise<string | undefined>;
  /** After the configuration is saved: record the workspace for the tab. */
  saveGroupId(groupId: string): Promise<void>;
}

export function buildContentUrl(origin: string, groupId: string): string {
  return `${origin}/?ws=${encodeURIComponent(groupId)}`;
}

export function readGroupIdFromUrl(search: string): string | undefined {
  return new URLSearchParams(search).get("ws") ?? undefined;
}

/** Outlook's start-up port: no tab, no workspace; the pane provides its own per series. */
const noTab: TabConfigPort = {
  readGroupId: () => Promise.resolve(undefined),
  saveGroupId: () => Promise.resolve(),
};

export async function createTabConfig(host: HostPort, seriesId: string | undefined): Promise<TabConfigPort> {
  if (host.context.frame === "outlook") return noTab;
  const fromUrl = readGroupIdFromUrl(window.location.search);
  if (
    import.meta.env.VITE_DEMO === "true" &&
    host.context.host === "browser" &&
    seriesId &&
    host.context.userPrincipalName
  ) {
    const { createDemoTabConfig } = await import("./demo/demo-tabs");
    return createDemoTabConfig({
      origin: window.location.origin,
      seriesId,
      userPrincipalName: host.context.userPrincipalName,
      fromUrl,
    });
  }
  return {
    readGroupId: () => Promise.resolve(fromUrl),
    // NOTE: in Teams the host's own Save button persists the tab; see the settings surface.
    saveGroupId: () => Promise.resolve(),
  };
}
