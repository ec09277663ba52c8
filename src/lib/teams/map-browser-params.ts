import type { HostContext, HostFrame, HostTheme } from "./host-port";
import { isSupportedLocale, pickSupportedLocale } from "./locale";

/** What the plain-browser host knows besides the URL, injected so the mapping stays pure. */
export interface BrowserEnvironment {
  navigatorLanguage: string | undefined;
  systemTheme: HostTheme;
  timeZone: string;
}

// "outlook": the demo's Outlook task pane, run against a fake Office host (app/demo).
const browserFrames = [
  "settings",
  "sidePanel",
  "content",
  "personal",
  "outlook",
] as const satisfies readonly HostFrame[];
const themes = ["light", "dark", "contrast"] as const satisfies readonly HostTheme[];

/**
 * URL parameters of the browser (and demo) host: `frame`, `chat`, `lang`, `theme`, `as` (persona
 * UPN), `oid` (the persona's object id, which Teams gives as `user.id`: what the app knows of the
 * user before Graph answers). Unknown values fall back to defaults rather than failing, since
 * people edit these by hand.
 */
export function mapBrowserParams(params: URLSearchParams, environment: BrowserEnvironment): HostContext {
  const lang = params.get("lang");
  const chatId = params.get("chat");
  const persona = params.get("as");
  const objectId = params.get("oid");
  return {
    host: "browser",
    hostName: "Browser",
    frame: pickOneOf(browserFrames, params.get("frame")) ?? "start",
    ...(chatId ? { chatId } : {}),
    locale: lang !== null && isSupportedLocale(lang) ? lang : pickSupportedLocale(environment.navigatorLanguage),
    theme: readThemeParam(params) ?? environment.systemTheme,
    ...(persona ? { userPrincipalName: persona } : {}),
    ...(objectId ? { userObjectId: objectId } : {}),
    timeZone: environment.timeZone,
  };
}

export function readThemeParam(params: URLSearchParams): HostTheme | undefined {
  return pickOneOf(themes, params.get("theme"));
}

function pickOneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((candidate) => candidate === value);
}
