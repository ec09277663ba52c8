// Decides, once at start-up, whether Meetloop runs inside a Microsoft 365 host (Teams, Outlook,
// the Microsoft 365 app) or in a plain browser, and returns the matching host port. teams-js is
// fetched with a dynamic import only when the page could be hosted, and its initialize() gets a
// deadline so a plain browser (or an unrelated iframe) is never stuck waiting for a host.
import { createBrowserHost, readTimeZone } from "./browser-host";
import type { HostPort } from "./host-port";

export interface TeamsHostModule {
  initializeTeams(): Promise<void>;
  createTeamsHost(timeZone: string): Promise<HostPort>;
}

export interface ConnectHostOptions {
  window?: Window;
  initTimeoutMs?: number;
  loadTeams?: () => Promise<TeamsHostModule>;
}

const defaultInitTimeoutMs = 3000;
const timedOut = Symbol("timedOut");

export type HostKind = "teams" | "browser";

export interface HostConnection {
  /** Which host answered: known once teams-js' initialize is answered, before the host's context is read. */
  kind: Promise<HostKind>;
  /** The host port, its context read from the host on the first call (later calls share it). */
  readPort(): Promise<HostPort>;
}

/**
 * Starts connecting and says which host it is as soon as that is known, so what needs only that
 * (nested app auth, whose bridge teams-js installs on initialize's answer) can start before the
 * host's context is read, and both wait on the host side by side.
 */
export function startHostConnection(location: Location, options: ConnectHostOptions = {}): HostConnection {
  const win = options.window ?? window;
  if (!isPossiblyHosted(win)) {
    const browser = Promise.resolve(createBrowserHost(location, win));
    return { kind: Promise.resolve("browser"), readPort: () => browser };
  }
  const teams = (options.loadTeams ?? loadTeamsHost)();
  const kind = teams.then(async (module): Promise<HostKind> =>
    (await isTeamsInitialized(module, options.initTimeoutMs ?? defaultInitTimeoutMs)) ? "teams" : "browser",
  );
  let port: Promise<HostPort> | undefined;
  const readPort = (): Promise<HostPort> => {
    port ??= Promise.all([teams, kind]).then(([module, answered]) =>
      answered === "teams" ? module.createTeamsHost(readTimeZone()) : createBrowserHost(location, win),
    );
    return port;
  };
  return { kind, readPort };
}

export function connectHost(location: Location, options: ConnectHostOptions = {}): Promise<HostPort> {
  return startHostConnection(location, options).readPort();
}

// Hosts render tabs in an iframe (web and desktop) or in a frameless mobile webview that exposes
// `nativeInterface` — the same two signals teams-js itself checks before it will initialize.
export function isPossiblyHosted(win: Window): boolean {
  return win.parent !== win.self || "nativeInterface" in win;
}

function loadTeamsHost(): Promise<TeamsHostModule> {
  return import("./teams-host");
}

async function isTeamsInitialized(teams: TeamsHostModule, timeoutMs: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<typeof timedOut>((resolve) => {
    timer = setTimeout(() => {
      resolve(timedOut);
    }, timeoutMs);
  });
  try {
    return (await Promise.race([teams.initializeTeams(), deadline])) !== timedOut;
  } catch (error) {
    // A rejected initialize() is the answer to "is there a host?": framed by a page that is not
    // a Microsoft 365 host (a preview pane, a test harness). Fall back to the browser host.
    console.info("Meetloop: no Microsoft 365 host answered; running as a browser page.", error);
    return false;
  } finally {
    clearTimeout(timer);
  }
}
