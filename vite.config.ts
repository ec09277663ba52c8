import { fileURLToPath } from "node:url";
import { defineConfig, loadEnv } from "vite";
import react from "@vitejs/plugin-react";
import { appAliases } from "./build-aliases.ts";
import { graphEmulator } from "./emulator/vite-plugin.ts";
import { securityHeaders } from "./scripts/hosting/vite-plugin.ts";
import { preloadStartPath } from "./scripts/hosting/start-path-preload.ts";
// NOTE: a relative path, not "@/": Vite bundles this file before any alias exists.
import { readEndpoints } from "./src/lib/config/read-config.ts";

// The emulator is mounted by a dev/preview server plugin only: it runs in Node beside Vite and is
// never part of the client bundle. Production builds talk to graph.microsoft.com.
// The security headers are built from the endpoints this mode's env configures, read as the app
// reads them at start-up (docs/deploy.md §3).
const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    graphEmulator(),
    securityHeaders(readEndpoints(loadEnv(mode, root, "VITE_"))),
    // The production build runs in Teams: boot, teams-js' host port and MSAL nested app auth are
    // all on its start path. A demo build runs in a plain browser and needs only boot.
    preloadStartPath(
      mode === "demo"
        ? ["src/app/boot.tsx"]
        : ["src/app/boot.tsx", "src/lib/teams/teams-host.ts", "src/lib/auth/msal-auth.ts"],
    ),
  ],
  resolve: { alias: appAliases },
  build: {
    manifest: true,
    rolldownOptions: {
      // The sign-in popup's redirect page is a second entry (src/lib/auth/redirect-page.ts).
      input: { main: "index.html", "auth-redirect": "auth-redirect.html" },
    },
    sourcemap: false,
    target: "es2022",
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
}));
