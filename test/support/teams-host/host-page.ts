// A stand-in for the Teams web client: a page that frames the app as Teams frames a meeting side
// panel or a meeting chat tab, and answers teams-js and nested app authentication from
// teams-client.ts. Used by test/e2e/teams-host.test.ts and `npm run bench`.
//
// The host page is served at https://teams.microsoft.com by routing that address inside the browser
// context (Playwright answers it; nothing leaves the machine), because the app only runs under a
// Teams origin: teams-js accepts messages from its parent only when the parent's origin is in its
// valid-origins list (packages/teams-js/src/internal/communication.ts verifyIncomingMessageOrigin,
// validOrigins.ts), and the app's Content-Security-Policy frame-ancestors lists Teams' origins only
// (scripts/hosting/security-headers.ts). The app itself is the production build on the local
// server, framed at its real address.
import { readFileSync } from "node:fs";
import { transformWithOxc } from "vite";
import type { BrowserContext, Frame, Page } from "playwright-core";
import type { HostLogEntry, TeamsHostConfig } from "./teams-client";
import { teamsValidOriginsUrl } from "../../../scripts/hosting/security-headers";

export type { HostLogEntry, TeamsHostConfig };

export const teamsHostOrigin = "https://teams.microsoft.com";
const hostPath = "/_meetloop-test-host";
const teamsJsVersion = (
  JSON.parse(
    readFileSync(new URL("../../../node_modules/@microsoft/teams-js/package.json", import.meta.url), "utf8"),
  ) as {
    version: string;
  }
).version;

export interface TeamsHostUser {
  objectId: string;
  userPrincipalName: string;
  displayName: string;
}

export interface TeamsHostOptions {
  /** The app's address as Teams loads it: the tab's contentUrl on the local server. */
  appUrl: string;
  frameContext: "sidePanel" | "content";
  user: TeamsHostUser;
  tenantId: string;
  chatId: string;
  meetingId?: string;
  /** The app registration the build was made for: the id token's audience. */
  clientId: string;
  locale?: string;
}

let clientScript: Promise<string> | undefined;

function readClientScript(): Promise<string> {
  const path = new URL("./teams-client.ts", import.meta.url);
  clientScript ??= transformWithOxc(readFileSync(path, "utf8"), path.pathname, { lang: "ts" }).then((r) => r.code);
  return clientScript;
}

function encodeSegment(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

/**
 * An id token as Entra ID issues it (v2.0 claims) but unsigned: MSAL reads its claims for the
 * account and never checks a signature in nested app auth, where the host vouches for it.
 */
export function buildIdToken(user: TeamsHostUser, tenantId: string, clientId: string): string {
  const issuedAt = Math.floor(Date.now() / 1000);
  const claims = {
    aud: clientId,
    iss: `https://login.microsoftonline.com/${tenantId}/v2.0`,
    iat: issuedAt,
    nbf: issuedAt,
    exp: issuedAt + 3600,
    name: user.displayName,
    oid: user.objectId,
    preferred_username: user.userPrincipalName,
    sub: user.objectId,
    tid: tenantId,
    ver: "2.0",
  };
  return `${encodeSegment({ alg: "none", typ: "JWT" })}.${encodeSegment(claims)}.`;
}

function buildHostHtml(config: TeamsHostConfig): string {
  // "<" is escaped so the JSON cannot close the script element.
  const json = JSON.stringify(config).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Microsoft Teams</title>
<style>html,body{margin:0;height:100%}</style></head>
<body><script type="application/json" id="teams-host-config">${json}</script>
<script type="module" src="${hostPath}/teams-client.js"></script></body></html>`;
}

/**
 * Serves the host page for this context and returns its address. The emulator's bearer token
 * (`emu:<userPrincipalName>`, docs/emulator.md) is what the host hands MSAL as the access token.
 */
export async function installTeamsHost(context: BrowserContext, options: TeamsHostOptions): Promise<string> {
  const config: TeamsHostConfig = {
    appUrl: options.appUrl,
    frameContext: options.frameContext,
    clientSupportedSdkVersion: teamsJsVersion,
    locale: options.locale ?? "zh-CN",
    theme: "default",
    user: options.user,
    tenantId: options.tenantId,
    chatId: options.chatId,
    ...(options.meetingId === undefined ? {} : { meetingId: options.meetingId }),
    accessToken: `emu:${options.user.userPrincipalName}`,
    idToken: buildIdToken(options.user, options.tenantId, options.clientId),
  };
  const script = await readClientScript();
  // Chromium's Local Network Access check would block a public origin from framing 127.0.0.1; a
  // hosted app is public, so in Teams the check never applies (https://developer.chrome.com/blog/local-network-access).
  await context.grantPermissions(["local-network-access"], { origin: teamsHostOrigin });
  await context.route(`${teamsHostOrigin}${hostPath}/**`, (route) => {
    const isScript = new URL(route.request().url()).pathname.endsWith("/teams-client.js");
    return route.fulfill({
      status: 200,
      contentType: isScript ? "text/javascript" : "text/html",
      body: isScript ? script : buildHostHtml(config),
    });
  });
  // teams-js fetches Microsoft's list of host origins when it loads; the test host answers for the CDN
  // (Teams' own origin is in teams-js' bundled list too, so the answer never holds up initialize).
  await context.route(teamsValidOriginsUrl, (route) =>
    route.fulfill({
      status: 200,
      contentType: "application/json",
      body: JSON.stringify({ validOrigins: ["teams.microsoft.com", "*.teams.microsoft.com", "*.cloud.microsoft"] }),
    }),
  );
  return `${teamsHostOrigin}${hostPath}/index.html`;
}

/** The app's frame inside the host page, once the host has attached it. */
export async function findAppFrame(page: Page): Promise<Frame> {
  const frame = await (await page.locator("iframe").elementHandle()).contentFrame();
  if (!frame) throw new Error("The test host has no app frame");
  return frame;
}

export function readHostLog(page: Page): Promise<HostLogEntry[]> {
  return page.evaluate(() => (window as Window & { teamsHostLog?: HostLogEntry[] }).teamsHostLog ?? []);
}
