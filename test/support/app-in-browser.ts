// One end-to-end file's world: the app with its Graph emulator served by Vite, and Chromium.
// Registers the suite hooks that start and stop both; read them after beforeAll has run.
// Every page runs under the app's Content-Security-Policy, and a test fails after the fact when
// any page it opened reported a violation (csp-violations.ts).
import { afterAll, afterEach, beforeAll } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "./browser";
import { startDevServer, startPreviewServer } from "./app-server";
import type { AppServer } from "./app-server";
import { describeViolations, watchCspViolations } from "./csp-violations";
import type { CspViolation } from "./csp-violations";

export interface AppInBrowser {
  readonly server: AppServer;
  readonly browser: Browser;
  /** The policy violations reported since the last call (the after-each check then sees none of them). */
  takeCspViolations(): CspViolation[];
}

export interface AppInBrowserOptions {
  /**
   * Serve the demo production build from this folder with `vite preview` (built first, as
   * `npm run preview` does) instead of the dev server.
   */
  productionBuildDir?: string;
  /**
   * With productionBuildDir: "production" serves the production build a Teams user gets (MSAL,
   * teams-js, no demo code) with its Graph root on the emulator, for the Teams test host
   * (test/support/teams-host); the default is the demo build.
   */
  buildMode?: "demo" | "production";
  /**
   * "china": the dev server's app and emulator are Microsoft 365 operated by 21Vianet's
   * (VITE_CLOUD=china, docs/emulator.md); dev server only.
   */
  cloud?: "china";
}

export function startAppInBrowser(options: AppInBrowserOptions = {}): AppInBrowser {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  const violations = watchCspViolations();
  beforeAll(async () => {
    server =
      options.productionBuildDir === undefined
        ? await startDevServer(options.cloud === undefined ? {} : { VITE_CLOUD: options.cloud })
        : await startPreviewServer({ outDir: options.productionBuildDir, mode: options.buildMode ?? "demo" });
    browser = violations.watch(await launchChromium());
  });
  afterEach(() => {
    const reported = violations.take();
    if (reported.length > 0) {
      throw new Error(`Content-Security-Policy violations:\n${describeViolations(reported)}`);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error("The app server starts in beforeAll");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("Chromium starts in beforeAll");
      return browser;
    },
    takeCspViolations: () => violations.take(),
  };
}
