import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// End-to-end tests drive Debian's Chromium through playwright-core against `vite` + the emulator.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  test: {
    include: ["test/e2e/**/*.test.ts"],
    environment: "node",
    // One test is a whole journey through one or two browsers, each step a round trip to Vite and the emulator.
    testTimeout: 120_000,
    // beforeAll starts Vite and launches Chromium, both slow to come up on a busy machine.
    hookTimeout: 180_000,
    fileParallelism: false,
    // expect.poll gives up after 1 s by default; a page reloading or re-rendering on a busy machine takes longer.
    expect: { poll: { timeout: 30_000 } },
  },
});
