// dist/staticwebapp.config.json: the hosting configuration for Azure Static Web Apps, written by
// every build (scripts/hosting/vite-plugin.ts) next to index.html, where Static Web Apps reads it
// ("the build step outputs the file to the root of the output_location"). Format:
// https://learn.microsoft.com/azure/static-web-apps/configuration (globalHeaders,
// navigationFallback). `vite preview` serves its globalHeaders, so the preview runs under exactly
// what the host will send.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const staticWebAppConfigFile = "staticwebapp.config.json";

export interface StaticWebAppConfig {
  globalHeaders: Record<string, string>;
  navigationFallback: { rewrite: string; exclude: string[] };
}

export function buildStaticWebAppConfig(headers: Record<string, string>): StaticWebAppConfig {
  return {
    // Applied to every response, index.html and the sign-in redirect page included.
    globalHeaders: headers,
    // Any other path shows the app, but a chunk missing after a redeploy stays a 404 instead of
    // index.html answered as script, so start-up fails with its own message (src/app/main.tsx).
    navigationFallback: { rewrite: "/index.html", exclude: ["/assets/*"] },
  };
}

export function serializeStaticWebAppConfig(config: StaticWebAppConfig): string {
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** The globalHeaders of a build's staticwebapp.config.json; throws naming the file when it is missing or malformed. */
export function readGlobalHeaders(outDir: string): Record<string, string> {
  const path = join(outDir, staticWebAppConfigFile);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(
      `${path} could not be read (build first): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const headers =
    typeof parsed === "object" && parsed !== null ? (parsed as { globalHeaders?: unknown }).globalHeaders : undefined;
  if (
    typeof headers !== "object" ||
    headers === null ||
    !Object.values(headers).every((value) => typeof value === "string")
  ) {
    throw new Error(`${path} has no globalHeaders of text values`);
  }
  return headers as Record<string, string>;
}
