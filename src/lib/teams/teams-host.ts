// Host port backed by @microsoft/teams-js. This module is only ever loaded through a dynamic
// import from connect-host.ts, once the page is known to be framed, so the SDK stays out of the
// first-paint chunk. It owns every teams-js call the app makes: initialize, context, theme
// changes, the configuration page's Save button and deep links.
import { app, pages } from "@microsoft/teams-js";
import { getCloud, readCloud } from "@/lib/config";
import type { HostPort, HostTheme, TabSettings } from "./host-port";
import { mapTeamsContext, mapTeamsTheme } from "./map-teams-context";

/**
 * Teams operated by 21Vianet is not among teams-js' own host origins: its page asks apps there to
 * pass `https://teams.microsoftonline.cn` as validMessageOrigins
 * (https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/using-teams-client-library).
 */
export function initializeTeams(): Promise<void> {
  const origins = getCloud(readCloud()).extraHostOrigins;
  return origins.length === 0 ? app.initialize() : app.initialize([...origins]);
}

export async function createTeamsHost(timeZone: string): Promise<HostPort> {
  const context = mapTeamsContext(await app.getContext(), timeZone);
  const isSettingsPage = context.frame === "settings";
  return {
    context,
    onThemeChange: subscribeToTheme,
    openLink: (url) => app.openLink(url),
    // pages.config is only allowed in the "settings" frame context; elsewhere it throws
    // (https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/create-tab-pages/configuration-page).
    ...(isSettingsPage
      ? {
          setSettingsValidity: (valid: boolean) => {
            pages.config.setValidityState(valid);
          },
          onSaveSettings: registerSaveHandler,
        }
      : {}),
  };
}

const themeListeners = new Set<(theme: HostTheme) => void>();

// NOTE: teams-js keeps a single theme handler ("a subsequent registration replaces an existing
// registration"), so one dispatcher is registered and fans out to every subscriber.
function subscribeToTheme(cb: (theme: HostTheme) => void): () => void {
  if (themeListeners.size === 0) {
    app.registerOnThemeChangeHandler((theme) => {
      const mapped = mapTeamsTheme(theme);
      for (const listener of themeListeners) listener(mapped);
    });
  }
  themeListeners.add(cb);
  return () => {
    themeListeners.delete(cb);
  };
}

function registerSaveHandler(handler: () => Promise<TabSettings>): void {
  pages.config.registerOnSaveHandler((saveEvent) => {
    void handler()
      .then((settings) => pages.config.setConfig(settings))
      .then(
        () => {
          saveEvent.notifySuccess();
        },
        (error: unknown) => {
          // Teams shows the failure on its own Save dialog; the page also keeps its own state.
          saveEvent.notifyFailure(error instanceof Error ? error.message : String(error));
        },
      );
  });
}
