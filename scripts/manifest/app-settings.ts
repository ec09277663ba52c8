// The values that differ per deployment, read from the environment so that the same
// template serves every tenant. Each check fails with a message naming the variable,
// because a wrong host or client id only shows up later as a blank tab in Teams.
import { isCloudName } from "../../src/lib/config/cloud.ts";
import type { CloudName } from "../../src/lib/config/cloud.ts";

export interface AppSettings {
  /** Bare host (optionally with port) serving the static build, e.g. meetloop.contoso.com. */
  host: string;
  /** Application (client) id of the Entra ID app registration. */
  aadClientId: string;
  /** Teams app id; must stay the same across versions or Teams sees a different app. */
  appId: string;
  /** Semantic version x.y.z; Teams requires it to increase on every update. */
  appVersion: string;
  /** The Microsoft 365 cloud the package is for (default global): its package names no other cloud's host. */
  cloud?: CloudName;
}

/** Meetloop's fixed Teams app id, used unless MEETLOOP_APP_ID overrides it. */
export const DEFAULT_APP_ID = "5a5ba919-5520-4cbd-afc1-c830dcd241c5";

const GUID = /^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const SEMVER = /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)$/;
// RFC 1123 labels, at least one dot or "localhost", optional port. No scheme, path,
// query or user info: the value is pasted into URLs, validDomains and the broker URI.
const HOST = /^(?:localhost|(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9])(?::\d{1,5})?$/;

export type Environment = Readonly<Record<string, string | undefined>>;

function readRequired(env: Environment, name: string, example: string): string {
  const value = env[name]?.trim() ?? "";
  if (value === "") throw new Error(`${name} is required (for example ${name}=${example}).`);
  return value;
}

export function parseHost(raw: string, name = "MEETLOOP_HOST"): string {
  const host = raw.trim().toLowerCase();
  if (host.includes("://")) {
    throw new Error(`${name} must be a bare host name without a scheme, e.g. meetloop.contoso.com (got "${raw}").`);
  }
  if (/[/?#@\s]/.test(host)) {
    throw new Error(
      `${name} must be a bare host name without a path, query or spaces, e.g. meetloop.contoso.com (got "${raw}").`,
    );
  }
  if (!HOST.test(host)) throw new Error(`${name} is not a valid host name: "${raw}".`);
  return host;
}

function parseGuid(raw: string, name: string): string {
  if (!GUID.test(raw)) throw new Error(`${name} must be a GUID (8-4-4-4-12 hexadecimal digits) (got "${raw}").`);
  return raw.toLowerCase();
}

export function readAppSettings(env: Environment, fallbackVersion: string): AppSettings {
  const host = parseHost(readRequired(env, "MEETLOOP_HOST", "meetloop.contoso.com"));
  const aadClientId = parseGuid(
    readRequired(env, "VITE_AAD_CLIENT_ID", "<application (client) id>"),
    "VITE_AAD_CLIENT_ID",
  );
  const rawAppId = env.MEETLOOP_APP_ID?.trim();
  const appId = rawAppId ? parseGuid(rawAppId, "MEETLOOP_APP_ID") : DEFAULT_APP_ID;
  const appVersion = env.MEETLOOP_APP_VERSION?.trim() || fallbackVersion;
  if (!SEMVER.test(appVersion)) {
    throw new Error(`MEETLOOP_APP_VERSION must be a version like 1.2.3 (got "${appVersion}").`);
  }
  // MEETLOOP_CLOUD (or `--cloud`, scripts/package-app.ts), else the cloud the build was made for.
  const rawCloud = env.MEETLOOP_CLOUD?.trim() || env.VITE_CLOUD?.trim() || "global";
  if (!isCloudName(rawCloud)) throw new Error(`MEETLOOP_CLOUD must be "global" or "china" (got "${rawCloud}").`);
  return { host, aadClientId, appId, appVersion, cloud: rawCloud };
}
