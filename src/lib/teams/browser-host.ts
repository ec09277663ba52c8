// Host port for a plain browser tab (development, demo personas, end-to-end runs): the context
// comes from URL parameters, the theme follows the URL or else the OS, and links open in a new tab.
// Nothing here touches teams-js, so a first paint outside Teams never downloads it.
import type { HostPort, HostTheme } from "./host-port";
import { mapBrowserParams, readThemeParam } from "./map-browser-params";

const darkQuery = "(prefers-color-scheme: dark)";
const contrastQuery = "(forced-colors: active)";

export function createBrowserHost(location: Location, win: Window = window): HostPort {
  const params = new URLSearchParams(location.search);
  const context = mapBrowserParams(params, {
    navigatorLanguage: win.navigator.language,
    systemTheme: readSystemTheme(win),
    timeZone: readTimeZone(),
  });
  const isThemePinned = readThemeParam(params) !== undefined;
  return {
    context,
    onThemeChange: (cb) => (isThemePinned ? () => undefined : watchSystemTheme(win, cb)),
    openLink: (url) => {
      win.open(url, "_blank", "noopener,noreferrer");
      return Promise.resolve();
    },
  };
}

export function readTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function readSystemTheme(win: Window): HostTheme {
  if (!hasMatchMedia(win)) return "light";
  if (win.matchMedia(contrastQuery).matches) return "contrast";
  return win.matchMedia(darkQuery).matches ? "dark" : "light";
}

function watchSystemTheme(win: Window, cb: (theme: HostTheme) => void): () => void {
  if (!hasMatchMedia(win)) return () => undefined;
  const queries = [win.matchMedia(darkQuery), win.matchMedia(contrastQuery)];
  const notify = () => {
    cb(readSystemTheme(win));
  };
  for (const query of queries) query.addEventListener("change", notify);
  return () => {
    for (const query of queries) query.removeEventListener("change", notify);
  };
}

// jsdom and some embedded webviews do not implement matchMedia.
function hasMatchMedia(win: Window): boolean {
  return typeof (win as Partial<Window>).matchMedia === "function";
}
