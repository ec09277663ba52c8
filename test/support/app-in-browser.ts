// One end-to-end file's world: the app with its Graph emulator served by Vite, and Chromium.
// Registers the suite hooks that start and stop both; read them after beforeAll has run.
import { afterAll, beforeAll } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "./browser";
import { startDevServer } from "./app-server";
import type { AppServer } from "./app-server";

export interface AppInBrowser {
  readonly server: AppServer;
  readonly browser: Browser;
}

export function startAppInBrowser(): AppInBrowser {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startDevServer();
    browser = await launchChromium();
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
  };
}
