// The security headers the hosted build is served with, built in one place from the endpoints the
// build is configured for (VITE_GRAPH_BASE_URL, VITE_AAD_AUTHORITY, VITE_CLOUD: the hosts of the
// cloud come from src/lib/config/cloud.ts). The build writes them into
// dist/staticwebapp.config.json, `vite preview` serves them from there, and `vite` (dev) sends the
// same policy plus its dev-only nonce (scripts/hosting/vite-plugin.ts). Documented in
// docs/deploy.md §3; pinned by security-headers.test.ts.
//
// Deliberately not sent: X-Frame-Options (Teams, Outlook and the Microsoft 365 app frame every
// page, and frame-ancestors below is the modern control), and Cross-Origin-Opener-Policy (the MSAL
// popup would lose its opener; src/lib/auth/redirect-page.ts).
// NOTE: relative paths, not "@/": Vite bundles its config (and so this file) before any alias exists.
import { getCloud } from "../../src/lib/config/cloud.ts";
import type { CloudName } from "../../src/lib/config/cloud.ts";

export interface SecurityHeaderOptions {
  /** The Graph v1.0 root as configured: an http(s) URL, or a path on the app's own origin (the demo's emulator). */
  graphBaseUrl: string;
  /** The sign-in authority, e.g. https://login.microsoftonline.com/organizations. */
  authority: string;
  /** The Microsoft 365 cloud: its Teams hosts frame the app, its sign-in hosts are allowed. Default "global". */
  cloud?: CloudName;
  /**
   * Vite's dev server only: the nonce Vite puts on the scripts it writes into index.html (React
   * Refresh's preamble is inline); its hot-update socket connects to the page's own origin, and
   * after losing it Vite's client waits for the server in a worker made from a blob.
   */
  devServer?: { nonce: string };
}

export type ContentSecurityPolicy = Readonly<Record<string, readonly string[]>>;

/**
/**
 * Office.js, which the Outlook task pane loads from Microsoft's CDN as Microsoft requires
 * (https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn;
 * src/lib/office/office-host.ts). It loads its host-specific scripts from the same origin. Not in a
 * 21Vianet build: that package carries no Outlook add-in (scripts/manifest/build-package.ts).
 */
export const officeScriptOrigin = "https://appsforoffice.microsoft.com";

/**
 * teams-js (2.19 and later) fetches the list of valid host origins from Microsoft's CDN when it
 * loads in a host, falling back to its bundled copy when the fetch fails
 * (https://devblogs.microsoft.com/microsoft365dev/action-required-ensure-your-microsoft-teams-apps-are-ready-for-upcoming-domain-changes/,
 * OfficeDev/microsoft-teams-library-js#2089). Allowed by its exact URL so that fetch is neither a
 * violation nor a stale list in every Teams session; the test pins it to the installed teams-js.
 * Not in a 21Vianet build, which names no global host: there teams-js is given Teams operated by
 * 21Vianet as a valid origin at initialize (src/lib/teams/teams-host.ts) and keeps its bundled list.
 */
export const teamsValidOriginsUrl = "https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json";

/**
 * sha256 of the empty string. Fluent UI's Griffel and FluentProvider append an empty <style>
 * element and fill it through CSSOM insertRule(), which CSP does not govern; only the element's
 * (empty) text is checked. Allowing that hash keeps 'unsafe-inline' out of style-src. A static
 * host cannot mint a per-response nonce, so Griffel's styleElementAttributes nonce does not apply.
 */
export const emptyInlineStyleHash = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

export function buildContentSecurityPolicy(options: SecurityHeaderOptions): ContentSecurityPolicy {
  const cloud = getCloud(options.cloud ?? "global");
  const graph = graphSource(options.graphBaseUrl);
  const authority = httpsOrigin(options.authority, "authority");
  // MSAL may be sent to any sign-in host of the cloud's Entra ID (cloud.ts), besides the configured one.
  const signIn = unique([authority, ...(cloud.loginOrigins.includes(authority) ? cloud.loginOrigins : [])]);
  const validOrigins = cloud.name === "global" ? [teamsValidOriginsUrl] : [];
  // Empty unless this is Vite's dev server (see devServer above).
  const devNonce = options.devServer === undefined ? [] : [`'nonce-${options.devServer.nonce}'`];
  const devSelf = options.devServer === undefined ? [] : ["'self'"];
  const devWorker: ContentSecurityPolicy = options.devServer === undefined ? {} : { "worker-src": ["blob:"] };
  return {
    "default-src": ["'none'"],
    "script-src": ["'self'", ...(cloud.name === "global" ? [officeScriptOrigin] : []), ...devNonce],
    "style-src": ["'self'", emptyInlineStyleHash, ...devNonce],
    // The favicon; avatars are initials, never photos.
    "img-src": ["'self'"],
    "connect-src": unique([...devSelf, graph, ...signIn, ...validOrigins]),
    // MSAL renews tokens silently in a hidden iframe on the authority, and its POST and EAR flows
    // submit a form there from an about:blank popup or frame, which inherits this policy.
    "frame-src": signIn,
    "form-action": signIn,
    // The cloud's hosts of Teams tabs (cloud.ts: Microsoft's list in the tab requirements page for
    // the global cloud, the Teams client alone in 21Vianet).
    "frame-ancestors": cloud.frameAncestors,
    "base-uri": ["'self'"],
    "object-src": ["'none'"],
    ...devWorker,
  };
}

export function serializeContentSecurityPolicy(policy: ContentSecurityPolicy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(" "))
    .join("; ");
}

/** Header name → value, in the spelling browsers and hosts document. */
export function buildSecurityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": serializeContentSecurityPolicy(buildContentSecurityPolicy(options)),
    // Tab URLs carry chat and group ids in the query: other origins get the origin only.
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
  };
}

/** 'self' for the same-origin emulator path, otherwise the Graph origin (http is allowed as readConfig allows it). */
function graphSource(graphBaseUrl: string): string {
  return graphBaseUrl.startsWith("/") ? "'self'" : readOrigin(graphBaseUrl, "Graph base URL", ["https:", "http:"]);
}

function httpsOrigin(value: string, what: string): string {
  return readOrigin(value, what, ["https:"]);
}

function readOrigin(value: string, what: string, protocols: readonly string[]): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`The ${what} "${value}" is not a URL`);
  }
  if (!protocols.includes(url.protocol)) {
    const schemes = protocols.map((protocol) => protocol.replace(/:$/, "")).join(" or ");
    throw new Error(`The ${what} "${value}" must be an ${schemes} URL`);
  }
  return url.origin;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
