// Serves the app with the Graph emulator mounted on the same origin, as `npm run dev` does
// (or the demo production build, as `npm run preview` does), on a free port. Both send the
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

export async function startDevServer(): Promise<AppServer> {
  const server = await createServer({ server: { port: 0, host: "127.0.0.1" }, logLevel: "warn", clearScreen: false });
  await server.listen();
  return { url: readUrl(server), close: () => server.close() };
}

/** The demo production build (`vite build --mode demo`) served by `vite preview`. */
export async function startPreviewServer(options: { outDir: string; skipBuild?: boolean }): Promise<AppServer> {
  if (!options.skipBuild) {
    await build({ mode: "demo", logLevel: "warn", build: { outDir: options.outDir, emptyOutDir: true } });
  }
  const server = await preview({
    mode: "demo",
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
