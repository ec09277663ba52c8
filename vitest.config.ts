import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "app",
          include: ["src/**/*.test.{ts,tsx}"],
          environment: "jsdom",
          setupFiles: ["./test/setup-dom.ts"],
        },
      },
      {
        test: {
          name: "node",
          include: ["emulator/**/*.test.ts", "scripts/**/*.test.ts", "bench/**/*.test.ts", "test/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
        },
      },
    ],
  },
});
