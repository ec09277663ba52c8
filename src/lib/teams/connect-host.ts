// Decides, once at start-up, whether Meetloop runs inside a Microsoft 365 host (Teams, Outlook,
// the Microsoft 365 app) or in a plain browser, and returns the matching host port. teams-js is
// fetched with a dynamic import only when the page could be hosted, and its initialize() gets a
// deadline so a plain browser (or an unrelated iframe) is never stuck waiting for a host. The
// Outlook task pane (`?frame=outlook`) never loads teams-js: it loads Office.js (lib/office),
// through its own dynamic import, and falls back to the browser host when Outlook does not answer.
import { createBrowserHost, readTimeZone } from "./browser-host";
import type { HostPort } from "./host-port";

export interface TeamsHostModule {
  initializeTeams(): Promise<void>;
  createTeamsHost(timeZone: string): Promise<HostPort>;
}

export interface OfficeHostModule {
  initializeOffice(): Promise<void>;
  createOfficeHost(timeZone: string): HostPort;
}

export interface ConnectHostOptions {
  window?: Window;
  initTimeoutMs?: number;
  loadTeams?: () => Promise<TeamsHostModule>;
  loadOffice?: () => Promise<OfficeHostModule>;
}

const defaultInitTimeoutMs = 3000;
const timedOut = Symbol("timedOut");

export type HostKind = "teams" | "outlook" | "browser";

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
  if (isOutlookFrame(location)) return startOfficeConnection(location, win, options);
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

/**
 * `?frame=outlook` is the task pane's URL in the add-in manifest. In a demo build, a persona
 * (`as=`) runs it in a plain browser against the demo's fake Office host instead.
 */
export function isOutlookFrame(location: Location): boolean {
  const params = new URLSearchParams(location.search);
  if (params.get("frame") !== "outlook") return false;
  return !(import.meta.env.VITE_DEMO === "true" && params.has("as"));
}

function startOfficeConnection(location: Location, win: Window, options: ConnectHostOptions): HostConnection {
  const office = (options.loadOffice ?? loadOfficeHost)();
  const ready = office.then(async (module) => {
    try {
      await module.initializeOffice();
      return module.createOfficeHost(readTimeZone());
    } catch (error) {
      // Opened outside Outlook (a browser tab on the pane's URL), or Office.js unreachable: the
      // pane says it belongs in Outlook rather than waiting for ever.
      console.info("Meetloop: Outlook did not answer; running as a browser page.", error);
      return createBrowserHost(location, win);
    }
  });
  return { kind: ready.then((port) => port.context.host), readPort: () => ready };
}

function loadOfficeHost(): Promise<OfficeHostModule> {
  return import("@/lib/office/office-host");
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
