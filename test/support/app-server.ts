// Serves the app with the Graph emulator mounted on the same origin, as `npm run dev` does
// (or the demo production build, as `npm run preview` does, or the production build a Teams user
// gets, pointed at the emulator: docs/emulator.md "The production build against the emulator"), on a free port. Both send the
// hosted build's security headers (scripts/hosting/vite-plugin.ts).
import { createServer, preview, build } from "vite";
import type { ViteDevServer, PreviewServer } from "vite";

export interface AppServer {
  url: string;
  close(): Promise<void>;
}

function readUrl(server: ViteDevServer | PreviewServer): string {
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("Vite did not report a local URL");
  return url.replace(/\/$/, "");
}

/**
 * `env`: VITE_* variables for this server (Vite reads them from process.env when it starts; the
 * emulator plugin reads VITE_CLOUD when it first answers), set until the server closes.
 */
export async function startDevServer(env: Readonly<Record<string, string>> = {}): Promise<AppServer> {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  const restore = () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) Reflect.deleteProperty(process.env, key);
      else process.env[key] = value;
    }
  };
  const server = await createServer({ server: { port: 0, host: "127.0.0.1" }, logLevel: "warn", clearScreen: false });
  await server.listen();
  return {
    url: readUrl(server),
    close: async () => {
      await server.close();
      restore();
    },
  };
}

/**
 * The app registration production builds for the emulator are made with: any GUID will do, since
 * the emulator takes the `emu:` bearer token the Teams test host hands MSAL (test/support/teams-host).
 */
export const emulatorClientId = "00000000-0000-4000-8000-00000000a11c";

/**
 * Builds the production bundle (no demo code, MSAL nested app auth, teams-js) with its Graph root on
 * the emulator path of its own origin (VITE_GRAPH_BASE_URL=/graph/v1.0), as docs/emulator.md describes.
 */
export async function buildProductionForEmulator(outDir: string): Promise<void> {
  const settings = { VITE_AAD_CLIENT_ID: emulatorClientId, VITE_GRAPH_BASE_URL: "/graph/v1.0", VITE_DEMO: "false" };
  const saved = Object.fromEntries(Object.keys(settings).map((key) => [key, process.env[key]]));
  Object.assign(process.env, settings);
  try {
    await build({ mode: "production", logLevel: "warn", build: { outDir, emptyOutDir: true } });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) Reflect.deleteProperty(process.env, key);
      else process.env[key] = value;
    }
  }
}

/**
 * A build served by `vite preview` with the emulator mounted: by default the demo production build
 * (`vite build --mode demo`); with `mode: "production"` the production build from
 * buildProductionForEmulator.
 */
export async function startPreviewServer(options: {
  outDir: string;
  skipBuild?: boolean;
  mode?: "demo" | "production";
}): Promise<AppServer> {
  const mode = options.mode ?? "demo";
  if (!options.skipBuild) {
    if (mode === "demo") {
      await build({ mode: "demo", logLevel: "warn", build: { outDir: options.outDir, emptyOutDir: true } });
    } else {
      await buildProductionForEmulator(options.outDir);
    }
  }
  const server = await preview({
    mode,
    preview: { port: 0, host: "127.0.0.1" },
    build: { outDir: options.outDir },
    logLevel: "warn",
  });
  return {
    url: readUrl(server),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.httpServer.close((e) => {
          if (e) reject(e);
          else resolve();
        });
      }),
  };
}
