// Reads Meetloop's start-up configuration from Vite's env, once, and fails loudly: the thrown
// Error names every missing or invalid variable so a bad deployment is obvious at first paint
// instead of surfacing later as a confusing Graph or sign-in failure. VITE_CLOUD picks the
// Microsoft 365 cloud (cloud.ts): its Graph root and sign-in authority are the defaults.
// eslint-disable-next-line import-x/extensions -- vite.config.ts loads this file, and Vite's config loader wants extensions
import { getDefaultAuthority, getGraphBaseUrl, isCloudName } from "./cloud.ts";
import type { CloudName } from "./cloud.ts";

export interface AppConfig {
  /** Absolute Graph v1.0 root without a trailing slash, e.g. https://graph.microsoft.com/v1.0 */
  graphBaseUrl: string;
  /** Entra ID application (client) id; absent only in demo mode. */
  aadClientId?: string;
  aadAuthority: string;
  isDemo: boolean;
  /** The Microsoft 365 cloud: "global", or "china" for Microsoft 365 operated by 21Vianet. */
  cloud: CloudName;
}

export type EnvSource = Readonly<Record<string, unknown>>;

/** Where the app connects, as configured, defaults applied. */
export interface ConfiguredEndpoints {
  /** The Graph v1.0 root: an http(s) URL, or a path on the page's own origin (the demo's emulator). */
  graphBaseUrl: string;
  aadAuthority: string;
  cloud: CloudName;
}

const emulatorGraphBaseUrl = "/graph/v1.0";

type EnvKey = "VITE_DEMO" | "VITE_GRAPH_BASE_URL" | "VITE_AAD_CLIENT_ID" | "VITE_AAD_AUTHORITY" | "VITE_CLOUD";

// Vite turns `VITE_X=` into "", which means "not set" to the person who wrote the .env file.
function normalizeEnv(env: EnvSource): Record<EnvKey, unknown> {
  const read = (key: EnvKey): unknown => {
    const value = env[key];
    return typeof value === "string" ? value.trim() || undefined : value;
  };
  return {
    VITE_DEMO: read("VITE_DEMO"),
    VITE_GRAPH_BASE_URL: read("VITE_GRAPH_BASE_URL"),
    VITE_AAD_CLIENT_ID: read("VITE_AAD_CLIENT_ID"),
    VITE_AAD_AUTHORITY: read("VITE_AAD_AUTHORITY"),
    VITE_CLOUD: read("VITE_CLOUD"),
  };
}

// NOTE: hand-checked rather than with zod: this runs before anything is on screen, and five
// variables do not justify a schema library in the start-up chunk.
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface ParsedEnv {
  VITE_DEMO?: "true" | "false";
  VITE_GRAPH_BASE_URL?: string;
  VITE_AAD_CLIENT_ID?: string;
  VITE_AAD_AUTHORITY?: string;
  VITE_CLOUD?: CloudName;
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

function parseEnv(
  env: Record<EnvKey, unknown>,
  options: { requireClientId: boolean },
): { data: ParsedEnv; issues: string[] } {
  const issues: string[] = [];
  const data: ParsedEnv = {};
  const text = (key: EnvKey): string | undefined => {
    const value = env[key];
    if (value === undefined) return undefined;
    if (typeof value !== "string") {
      issues.push(`${key} must be text`);
      return undefined;
    }
    return value;
  };
  const demo = text("VITE_DEMO");
  if (demo === "true" || demo === "false") data.VITE_DEMO = demo;
  else if (demo !== undefined) issues.push('VITE_DEMO must be "true" or "false"');
  const base = text("VITE_GRAPH_BASE_URL");
  if (base !== undefined && /^(https?:\/\/|\/)/.test(base)) data.VITE_GRAPH_BASE_URL = base;
  else if (base !== undefined) issues.push("VITE_GRAPH_BASE_URL must be an http(s) URL or a path starting with /");
  const clientId = text("VITE_AAD_CLIENT_ID");
  if (clientId !== undefined && guidPattern.test(clientId)) data.VITE_AAD_CLIENT_ID = clientId;
  else if (clientId !== undefined) issues.push("VITE_AAD_CLIENT_ID must be a GUID (the app registration's client id)");
  const authority = text("VITE_AAD_AUTHORITY");
  if (authority !== undefined && isHttpsUrl(authority)) data.VITE_AAD_AUTHORITY = authority;
  else if (authority !== undefined) issues.push("VITE_AAD_AUTHORITY must be an https URL");
  const cloud = text("VITE_CLOUD");
  if (isCloudName(cloud)) data.VITE_CLOUD = cloud;
  else if (cloud !== undefined) issues.push('VITE_CLOUD must be "global" or "china"');
  if (options.requireClientId && data.VITE_DEMO !== "true" && clientId === undefined) {
    issues.push("VITE_AAD_CLIENT_ID is required outside demo mode (or set VITE_DEMO=true to use the Graph emulator)");
  }
  return { data, issues };
}

export function readConfig(env: EnvSource = import.meta.env, origin: string | null = readPageOrigin()): AppConfig {
  const data = parseValidEnv(env, { requireClientId: true });
  const endpoints = pickEndpoints(data);
  return {
    graphBaseUrl: resolveGraphBaseUrl(endpoints.graphBaseUrl, origin),
    ...(data.VITE_AAD_CLIENT_ID === undefined ? {} : { aadClientId: data.VITE_AAD_CLIENT_ID }),
    aadAuthority: endpoints.aadAuthority,
    isDemo: data.VITE_DEMO === "true",
    cloud: endpoints.cloud,
  };
}

/**
 * The Graph root, sign-in authority and cloud a build will connect to, read from the same variables and
 * defaults as readConfig. The build reads them (no page origin, no client id needed) to write the
 * hosting headers' Content-Security-Policy (scripts/hosting, docs/deploy.md §3).
 */
export function readEndpoints(env: EnvSource): ConfiguredEndpoints {
  return pickEndpoints(parseValidEnv(env, { requireClientId: false }));
}

/** The configured cloud alone (VITE_CLOUD, default "global"), for code that needs nothing else. */
export function readCloud(env: EnvSource = import.meta.env): CloudName {
  return readEndpoints(env).cloud;
}

function parseValidEnv(env: EnvSource, options: { requireClientId: boolean }): ParsedEnv {
  const parsed = parseEnv(normalizeEnv(env), options);
  if (parsed.issues.length > 0) {
    throw new Error(`Meetloop configuration is invalid: ${parsed.issues.join("; ")}`);
  }
  return parsed.data;
}

function pickEndpoints(data: ParsedEnv): ConfiguredEndpoints {
  const isDemo = data.VITE_DEMO === "true";
  const cloud = data.VITE_CLOUD ?? "global";
  return {
    graphBaseUrl: data.VITE_GRAPH_BASE_URL ?? (isDemo ? emulatorGraphBaseUrl : getGraphBaseUrl(cloud)),
    aadAuthority: data.VITE_AAD_AUTHORITY ?? getDefaultAuthority(cloud),
    cloud,
  };
}

function readPageOrigin(): string | null {
  return "location" in globalThis ? globalThis.location.origin : null;
}

function resolveGraphBaseUrl(rawBaseUrl: string, origin: string | null): string {
  if (rawBaseUrl.startsWith("/") && origin === null) {
    throw new Error(
      `Meetloop configuration is invalid: VITE_GRAPH_BASE_URL "${rawBaseUrl}" is relative but there is no page origin to resolve it against`,
    );
  }
  return new URL(rawBaseUrl, origin ?? undefined).href.replace(/\/+$/, "");
}
