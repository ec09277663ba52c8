// Demo only: stands in for Teams' storage of the meeting tab (pages.config) by keeping the tab in
// the Graph emulator's /chats/{id}/tabs, as Teams itself does, so every persona's side panel finds
// the workspace the organizer configured. Calls the emulator directly with the persona's demo token.
import { getGraphBaseUrl, readCloud } from "@/lib/config";
import type { TabConfigPort } from "../tab-config";
import { buildContentUrl } from "../tab-config";
import { getTabEntityId } from "../links";

const appCatalogId = "5a5ba919-5520-4cbd-afc1-c830dcd241c5";

interface ChatTab {
  id: string;
  configuration?: { contentUrl?: string | null } | null;
}

export function createDemoTabConfig(options: {
  origin: string;
  seriesId: string;
  userPrincipalName: string;
  fromUrl?: string;
}): TabConfigPort {
  const tabsUrl = `${options.origin}/graph/v1.0/chats/${encodeURIComponent(options.seriesId)}/tabs`;
  const headers = { authorization: `Bearer emu:${options.userPrincipalName}`, "content-type": "application/json" };

  const findOurTab = async (): Promise<ChatTab | undefined> => {
    const response = await fetch(tabsUrl, { headers });
    if (response.status === 403 || response.status === 404) return undefined;
    if (!response.ok) throw new Error(`The demo could not read the meeting's tabs (${String(response.status)})`);
    const { value } = (await response.json()) as { value: ChatTab[] };
    return value.find((tab) => tab.configuration?.contentUrl?.startsWith(options.origin));
  };

  return {
    readGroupId: async () => {
      if (options.fromUrl) return options.fromUrl;
      const tab = await findOurTab();
      const contentUrl = tab?.configuration?.contentUrl;
      return contentUrl ? (new URL(contentUrl).searchParams.get("ws") ?? undefined) : undefined;
    },
    saveGroupId: async (groupId) => {
      const configuration = {
        entityId: getTabEntityId(options.seriesId),
        contentUrl: buildContentUrl(options.origin, groupId),
        websiteUrl: options.origin,
      };
      const existing = await findOurTab();
      const response = existing
        ? await fetch(`${tabsUrl}/${encodeURIComponent(existing.id)}`, {
            method: "PATCH",
            headers,
            body: JSON.stringify({ configuration }),
          })
        : await fetch(tabsUrl, {
            method: "POST",
            headers,
            body: JSON.stringify({
              displayName: "例会通",
              // Graph binds the app by its URL on the cloud's own Graph root.
              "teamsApp@odata.bind": `${getGraphBaseUrl(readCloud())}/appCatalogs/teamsApps/${appCatalogId}`,
              configuration,
            }),
          });
      if (!response.ok)
        throw new Error(
          `The demo could not save the meeting tab (${String(response.status)}): ${await response.text()}`,
        );
    },
  };
}
