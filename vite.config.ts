import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { graphEmulator } from "./emulator/vite-plugin";

// The emulator is mounted by a dev/preview server plugin only: it runs in Node beside Vite and is
// never part of the client bundle. Production builds talk to graph.microsoft.com.
export default defineConfig({
  plugins: [react(), graphEmulator()],
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
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
});
