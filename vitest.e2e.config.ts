import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// End-to-end tests drive Debian's Chromium through playwright-core against `vite` + the emulator.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  test: {
    include: ["test/e2e/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
