// Reads Meetloop's start-up configuration from Vite's env, once, and fails loudly: the thrown
// Error names every missing or invalid variable so a bad deployment is obvious at first paint
// instead of surfacing later as a confusing Graph or sign-in failure.
import * as z from "zod/mini";
import type { $ZodIssue } from "zod/v4/core";

export interface AppConfig {
  /** Absolute Graph v1.0 root without a trailing slash, e.g. https://graph.microsoft.com/v1.0 */
  graphBaseUrl: string;
  /** Entra ID application (client) id; absent only in demo mode. */
  aadClientId?: string;
  aadAuthority: string;
  isDemo: boolean;
}

export type EnvSource = Readonly<Record<string, unknown>>;

const productionGraphBaseUrl = "https://graph.microsoft.com/v1.0";
const emulatorGraphBaseUrl = "/graph/v1.0";
const defaultAuthority = "https://login.microsoftonline.com/organizations";

type EnvKey = "VITE_DEMO" | "VITE_GRAPH_BASE_URL" | "VITE_AAD_CLIENT_ID" | "VITE_AAD_AUTHORITY";

// Vite turns `VITE_X=` into "", which means "not set" to the person who wrote the .env file.
function normalizeEnv(env: EnvSource): Record<EnvKey, unknown> {
  const read = (key: EnvKey): unknown => {
    const value = env[key];
    return typeof value === "string" ? value.trim() || undefined : value;
  };
  return { VITE_DEMO: read("VITE_DEMO"), VITE_GRAPH_BASE_URL: read("VITE_GRAPH_BASE_URL"), VITE_AAD_CLIENT_ID: read("VITE_AAD_CLIENT_ID"), VITE_AAD_AUTHORITY: read("VITE_AAD_AUTHORITY") };
}

// zod/mini keeps the start-up chunk small: this runs before anything is on screen.
const envSchema = z
  .object({
    VITE_DEMO: z.optional(z.enum(["true", "false"], { error: 'must be "true" or "false"' })),
    VITE_GRAPH_BASE_URL: z.optional(
      z.string().check(z.regex(/^(https?:\/\/|\/)/, { error: "must be an http(s) URL or a path starting with /" })),
    ),
    VITE_AAD_CLIENT_ID: z.optional(z.guid({ error: "must be a GUID (the app registration's client id)" })),
    VITE_AAD_AUTHORITY: z.optional(z.url({ protocol: /^https$/, error: "must be an https URL" })),
  })
  .check(
    z.superRefine((env, ctx) => {
      if (env.VITE_DEMO !== "true" && env.VITE_AAD_CLIENT_ID === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["VITE_AAD_CLIENT_ID"],
          message: "is required outside demo mode (or set VITE_DEMO=true to use the Graph emulator)",
        });
      }
    }),
  );

export function readConfig(env: EnvSource = import.meta.env, origin: string | null = readPageOrigin()): AppConfig {
  const parsed = envSchema.safeParse(normalizeEnv(env));
  if (!parsed.success) {
    throw new Error(`Meetloop configuration is invalid: ${describeIssues(parsed.error.issues)}`);
  }
  const isDemo = parsed.data.VITE_DEMO === "true";
  const rawBaseUrl = parsed.data.VITE_GRAPH_BASE_URL ?? (isDemo ? emulatorGraphBaseUrl : productionGraphBaseUrl);
  return {
    graphBaseUrl: resolveGraphBaseUrl(rawBaseUrl, origin),
    ...(parsed.data.VITE_AAD_CLIENT_ID === undefined ? {} : { aadClientId: parsed.data.VITE_AAD_CLIENT_ID }),
    aadAuthority: parsed.data.VITE_AAD_AUTHORITY ?? defaultAuthority,
    isDemo,
  };
}

function readPageOrigin(): string | null {
  return "location" in globalThis ? globalThis.location.origin : null;
}

function resolveGraphBaseUrl(rawBaseUrl: string, origin: string | null): string {
  if (rawBaseUrl.startsWith("/") && origin === null) {
    throw new Error(`Meetloop configuration is invalid: VITE_GRAPH_BASE_URL "${rawBaseUrl}" is relative but there is no page origin to resolve it against`);
  }
  return new URL(rawBaseUrl, origin ?? undefined).href.replace(/\/+$/, "");
}

function describeIssues(issues: readonly $ZodIssue[]): string {
  return issues.map((issue) => `${issue.path.map(String).join(".") || "(env)"} ${issue.message}`).join("; ");
}
