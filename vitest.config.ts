import { defineConfig } from "vitest/config";
import { appAliases } from "./build-aliases.ts";

export default defineConfig({
  resolve: { alias: appAliases },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "app",
          include: ["src/**/*.test.{ts,tsx}"],
          environment: "jsdom",
          setupFiles: ["./test/setup-dom.ts"],
          // A Fluent tree in jsdom takes up to ~1 s per test here and 5–7 s on a busy 2-core machine: 5 s was too tight.
          testTimeout: 30_000,
          // beforeAll hooks load modules on first use (card-preview's Adaptive Cards renderer): seconds on a busy machine.
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "node",
          include: [
            "emulator/**/*.test.ts",
            "scripts/**/*.test.ts",
            "bench/**/*.test.ts",
            "test/integration/**/*.test.ts",
            "test/conformance/**/*.test.ts",
          ],
          environment: "node",
          // Integration tests make many HTTP round trips to the emulator, which a busy machine slows down.
          testTimeout: 30_000,
          // beforeAll starts and seeds the emulator or builds the Teams package: past the 10 s default on a busy machine.
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
